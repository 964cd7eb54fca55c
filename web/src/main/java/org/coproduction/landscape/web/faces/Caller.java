package org.coproduction.landscape.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.coproduction.landscape.platform.Roles;

/**
 * Who is signed in, for what the screens show. Showing or hiding a button is a courtesy: the server
 * checks the role again on every page (web.xml) and every change (the boundaries'
 * {@code @RolesAllowed}).
 */
@Named
@RequestScoped
public class Caller {

  @Inject SecurityContext security;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getName() {
    Principal p = security.getCallerPrincipal();
    return p == null ? "" : p.getName();
  }

  public String getRole() {
    for (String role : new String[] {Roles.ADMIN, Roles.STAFF, Roles.VIEWER}) {
      if (security.isCallerInRole(role)) {
        return role;
      }
    }
    return "";
  }

  /** Staff and administrators change records. */
  public boolean isEditor() {
    return security.isCallerInRole(Roles.ADMIN) || security.isCallerInRole(Roles.STAFF);
  }

  public boolean isAdmin() {
    return security.isCallerInRole(Roles.ADMIN);
  }
}
