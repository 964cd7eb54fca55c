package org.coproduction.landscape.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import org.coproduction.landscape.web.security.LandscapeAuthentication;

/**
 * Deployed with the tests only: makes the caller's own session look as if it had signed in {@code
 * hours} hours ago, so that a test sees the absolute session lifetime end it without waiting 12
 * hours. Like any page it needs a signed-in caller.
 */
@WebServlet("/testing/session-signed-in")
public class SessionAging extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The session attribute where the sign-in keeps its moment. */
  static final String SIGNED_IN_AT = LandscapeAuthentication.class.getName() + ".signedInAt";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    long hours = Long.parseLong(request.getParameter("hoursAgo"));
    request
        .getSession(false)
        .setAttribute(SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(hours)));
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
