package org.coproduction.landscape.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
}
