package org.coproduction.landscape.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.landscape.platform.EditConflictException;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordMergedException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.web.health.DatabaseUnavailable;

/**
 * How the core's exceptions and the API's own failures become answers with an {@link Errors} body.
 */
public final class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  /** 400: the record breaks rules; one message per field. */
  @Provider
  public static class InvalidRecord implements ExceptionMapper<InvalidRecordException> {
    @Override
    public Response toResponse(InvalidRecordException e) {
      return Errors.response(Status.BAD_REQUEST, e.messages()).build();
    }
  }

  /** 409: someone saved the record after the caller read the version they sent. */
  @Provider
  public static class EditConflict implements ExceptionMapper<EditConflictException> {
    @Override
    public Response toResponse(EditConflictException e) {
      return Errors.response(
              Status.CONFLICT,
              "version",
              e.getMessage() + ": read it again, re-apply your change and save again")
          .build();
    }
  }

  /** 404: no record of that kind with that id. */
  @Provider
  public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
    @Override
    public Response toResponse(RecordNotFoundException e) {
      return Errors.response(Status.NOT_FOUND, "id", e.getMessage()).build();
    }
  }

  /**
   * A record merged into another: a GET of its old address is a 301 to the same address of the one
   * it was merged into; any other request is a 404 saying where it went, with that address in
   * {@code Location}, since a change meant for one record is not silently applied to another.
   */
  @Provider
  public static class Merged implements ExceptionMapper<RecordMergedException> {

    @Context private UriInfo uri;

    @Context private Request request;

    @Override
    public Response toResponse(RecordMergedException e) {
      String old = String.valueOf(e.id());
      StringBuilder path = new StringBuilder();
      boolean replaced = false;
      for (PathSegment segment : uri.getPathSegments()) {
        boolean theId = !replaced && segment.getPath().equals(old);
        path.append('/').append(theId ? String.valueOf(e.into()) : segment.getPath());
        replaced |= theId;
      }
      URI moved =
          uri.getBaseUriBuilder()
              .path(path.toString())
              .replaceQuery(uri.getRequestUri().getRawQuery())
              .build();
      if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
        return Response.status(Status.MOVED_PERMANENTLY).location(moved).build();
      }
      return Errors.response(Status.NOT_FOUND, "id", e.getMessage()).location(moved).build();
    }
  }

  /**
   * 403 for a signed-in caller whose role may not do it; 401 with a challenge for an anonymous one.
   */
  @Provider
  public static class AccessDenied implements ExceptionMapper<EJBAccessException> {

    @Context private SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException e) {
      if (security == null || security.getUserPrincipal() == null) {
        return SignedInOnly.unauthorized();
      }
      return Errors.response(Status.FORBIDDEN, null, "Your role does not allow this").build();
    }
  }

  /**
   * A boundary failed with an exception the container wrapped: answered as the cause would be, or
   * 500 (logged) when the cause is not one the API knows.
   */
  @Provider
  public static class EjbFailure implements ExceptionMapper<EJBException> {

    @Context private Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(EJBException e) {
      Throwable cause = e;
      while (cause instanceof EJBException
          && !(cause instanceof EJBAccessException)
          && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause != e) {
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        if (mapper != null && !(mapper instanceof EjbFailure)) {
          return mapper.toResponse(cause);
        }
      }
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof OptimisticLockException) {
          // Someone else's change was committed first (found when this transaction committed).
          return Errors.response(
                  Status.CONFLICT, "version", "The record was changed by someone else meanwhile")
              .build();
        }
      }
      return failed(e);
    }
  }

  /** 400: the same for Bean Validation failing when the record is written. */
  @Provider
  public static class ConstraintViolations
      implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      Map<String, String> messages = new LinkedHashMap<>();
      for (ConstraintViolation<?> v : e.getConstraintViolations()) {
        messages.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
      }
      return Errors.response(Status.BAD_REQUEST, messages).build();
    }
  }

  /**
   * 400: the body is not JSON, or a value has the wrong type (the JSON-B provider wraps what JSON-B
   * says).
   */
  @Provider
  public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return unreadable(e);
    }
  }

  /** 400: as {@link UnreadableBody}, when JSON-B's exception arrives unwrapped. */
  @Provider
  public static class UnreadableJson implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return unreadable(e);
    }
  }

  /**
   * 400: a body read as JSON-P (a report run's request) is not JSON; JSON-P's reader throws this
   * unwrapped.
   */
  @Provider
  public static class UnparsableJson implements ExceptionMapper<JsonParsingException> {
    @Override
    public Response toResponse(JsonParsingException e) {
      return unreadable(e);
    }
  }

  /**
   * The container's own answers (unknown path, wrong method, empty body), with an {@link Errors}
   * body.
   */
  @Provider
  public static class HttpFailure implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      if (original.hasEntity()) {
        return original;
      }
      String message =
          e instanceof BadRequestException
              ? "Send the record as JSON in the request body"
              : original.getStatusInfo().getReasonPhrase();
      return Response.fromResponse(original)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new Errors(List.of(new Errors.FieldError(null, message))))
          .build();
    }
  }

  /** 503 with {@code Retry-After}: the database cannot be reached just now. */
  public static Response unavailable() {
    return Errors.response(Status.SERVICE_UNAVAILABLE, null, DatabaseUnavailable.MESSAGE)
        .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
        .build();
  }

  private static final Pattern PROPERTY =
      Pattern.compile("^Unable to deserialize property '([^']+)'");

  /**
   * Names the field JSON-B could not read (its path, e.g. {@code lifecycle.foundedOn}) and what it
   * expected.
   */
  static Response unreadable(Throwable e) {
    List<String> path = new ArrayList<>();
    Throwable innermost = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonParsingException) {
        return Errors.response(
                Status.BAD_REQUEST, null, "The request body is not valid JSON: " + t.getMessage())
            .build();
      }
      Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        path.add(m.group(1));
      }
      innermost = t;
    }
    String what = e.getCause() == null ? String.valueOf(e.getMessage()) : chain(e);
    String message;
    if (what.contains(StrictBoolean.MESSAGE)) {
      message = StrictBoolean.MESSAGE;
    } else if (what.contains("java.time.LocalDateTime")) {
      message = "Write the date and time as YYYY-MM-DDTHH:MM, UK time (e.g. 2020-11-19T10:00)";
    } else if (what.contains("java.time.LocalDate")) {
      message = "Write the date as YYYY-MM-DD (e.g. 2020-11-19)";
    } else if (innermost instanceof NumberFormatException
        || what.contains("java.lang.Long")
        || what.contains("java.lang.Integer")
        || what.contains("java.math.BigDecimal")) {
      message = "Enter a number";
    } else if (what.contains("Allowed: [START_ARRAY]")) {
      message = "Send a list: [...]";
    } else if (what.contains("Allowed: [START_OBJECT]")) {
      message = "Send an object: {...}";
    } else {
      message = "This value cannot be read: " + innermost.getMessage();
    }
    return Errors.response(
            Status.BAD_REQUEST, path.isEmpty() ? null : String.join(".", path), message)
        .build();
  }

  private static String chain(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  /** 503 when the database is away (the same request works once it is back), else 500 (logged). */
  static Response failed(Throwable e) {
    if (DatabaseUnavailable.causes(e)) {
      LOG.warning(() -> "Answered 503, the database is away: " + DatabaseUnavailable.describe(e));
      return unavailable();
    }
    LOG.log(Level.SEVERE, "The API could not answer", e);
    return Errors.response(
            Status.INTERNAL_SERVER_ERROR,
            null,
            "Something went wrong on the server; it has been logged")
        .build();
  }
}
