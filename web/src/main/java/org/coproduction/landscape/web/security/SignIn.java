package org.coproduction.landscape.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.coproduction.landscape.web.faces.Text;

/**
 * The sign-in form: checks the username and password, then goes on to the page the caller first
 * asked for.
 */
@Named
@RequestScoped
public class SignIn {

  @Inject SecurityContext securityContext;

  @Inject FacesContext faces;

  @Inject Text text;

  private String username;
  private String password;

  /** A caller who is already signed in has nothing to do here. */
  public void load() throws IOException {
    if (faces.getExternalContext().getUserPrincipal() != null) {
      faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/");
    }
  }

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(
                    new UsernamePasswordCredential(username, password == null ? "" : password))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        HttpSession session = request.getSession(false);
        Object wanted =
            session == null ? null : session.getAttribute(LandscapeAuthentication.WANTED_PAGE);
        if (session != null) {
          session.removeAttribute(LandscapeAuthentication.WANTED_PAGE);
        }
        String path =
            wanted instanceof String p && p.startsWith("/") && !p.startsWith("//") ? p : "/";
        external.redirect(external.getRequestContextPath() + path);
      }
      default -> {
        Object locked = request.getAttribute(LandscapeAuthentication.LOCKED_FOR);
        String message =
            locked instanceof Duration d
                ? text.format("signIn.locked", Math.max(1, d.toSeconds()))
                : text.get("signIn.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
      }
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
