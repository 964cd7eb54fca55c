package org.coproduction.landscape.web.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.security.Accounts;
import org.coproduction.landscape.security.UserAccount;

/**
 * {@code GET /whoami}: the signed-in caller's username and role as JSON, read through the {@code
 * Accounts} EJB (so it proves authentication, role mapping and the caller's identity in the EJB
 * tier). Anonymous callers get 401.
 */
@WebServlet(urlPatterns = WhoAmIServlet.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.ADMIN, Roles.STAFF, Roles.VIEWER}))
public class WhoAmIServlet extends HttpServlet {

  public static final String PATH = "/whoami";

  private static final long serialVersionUID = 1L;

  @Inject private Accounts accounts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    UserAccount account = accounts.current();
    JsonArrayBuilder roles = Json.createArrayBuilder();
    for (String role : new String[] {Roles.ADMIN, Roles.STAFF, Roles.VIEWER}) {
      if (request.isUserInRole(role)) {
        roles.add(role);
      }
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("username", account.getUsername())
                .add("role", account.getRole())
                .add("roles", roles)
                .build()
                .toString());
  }
}
