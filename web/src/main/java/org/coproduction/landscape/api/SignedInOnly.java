package org.coproduction.landscape.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Nothing in the API is open to anonymous callers: they get 401 with a Basic challenge before
 * anything runs. What a signed-in caller may do is decided by the roles of the core's boundaries
 * (see {@link ErrorMappers.AccessDenied}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SignedInOnly implements ContainerRequestFilter {

  /** The realm of {@code web.security.SecurityConfiguration}. */
  static final String CHALLENGE = "Basic realm=\"Landscape\"";

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() == null) {
      request.abortWith(unauthorized());
    }
  }

  static Response unauthorized() {
    return Errors.response(
            Response.Status.UNAUTHORIZED, null, "Sign in to use the API (HTTP Basic)")
        .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
        .build();
  }
}
