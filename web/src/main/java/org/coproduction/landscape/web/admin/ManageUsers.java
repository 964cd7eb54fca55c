package org.coproduction.landscape.web.admin;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.security.AccountException;
import org.coproduction.landscape.security.Accounts;
import org.coproduction.landscape.security.UserAccount;
import org.coproduction.landscape.web.faces.Text;

/**
 * The administrators' screen of accounts: who may sign in and with which role; add an account,
 * change a role, disable an account or let it in again, set a new password for someone who lost
 * theirs (each of these ends the person's sessions). The Accounts boundary checks the caller is
 * ADMIN on every call.
 */
@Named
@ViewScoped
public class ManageUsers implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Accounts accounts;

  @Inject FacesContext faces;

  @Inject Text text;

  /**
   * Read again on the node that serves the request when the view comes from another node: the
   * accounts (and their password hashes) never travel with the session.
   */
  private transient List<UserAccount> users;

  private String newUsername;
  private String newPassword;
  private String newRole = "VIEWER";
  private final Map<String, String> roles = new HashMap<>();
  private String resetFor;
  private String resetPassword;

  public void load() {
    users = accounts.list();
    roles.clear();
    users.forEach(u -> roles.put(u.getUsername(), u.getRole()));
  }

  public void create() {
    run(
        () -> accounts.create(newUsername, newPassword, newRole),
        text.format("users.created.message", newUsername),
        "newUser");
    newPassword = null;
    if (!faces.isValidationFailed()) {
      newUsername = null;
    }
  }

  public void changeRole(UserAccount user) {
    String role = roles.get(user.getUsername());
    run(
        () -> accounts.changeRole(user.getUsername(), role),
        text.format("users.roleChanged", user.getUsername(), role),
        null);
  }

  /** Disables an account (its sessions end at once) or lets it sign in again. */
  public void toggleEnabled(UserAccount user) {
    boolean enable = !user.isEnabled();
    run(
        () -> accounts.update(user.getUsername(), null, enable, null),
        text.format(
            enable ? "users.enabled.message" : "users.disabled.message", user.getUsername()),
        null);
  }

  public void reset() {
    run(
        () -> accounts.resetPassword(resetFor, resetPassword),
        text.format("users.passwordReset", resetFor),
        "reset");
    resetPassword = null;
  }

  private void run(Runnable change, String done, String form) {
    try {
      change.run();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
      load();
    } catch (AccountException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      faces.validationFailed();
    } catch (EJBAccessException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get("error.forbidden.text"), null));
      faces.validationFailed();
    }
  }

  public List<UserAccount> getUsers() {
    if (users == null) {
      users = accounts.list();
      users.forEach(u -> roles.putIfAbsent(u.getUsername(), u.getRole()));
    }
    return users;
  }

  public Map<String, String> getRoles() {
    return roles;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getNewRole() {
    return newRole;
  }

  public void setNewRole(String newRole) {
    this.newRole = newRole;
  }

  public String getResetFor() {
    return resetFor;
  }

  public void setResetFor(String resetFor) {
    this.resetFor = resetFor;
  }

  public String getResetPassword() {
    return resetPassword;
  }

  public void setResetPassword(String resetPassword) {
    this.resetPassword = resetPassword;
  }
}
