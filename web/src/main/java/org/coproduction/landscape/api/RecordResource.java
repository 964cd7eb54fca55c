package org.coproduction.landscape.api;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListEntry;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.reports.lists.ListDownloads;
import org.coproduction.landscape.reports.lists.RecordSheet;

/**
 * What the API does the same way for every kind of record, over the kind's register: a page of a
 * filtered, sorted list; one record; create, replace, delete; the history of changes. A kind says
 * how its record looks in JSON ({@link #toJson}) and how a JSON record is applied to the entity
 * ({@link #apply}), resolving codes and ids with {@link Problems}.
 *
 * <p>PUT replaces the record: a field left out is cleared. Both POST and PUT answer with the record
 * as saved.
 *
 * <p>No OpenAPI annotations here: Payara's generator fails on operation annotations of a method
 * inherited from an abstract class, and files such methods under {@code /null}; {@link
 * OpenApiDocument} describes them for each kind.
 *
 * @param <E> the entity
 * @param <J> its JSON representation
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class RecordResource<E extends Recorded, J extends Representation> {

  /** The query parameters that are not filters. */
  private static final Set<String> PAGING = Set.of("page", "size", "sort", "q");

  static final int DEFAULT_SIZE = 20;

  /** Far beyond any list here; keeps page x size within an int. */
  private static final int MAX_PAGE = 1_000_000;

  private final Class<E> type;
  private final Supplier<E> blank;
  private final Map<String, String> fieldNames;

  @Inject private Validator validator;

  @Inject private AuditLog audit;

  @Inject private Downloads downloads;

  /**
   * @param fieldNames the fields whose name in JSON differs from the entity's (entity path to JSON
   *     name, e.g. {@code host} to {@code hostOrganisationId}), so that the core's messages name
   *     what the caller sent
   */
  protected RecordResource(Class<E> type, Supplier<E> blank, Map<String, String> fieldNames) {
    this.type = type;
    this.blank = blank;
    this.fieldNames = fieldNames;
  }

  protected abstract Registry<E> registry();

  protected abstract J toJson(E record);

  /**
   * Copies the JSON record onto the entity; values that cannot be read are kept in {@code
   * problems}.
   */
  protected abstract void apply(J json, E record, Problems problems);

  /** The record as a list shows it; by default the same as {@link #toJson}. */
  protected J toListItem(E record) {
    return toJson(record);
  }

  @GET
  public Response list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort,
      @QueryParam("q") String text,
      @Context UriInfo uri) {
    Problems problems = new Problems();
    int pageNumber = pageNumber(problems, page);
    int pageSize = pageSize(problems, size);
    problems.throwIfAny();
    var found = registry().list(ListQuery.of(pageNumber, pageSize, sort, text, filters(uri)));
    return Response.ok(PageJson.of(found.map(this::toListItem))).build();
  }

  /** The query parameters that are not paging, sorting or text: the list's filters by name. */
  private static Map<String, String> filters(UriInfo uri) {
    Map<String, String> filters = new HashMap<>();
    uri.getQueryParameters()
        .forEach(
            (name, values) -> {
              if (!PAGING.contains(name) && !values.isEmpty()) {
                filters.put(name, values.get(0));
              }
            });
    return filters;
  }

  /** The rows of this kind as a workbook and a CSV file ({@link ListDownloads}). */
  protected abstract RecordSheet sheet();

  /**
   * Every record the list with the same parameters counts, in its order, as a workbook: a sheet of
   * the rows (codes beside names), then an About sheet saying what each column holds and which
   * filters made the list. {@code page} and {@code size} are ignored.
   */
  @GET
  @Path("export.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response exportXlsx(
      @QueryParam("sort") String sort, @QueryParam("q") String text, @Context UriInfo uri) {
    return export(ListDownloads.Format.XLSX, sort, text, uri);
  }

  /** The same rows as a CSV file (UTF-8 with a byte order mark, a header row of titles). */
  @GET
  @Path("export.csv")
  @Produces("text/csv")
  public Response exportCsv(
      @QueryParam("sort") String sort, @QueryParam("q") String text, @Context UriInfo uri) {
    return export(ListDownloads.Format.CSV, sort, text, uri);
  }

  private Response export(ListDownloads.Format format, String sort, String text, UriInfo uri) {
    return downloads.ofList(sheet(), ListQuery.of(0, 1, sort, text, filters(uri)), format);
  }

  @POST
  public Response create(J json, @Context UriInfo uri) {
    E saved = write(json, blank.get());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(saved.getId())).build())
        .entity(toJson(saved))
        .build();
  }

  @PUT
  @Path("{id}")
  public Response update(@PathParam("id") long id, J json) {
    if (json != null && json.version() == null) {
      throw new InvalidRecordException(
          "version",
          "Send the version you read: it keeps you from overwriting someone else's change");
    }
    E record = registry().find(id);
    if (json != null) {
      record.setVersion(json.version());
    }
    return Response.ok(toJson(write(json, record))).build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    E record = registry().find(id);
    return Response.ok(toJson(record)).tag(etag(record)).build();
  }

  /**
   * Deletes the record as the caller read it: the version travels in {@code If-Match: "<version>"}
   * (the {@code ETag} of the record's GET) or in {@code ?version=}. A stale version is a 409 and
   * nothing is deleted; none at all is a 428.
   */
  @DELETE
  @Path("{id}")
  public Response delete(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("version") String version) {
    Long read;
    if (ifMatch != null && !ifMatch.isBlank()) {
      read = versionIn(ifMatch);
      if (read == null) {
        throw new InvalidRecordException(
            "If-Match",
            "Send the version you read in quotes, as the ETag gave it: If-Match: \"3\"");
      }
    } else if (version != null && !version.isBlank()) {
      read = versionIn(version);
      if (read == null) {
        throw new InvalidRecordException("version", "The version is a whole number from 0");
      }
    } else {
      return Errors.response(
              Status.PRECONDITION_REQUIRED,
              "version",
              "Send the version you read, in If-Match: \"<version>\" or ?version=: it keeps you"
                  + " from deleting someone else's change unseen")
          .build();
    }
    registry().delete(id, read);
    return Response.noContent().build();
  }

  /** The version in an entity tag ({@code "3"}, {@code W/"3"}) or a plain number; else null. */
  static Long versionIn(String value) {
    String v = value.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1);
    }
    if (!v.matches("[0-9]{1,18}")) {
      return null;
    }
    return Long.valueOf(v);
  }

  private static EntityTag etag(Recorded record) {
    return new EntityTag(String.valueOf(record.getVersion()));
  }

  @GET
  @Path("{id}/history")
  public Response history(
      @PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
    Problems problems = new Problems();
    int pageNumber = pageNumber(problems, page);
    int pageSize = pageSize(problems, size);
    problems.throwIfAny();
    var entries = audit.historyOf(type.getSimpleName(), id, pageNumber, pageSize);
    return Response.ok(PageJson.of(entries.map(AuditEntryJson::of))).build();
  }

  /** Applies the JSON, then saves through the register; every message names a field of the JSON. */
  protected E write(J json, E record) {
    if (json == null) {
      throw new InvalidRecordException("body", "Send the record as JSON in the request body");
    }
    Problems problems = new Problems();
    apply(json, record, problems);
    if (!problems.isEmpty()) {
      // Tell the caller about the other fields too, as saving would.
      for (ConstraintViolation<E> v : validator.validate(record)) {
        problems.add(jsonField(fieldNames, v.getPropertyPath().toString()), v.getMessage());
      }
      record
          .brokenRules()
          .forEach((field, message) -> problems.add(jsonField(fieldNames, field), message));
      problems.throwIfAny();
    }
    return inJsonTerms(() -> registry().save(record));
  }

  /** Runs a call to the core, naming the fields of its messages as the JSON does. */
  protected <R> R inJsonTerms(Supplier<R> call) {
    return inJsonTerms(fieldNames, call);
  }

  /**
   * The same with other names (entity path to JSON name), for requests that are not the record
   * itself.
   */
  protected static <R> R inJsonTerms(Map<String, String> names, Supplier<R> call) {
    try {
      return call.get();
    } catch (InvalidRecordException e) {
      Map<String, String> renamed = new LinkedHashMap<>();
      e.messages()
          .forEach((field, message) -> renamed.putIfAbsent(jsonField(names, field), message));
      throw new InvalidRecordException(renamed);
    }
  }

  private static String jsonField(Map<String, String> names, String path) {
    for (var name : names.entrySet()) {
      String from = name.getKey();
      if (path.equals(from)) {
        return name.getValue();
      }
      if (path.startsWith(from + ".") || path.startsWith(from + "[")) {
        return name.getValue() + path.substring(from.length());
      }
    }
    return path;
  }

  static int pageNumber(Problems problems, String value) {
    return number(problems, "page", value, 0, 0, MAX_PAGE, "The page is a whole number from 0");
  }

  static int pageSize(Problems problems, String value) {
    return number(
        problems,
        "size",
        value,
        DEFAULT_SIZE,
        1,
        ListQuery.MAX_SIZE,
        "The size is a whole number from 1 to " + ListQuery.MAX_SIZE);
  }

  private static int number(
      Problems problems,
      String field,
      String value,
      int otherwise,
      int min,
      int max,
      String message) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    problems.add(field, message);
    return otherwise;
  }

  // Small conversions for the representations.

  static Long idOf(Recorded r) {
    return r == null ? null : r.getId();
  }

  static String nameOf(Enum<?> e) {
    return e == null ? null : e.name();
  }

  static List<String> codesOf(Collection<AreaCode> codes) {
    return codes.stream().map(AreaCode::code).sorted().toList();
  }

  static List<String> entryCodes(Collection<? extends ListEntry> entries) {
    return entries.stream().map(ListEntry::getCode).sorted().toList();
  }

  static List<Long> idsOf(Collection<? extends Recorded> records) {
    return records.stream().map(Recorded::getId).sorted(Comparator.naturalOrder()).toList();
  }
}
