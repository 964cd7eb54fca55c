package org.coproduction.landscape.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.coproduction.landscape.security.AccountException;
import org.coproduction.landscape.security.Accounts;
import org.coproduction.landscape.web.faces.Text;

/**
 * Everyone's own password: the current one, then the new one twice. The person's other sessions end
 * (their account's credentials changed); this one carries on.
 */
@Named
@RequestScoped
public class ChangePassword {

  @Inject Accounts accounts;

  @Inject FacesContext faces;

  @Inject Text text;

  private String current;
  private String chosen;
  private String repeated;

  public void change() {
    try {
      if (chosen == null || !chosen.equals(repeated)) {
        message("password:repeat", text.get("account.mismatch"));
        return;
      }
      accounts.changeOwnPassword(current, chosen);
      HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
      request.getSession().setAttribute(LandscapeAuthentication.SIGNED_IN_AT, Instant.now());
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, text.get("account.changed"), null));
    } catch (AccountException e) {
      message(
          e.getMessage().startsWith("The current") ? "password:current" : "password:chosen",
          e.getMessage());
    } finally {
      current = null;
      chosen = null;
      repeated = null;
    }
  }

  private void message(String field, String message) {
    faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
