package org.coproduction.landscape.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
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
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

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
 * <p>Both check passwords with the identity store and count failures in {@link SignInAttempts}: a
 * locked username is refused before its password is checked.
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

  @Inject IdentityStoreHandler identityStore;

  @Inject SignInAttempts attempts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
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
      CredentialValidationResult result =
          check(
              request,
              new UsernamePasswordCredential(
                  decoded.substring(0, colon), decoded.substring(colon + 1)));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return challenge(response, context);
    }
    if (context.isProtected()) {
      return challenge(response, context);
    }
    return context.doNothing();
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
      CredentialValidationResult result = check(request, given);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        // No error page: the sign-in form says what went wrong.
        return AuthenticationStatus.SEND_FAILURE;
      }
      if (request.getSession(false) != null) {
        request.changeSessionId();
      }
      context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
      return context.notifyContainerAboutLogin(result);
    }
    Principal fromSession = request.getUserPrincipal();
    if (fromSession != null) {
      try {
        context
            .getHandler()
            .handle(
                new Callback[] {
                  new CallerPrincipalCallback(context.getClientSubject(), fromSession)
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
    Duration locked = attempts.lockedFor(credential.getCaller());
    if (!locked.isZero()) {
      request.setAttribute(LOCKED_FOR, locked);
      return CredentialValidationResult.INVALID_RESULT;
    }
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      attempts.succeeded(credential.getCaller());
    } else {
      attempts.failed(credential.getCaller());
      Duration now = attempts.lockedFor(credential.getCaller());
      if (!now.isZero()) {
        request.setAttribute(LOCKED_FOR, now);
      }
    }
    return result;
  }

  /**
   * A page asks for a signed-in caller: remember it (GET only) and send the browser to the form.
   */
  private static AuthenticationStatus toSignInPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if ("GET".equals(request.getMethod()) && !isAjax(request)) {
      String query = request.getQueryString();
      request
          .getSession(true)
          .setAttribute(WANTED_PAGE, path(request) + (query == null ? "" : "?" + query));
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
