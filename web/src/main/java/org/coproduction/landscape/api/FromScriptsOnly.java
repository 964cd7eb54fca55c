package org.coproduction.landscape.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * A request that changes something (POST, PUT, PATCH, DELETE) must show that a program sent it, not
 * a form on another site that a signed-in browser submits with its cached Basic credentials: it
 * says {@code Content-Type: application/json} (or another {@code +json} type), or carries {@value
 * #SCRIPT_HEADER} (the uploads under {@code /api/imports}, which are {@code multipart/form-data},
 * carry the header). A cross-site form can send neither (its types are form-urlencoded, multipart
 * and text/plain; a custom header or a JSON type makes the browser ask first, and the API allows no
 * other origin). Anything else is refused with 415 before the request reaches a resource.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class FromScriptsOnly implements ContainerRequestFilter {

  /** The header a script may send instead of a JSON body, e.g. for a POST without a body. */
  public static final String SCRIPT_HEADER = "X-Requested-With";

  private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

  static final String REFUSED =
      "Send the request with Content-Type: application/json (or the header "
          + SCRIPT_HEADER
          + " when there is no body or the body is a file): a form on a web page cannot send either,"
          + " so the API refuses"
          + " what a form sends";

  @Override
  public void filter(ContainerRequestContext request) {
    if (!UNSAFE.contains(request.getMethod()) || request.getHeaderString(SCRIPT_HEADER) != null) {
      return;
    }
    MediaType type = mediaType(request);
    if (type != null && isJson(type)) {
      return;
    }
    request.abortWith(
        Errors.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, null, REFUSED).build());
  }

  private static MediaType mediaType(ContainerRequestContext request) {
    try {
      return request.getMediaType();
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  private static boolean isJson(MediaType type) {
    return type.getType().equalsIgnoreCase("application")
        && (type.getSubtype().equalsIgnoreCase("json")
            || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
  }
}
