package org.coproduction.landscape.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Signs the caller out (a POST from the header's form, so another site cannot do it) and ends the
 * session.
 */
@Named
@RequestScoped
public class SignOut {

  @Inject FacesContext faces;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(
        external.getRequestContextPath()
            + LandscapeAuthentication.SIGN_IN_PAGE
            + "?signedOut=true");
  }
}
