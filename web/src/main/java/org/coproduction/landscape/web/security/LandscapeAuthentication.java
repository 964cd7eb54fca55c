package org.coproduction.landscape.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.coproduction.landscape.api.Errors;
import org.coproduction.landscape.platform.ServerNode;
import org.coproduction.landscape.security.AccountDirectory;
import org.coproduction.landscape.security.UserAccount;
import org.coproduction.landscape.security.UserAccountIdentityStore;
import org.coproduction.landscape.web.health.DatabaseOutage;
import org.coproduction.landscape.web.health.DatabaseUnavailable;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one way callers sign in to the web module, chosen by path:
 *
 * <ul>
 *   <li>The JSON API ({@code /api/*}), {@code /whoami}, and any request that carries an {@code
 *       Authorization: Basic} header: HTTP Basic on every request, no session.
 *   <li>The screens: a sign-in form ({@link #SIGN_IN_PAGE}, backed by {@link SignIn}) whose bean
 *       calls {@code SecurityContext.authenticate}; the caller is then kept in the HTTP session,
 *       whose id changes at sign-in. A protected page asked for without a session leads to the
 *       form, and back to the page after signing in.
 * </ul>
 *
 * <p>Both check passwords with the identity store and count attempts in {@link SignInAttempts} (in
 * the database, so every server counts the same attempts) before the password is checked: a
 * username and address that failed too often, or an address that tried too often, is refused
 * unchecked (429 with Retry-After in the API), and only a few passwords are hashed at once. A
 * password checked a moment ago is recognised without hashing. While the database cannot count
 * attempts, sign-in answers 503 as for any other outage.
 */
@ApplicationScoped
public class LandscapeAuthentication implements HttpAuthenticationMechanism {

  public static final String REALM = "Landscape";
  public static final String SIGN_IN_PAGE = "/login.xhtml";

  /**
   * The page a caller asked for before signing in (a path inside the application), kept in the
   * session.
   */
  static final String WANTED_PAGE = LandscapeAuthentication.class.getName() + ".wanted";

  /**
   * How long the caller is still locked out, set as a request attribute when a sign-in is refused
   * for that.
   */
  static final String LOCKED_FOR = LandscapeAuthentication.class.getName() + ".lockedFor";

  /** When the session's caller signed in (an {@link Instant}), kept in the session. */
  static final String SIGNED_IN_AT = LandscapeAuthentication.class.getName() + ".signedInAt";

  /** The page where everyone changes their own password. */
  public static final String PASSWORD_PAGE = "/account/password.xhtml";

  static final String OWN_PASSWORD_API = "/api/users/me/password";

  static final String MUST_CHANGE = LandscapeAuthentication.class.getName() + ".mustChange";

  /** The role of a session's caller as the database has it on this request. */
  private static final String SESSION_ROLE = LandscapeAuthentication.class.getName() + ".role";

  static final String MUST_CHANGE_MESSAGE =
      "Your password was generated: choose your own first (PUT /api/users/me/password with"
          + " currentPassword and newPassword).";

  /** What a person whose password was generated may open before choosing their own. */
  private static boolean openBeforeOwnPassword(HttpServletRequest request) {
    String path = path(request);
    return path.equals(PASSWORD_PAGE)
        || path.equals(SIGN_IN_PAGE)
        || isResource(path)
        || path.startsWith("/favicon.");
  }

  /** The absolute lifetime of a screen session in hours (env {@code LANDSCAPE_SESSION_HOURS}). */
  public static final String SESSION_HOURS = "landscape.session.hours";

  private static final Logger LOG = Logger.getLogger(LandscapeAuthentication.class.getName());

  @Inject IdentityStoreHandler identityStore;

  @Inject SignInAttempts attempts;

  @Inject UserAccountIdentityStore remembered;

  @Inject AccountDirectory directory;

  /** How long a screen session may last however active it is. */
  private Duration sessionLifetime;

  private TrustedProxies proxies;

  @PostConstruct
  void readProxies() {
    proxies = TrustedProxies.fromConfiguration();
    sessionLifetime =
        Duration.ofHours(
            ConfigProvider.getConfig(LandscapeAuthentication.class.getClassLoader())
                .getOptionalValue(SESSION_HOURS, Integer.class)
                .filter(h -> h > 0)
                .orElse(12));
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Answers given here (401, 429, 503, the redirect to the sign-in form) leave before
    // SecurityHeaders sees them.
    response.setHeader(ServerNode.HEADER, ServerNode.name());
    if (usesBasic(request)) {
      return basic(request, response, context);
    }
    return form(request, response, context);
  }

  static boolean usesBasic(HttpServletRequest request) {
    String path = path(request);
    String authorization = request.getHeader("Authorization");
    return path.startsWith("/api/")
        || path.equals("/api")
        || path.equals("/whoami")
        || (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6));
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).trim()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return challenge(response, context);
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return challenge(response, context);
      }
      CredentialValidationResult result;
      try {
        result =
            check(
                request,
                new UsernamePasswordCredential(
                    decoded.substring(0, colon), decoded.substring(colon + 1)));
      } catch (Throttled t) {
        return throttled(response, t);
      } catch (RuntimeException e) {
        if (!DatabaseUnavailable.causes(e)) {
          throw e;
        }
        return unavailable(request, response, e);
      }
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        if (!path(request).equals(OWN_PASSWORD_API)
            && mustChangePassword(request, result.getCallerPrincipal().getName())) {
          return refuse(response, 403, 0, MUST_CHANGE_MESSAGE);
        }
        return context.notifyContainerAboutLogin(result);
      }
      return challenge(response, context);
    }
    if (context.isProtected()) {
      return challenge(response, context);
    }
    return context.doNothing();
  }

  /**
   * The password cannot be checked while the database is away: 503 (a JSON error in the API, the
   * outage page elsewhere), never a 401 that would make a client forget a right password.
   */
  private static AuthenticationStatus unavailable(
      HttpServletRequest request, HttpServletResponse response, RuntimeException e) {
    try {
      String path = path(request);
      if (path.startsWith("/api/") || path.equals("/api")) {
        LOG.warning(() -> "Answered 503, the database is away: " + DatabaseUnavailable.describe(e));
        return refuse(
            response,
            HttpServletResponse.SC_SERVICE_UNAVAILABLE,
            DatabaseUnavailable.RETRY_AFTER_SECONDS,
            DatabaseUnavailable.MESSAGE);
      } else {
        DatabaseOutage.unavailable(response, e);
      }
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  private AuthenticationStatus form(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential =
        context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
    if (credential instanceof UsernamePasswordCredential given) {
      CredentialValidationResult result;
      try {
        result = check(request, given);
      } catch (Throttled t) {
        request.setAttribute(LOCKED_FOR, Duration.ofSeconds(t.retryAfterSeconds()));
        return AuthenticationStatus.SEND_FAILURE;
      }
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        // No error page: the sign-in form says what went wrong.
        return AuthenticationStatus.SEND_FAILURE;
      }
      if (request.getSession(false) != null) {
        request.changeSessionId();
      }
      request.getSession(true).setAttribute(SIGNED_IN_AT, Instant.now());
      context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
      return context.notifyContainerAboutLogin(result);
    }
    Principal fromSession = request.getUserPrincipal();
    if (fromSession != null) {
      boolean ended;
      try {
        ended = sessionEnded(request, fromSession.getName());
      } catch (RuntimeException e) {
        if (!DatabaseUnavailable.causes(e)) {
          throw e;
        }
        return unavailable(request, response, e);
      }
      if (ended) {
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
        if (context.isProtected()) {
          return toSignInPage(request, response, context);
        }
        return context.doNothing();
      }
      if (Boolean.TRUE.equals(request.getAttribute(MUST_CHANGE))
          && !openBeforeOwnPassword(request)) {
        return context.redirect(request.getContextPath() + PASSWORD_PAGE + "?first=true");
      }
      // The role as the database has it now, not as the session was signed in: a session that
      // comes from another server (the cluster) carries the caller's name but not their groups.
      String role = (String) request.getAttribute(SESSION_ROLE);
      try {
        context
            .getHandler()
            .handle(
                new Callback[] {
                  new CallerPrincipalCallback(context.getClientSubject(), fromSession.getName()),
                  new GroupPrincipalCallback(
                      context.getClientSubject(),
                      role == null ? new String[0] : new String[] {role})
                });
      } catch (IOException | UnsupportedCallbackException e) {
        throw new IllegalStateException("The server refused the caller kept in the session", e);
      }
      return AuthenticationStatus.SUCCESS;
    }
    if (context.isProtected()) {
      return toSignInPage(request, response, context);
    }
    return context.doNothing();
  }

  private CredentialValidationResult check(
      HttpServletRequest request, UsernamePasswordCredential credential) {
    UserAccount known = remembered.remembered(credential);
    if (known != null) {
      // Checked a moment ago: no hashing, so no counting and no queueing behind a flood, and the
      // account read once serves the whole request.
      request.setAttribute(MUST_CHANGE, known.isMustChangePassword());
      return UserAccountIdentityStore.valid(known);
    }
    String address = proxies.clientAddress(request);
    SignInAttempts.Decision decision = attempts.begin(credential.getCaller(), address);
    if (decision instanceof SignInAttempts.Wait wait) {
      attempts.refused(credential.getCaller(), address, wait);
      throw new Throttled(
          wait.retryAfter(), wait.byAddress() ? THROTTLED_ADDRESS : THROTTLED_ACCOUNT, 429);
    }
    SignInAttempts.Go attempt = (SignInAttempts.Go) decision;
    if (!attempts.awaitHashing()) {
      throw new Throttled(Duration.ofSeconds(5), BUSY, 503);
    }
    CredentialValidationResult result;
    try {
      result = identityStore.validate(credential);
    } finally {
      attempts.hashed();
    }
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      attempts.succeeded(attempt);
    } else {
      attempts.failed(attempt);
    }
    return result;
  }

  static final String THROTTLED_ACCOUNT =
      "Too many failed sign-ins for this username from your address: wait before trying again.";
  static final String THROTTLED_ADDRESS =
      "Too many sign-in attempts from your address: wait before trying again.";
  static final String BUSY = "Too many sign-ins are being checked at once: try again in a moment.";

  /** A sign-in refused before its password was checked: wait {@code retryAfter}. */
  static final class Throttled extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Duration retryAfter;
    final int status;

    Throttled(Duration retryAfter, String message, int status) {
      super(message, null, false, false);
      this.retryAfter = retryAfter;
      this.status = status;
    }

    long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }

  /** The API's answer to a throttled sign-in: 429 or 503, Retry-After, a JSON message. */
  private static AuthenticationStatus throttled(HttpServletResponse response, Throttled t) {
    return refuse(response, t.status, t.retryAfterSeconds(), t.getMessage());
  }

  /** An API answer with this status and message (and Retry-After when not 0), in JSON. */
  private static AuthenticationStatus refuse(
      HttpServletResponse response, int status, long retryAfterSeconds, String message) {
    try {
      Errors.write(response, status, retryAfterSeconds, message);
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** Whether the account must choose its own password first: known already, or read once. */
  private boolean mustChangePassword(HttpServletRequest request, String username) {
    if (request.getAttribute(MUST_CHANGE) instanceof Boolean known) {
      return known;
    }
    UserAccount account = directory.byUsername(username);
    return account != null && account.isMustChangePassword();
  }

  /**
   * Whether the session of this signed-in caller must end: its account is gone or disabled, its
   * role or password changed after the session signed in (on any server: the database says when),
   * or it signed in longer ago than the absolute lifetime ({@code landscape.session.hours}, 12 by
   * default). Resources are served without asking.
   */
  private boolean sessionEnded(HttpServletRequest request, String username) {
    String path = path(request);
    if (isResource(path)) {
      return false;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return false;
    }
    Instant now = Instant.now();
    Instant signedIn = session.getAttribute(SIGNED_IN_AT) instanceof Instant i ? i : null;
    if (signedIn == null) {
      signedIn = now;
      session.setAttribute(SIGNED_IN_AT, signedIn);
    }
    UserAccount account = directory.byUsername(username);
    String reason = null;
    if (account == null || !account.isEnabled()) {
      reason = "the account is disabled or gone";
    } else if (signedIn.isBefore(account.getCredentialsChangedAt())) {
      reason = "the account's role or password changed";
    } else if (signedIn.plus(sessionLifetime).isBefore(now)) {
      reason = "it is older than " + sessionLifetime.toHours() + " hours";
    }
    if (reason == null) {
      request.setAttribute(SESSION_ROLE, account.getRole());
      if (account.isMustChangePassword()) {
        request.setAttribute(MUST_CHANGE, Boolean.TRUE);
      }
    }
    if (reason != null) {
      String why = reason;
      LOG.info(() -> "Ended a session from " + proxies.clientAddress(request) + ": " + why);
      return true;
    }
    return false;
  }

  /**
   * A page asks for a signed-in caller: remember it (a page the person opened, see {@link
   * #isPageNavigation}) and send the browser to the form.
   */
  private AuthenticationStatus toSignInPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isPageNavigation(request)) {
      String query = request.getQueryString();
      request
          .getSession(true)
          .setAttribute(WANTED_PAGE, path(request) + (query == null ? "" : "?" + query));
    }
    if (proxies.isSecure(request)) {
      // This answer leaves before SecurityHeaders sees it.
      response.setHeader("Strict-Transport-Security", SecurityHeaders.HSTS);
      if (!request.isSecure()) {
        new SecureCookies(response).beforeCommit();
      }
    }
    String target = request.getContextPath() + SIGN_IN_PAGE;
    if (isAjax(request)) {
      // A Faces Ajax request (the session expired while the page was open): a partial-response
      // redirect.
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target
                    + "?expired=true\"/></partial-response>");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(target);
  }

  /**
   * Whether the request is a person opening a page, worth coming back to after signing in: a GET of
   * a page ({@code .xhtml}) or a folder, which the browser loads as the document ({@code
   * Sec-Fetch-Dest: document}, or where a browser does not say so, {@code Accept} naming HTML).
   * Never what the browser fetches for a page on its own (the favicon, images, style sheets,
   * scripts) nor a Faces Ajax request: coming back to one of those would land on a resource.
   */
  static boolean isPageNavigation(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || isAjax(request)) {
      return false;
    }
    String path = path(request);
    if (!path.endsWith(".xhtml") && !path.endsWith("/")) {
      return false;
    }
    String destination = request.getHeader("Sec-Fetch-Dest");
    if (destination != null) {
      return destination.equalsIgnoreCase("document");
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
  }

  /** Whether the path (inside the application) is a style sheet, script or image of the pages. */
  static boolean isResource(String path) {
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /** The part of the request path inside the application. */
  static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    return path.isEmpty() ? "/" : path;
  }

  private static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(WANTED_PAGE);
    }
  }
}
