package org.coproduction.landscape.web.health;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A screen that fails because the database is away answers 503 with the application's own page
 * ({@code WEB-INF/errors/unavailable.xhtml}), not the general error page: the person can tell that
 * trying again later will work. The JSON API says the same itself ({@code api.ErrorMappers}).
 */
@WebFilter(filterName = "DatabaseOutage", urlPatterns = "/*", asyncSupported = true)
public class DatabaseOutage extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!DatabaseUnavailable.causes(e) || response.isCommitted()) {
        throw e;
      }
      unavailable(response, e);
    }
  }

  /** Answers 503 with the outage page; the log names the failure's types only. */
  public static void unavailable(HttpServletResponse response, Throwable e) throws IOException {
    LOG.warning(() -> "Answered 503, the database is away: " + DatabaseUnavailable.describe(e));
    LOG.log(Level.FINE, "The database is away", e);
    response.resetBuffer();
    response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
  }
}
