package org.coproduction.landscape.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The body of every error answer: one entry per field that needs attention ({@code field} is the
 * JSON path of the input, e.g. {@code "name"}, {@code "lifecycle.closedOn"}, {@code
 * "lessons[1].theme"}; left out when the message is about the request as a whole).
 */
public record Errors(List<FieldError> errors) {

  public record FieldError(String field, String message) {}

  static Response.ResponseBuilder response(
      Response.StatusType status, Map<String, String> messages) {
    List<FieldError> errors =
        messages.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Errors(errors));
  }

  static Response.ResponseBuilder response(
      Response.StatusType status, String field, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new Errors(List.of(new FieldError(field, message))));
  }

  /**
   * Writes an error answer on a servlet response, for what answers before JAX-RS does (sign-in, the
   * size of an upload): {@code status}, {@code Retry-After} when {@code retryAfterSeconds} is above
   * 0, never cached, the same body as every other error.
   */
  public static void write(
      HttpServletResponse response, int status, long retryAfterSeconds, String message)
      throws IOException {
    response.setStatus(status);
    if (retryAfterSeconds > 0) {
      response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
    }
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(MediaType.APPLICATION_JSON);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add(
                    "errors",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("message", message)))
                .build()
                .toString());
  }
}
