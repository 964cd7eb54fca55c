package org.coproduction.landscape.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coproduction.landscape.platform.ServerNode;

/**
 * Headers every response carries: no MIME sniffing, no framing, no referrer to other sites, no
 * caching of pages that show records nor of the API's answers, HSTS under HTTPS (directly or
 * through a {@link TrustedProxies trusted proxy}, which also makes every cookie Secure), and the
 * name of the server that answered ({@link ServerNode#HEADER}), error pages included.
 *
 * <p>The Content-Security-Policy of the screens comes from PrimeFaces (web.xml {@code
 * primefaces.CSP}): it gives each page a fresh nonce for its scripts and moves inline event
 * handlers into them. {@link #PAGE_POLICY} is that policy without the nonce. Every other response
 * (the API, resources, servlets) gets {@link #OTHER_POLICY}. An error page (404, 403, 500) is a
 * page, whatever was asked for: its policy is the screens' one, so that it shows the application's
 * styles (see {@link #ERROR_PAGE_POLICY}).
 */
@WebFilter(
    filterName = "SecurityHeaders",
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
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

  private static final String POLICY = "Content-Security-Policy";

  /** Browsers are to use HTTPS only, for a year from each answer. */
  static final String HSTS = "max-age=31536000";

  /** The policy of everything that is not a page. */
  public static final String OTHER_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /**
   * What replaces {@link #OTHER_POLICY} when a request that was not for a page ends on an error
   * page. The servlet API cannot take a header away, and PrimeFaces adds the page's policy (with
   * its nonce) as a second header; a browser applies both, so this one holds only what the page's
   * policy says too: the page's policy alone decides.
   */
  static final String ERROR_PAGE_POLICY =
      "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private transient TrustedProxies proxies;

  @Override
  public void init() {
    proxies = TrustedProxies.fromConfiguration();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean secure = proxies.isSecure(request);
    HttpServletResponse answer =
        secure && !request.isSecure() ? new SecureCookies(response) : response;
    answer.setHeader(ServerNode.HEADER, ServerNode.name());
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      // Every error location of web.xml is a page. A page's own policy (PrimeFaces' header, added
      // once per request) stays.
      if (answer.getHeaders(POLICY).contains(OTHER_POLICY)) {
        answer.setHeader(POLICY, ERROR_PAGE_POLICY);
      }
      answer.setHeader("Cache-Control", "no-store");
    } else {
      setHeaders(request, answer, secure);
    }
    chain.doFilter(request, answer);
    if (answer instanceof SecureCookies cookies) {
      cookies.beforeCommit();
    }
  }

  private static void setHeaders(
      HttpServletRequest request, HttpServletResponse response, boolean secure) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (secure) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    String path = LandscapeAuthentication.path(request);
    boolean resource = LandscapeAuthentication.isResource(path);
    boolean page = !resource && (path.endsWith(".xhtml") || path.endsWith("/"));
    boolean api = path.equals("/api") || path.startsWith("/api/");
    if (page || api) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (!page && !resource) {
      response.setHeader(POLICY, OTHER_POLICY);
    }
  }
}
