package org.coproduction.landscape.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no MIME sniffing, no framing, no referrer to other sites, no
 * caching of pages that show records, HSTS under HTTPS.
 *
 * <p>The Content-Security-Policy of the screens comes from PrimeFaces (web.xml {@code
 * primefaces.CSP}): it gives each page a fresh nonce for its scripts and moves inline event
 * handlers into them. {@link #PAGE_POLICY} is that policy without the nonce. Every other response
 * (the API, resources, servlets) gets {@link #OTHER_POLICY}.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * The screens' policy, which PrimeFaces completes with {@code 'nonce-...'} (it must end with
   * script-src). Styles allow 'unsafe-inline': PrimeFaces and its charts set style attributes.
   */
  public static final String PAGE_POLICY =
      "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none';"
          + " script-src 'self'";

  /** The policy of everything that is not a page. */
  public static final String OTHER_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    String path = LandscapeAuthentication.path(request);
    boolean resource =
        path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    boolean page = !resource && (path.endsWith(".xhtml") || path.endsWith("/"));
    if (page) {
      response.setHeader("Cache-Control", "no-store");
    } else if (!resource) {
      response.setHeader("Content-Security-Policy", OTHER_POLICY);
    }
    chain.doFilter(request, response);
  }
}
