package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.web.faces.Text;
import org.coproduction.landscape.web.imports.ImportFiles;
import org.coproduction.landscape.web.imports.ImportFiles.Kind;
import org.coproduction.landscape.web.imports.ImportSlots;
import org.coproduction.landscape.web.imports.SpreadsheetReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports for scripts and other systems: the Import screen's reader, rules, limits and
 * all-or-nothing transaction ({@link ImportFiles}), over multipart uploads. The size of a request
 * is judged before it is read ({@link ImportRequestLimit}).
 */
@Path("imports")
@RequestScoped
@Tag(
    name = "Imports",
    description =
        "Networks, organisations or grants from a CSV file (UTF-8 or Windows-1252) or an Excel workbook (.xlsx, its first"
            + " sheet), at most 5 MB and 10,000 rows, the columns of the Import screen. Every row is checked;"
            + " nothing is written unless every row is valid, all in one transaction. STAFF and ADMIN.")
public class ImportResource {

  /** The file is there, but cannot be imported as it is. */
  static final int UNPROCESSABLE = 422;

  @Inject private ImportFiles imports;

  @Inject private Text text;

  @Context private SecurityContext security;

  @Context private UriInfo uri;

  /**
   * One problem of an import: its row (2 is the first row of data) and column, when it has them.
   */
  public record Problem(Integer row, String column, String message) {}

  /** Every problem of an import. */
  public record Problems(List<Problem> errors) {}

  /**
   * A record written, or in a dry run that would be written (with its row; an id only when it would
   * update a record already there): {@code action} is {@code new} or {@code update}.
   */
  public record Record(Integer row, Long id, String name, String url, String action) {}

  /**
   * What an import wrote, or in a dry run would write, and the rows staff should look at though
   * they did not stop it (an organisation that looks already recorded).
   */
  public record Imported(
      int written, Boolean dryRun, List<Record> records, List<Problem> warnings) {}

  @POST
  @Path("{kind}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Imports networks, organisations, grants, people, programmes, events or insights from a file (STAFF, ADMIN)",
      description =
          "kind is networks, organisations, grants, people, programmes, events or insights. The multipart field file holds the CSV or xlsx file;"
              + " dryRun=true (a form field or query parameter) checks it and says what would be written,"
              + " writing nothing.")
  @APIResponse(
      responseCode = "201",
      description =
          "{written, records: [{id, name, url, action}], warnings: [{row, column, message}]}: action is"
              + " new, or update for a grant whose identifier was recorded. A warning names a row likely"
              + " already in the record (an organisation of the same name written differently), an"
              + " organisation or programme a grant import adds, or (row 1) the columns left out",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(
      responseCode = "200",
      description =
          "Dry run: {written: 0, dryRun, records: [{row, id, name, action}], warnings: [{row, column,"
              + " message}]}: what would be written, new or an update of the record with that id")
  @APIResponse(responseCode = "400", description = "No file: {errors: [{message}]}")
  @APIResponse(
      responseCode = "422",
      description =
          "The file cannot be imported: {errors: [{row, column, message}]}, every problem; nothing written")
  @APIResponse(responseCode = "403", description = "The role may not import")
  @APIResponse(
      responseCode = "404",
      description =
          "No such kind: networks, organisations, grants, people, programmes, events or insights")
  @APIResponse(responseCode = "413", description = "Larger than 5 MB")
  @APIResponse(
      responseCode = "503",
      description = "Two imports are running already; Retry-After says when to try again")
  public Response importFile(
      @PathParam("kind") String kindName,
      @QueryParam("dryRun") String dryRunQuery,
      @RequestBody(
              description = "multipart/form-data: file (the CSV or xlsx file), dryRun (optional)",
              content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA))
          List<EntityPart> parts)
      throws IOException {
    EntityPart file = part(parts, "file");
    EntityPart dryRunPart = part(parts, "dryRun");
    String dryRunField = dryRunPart == null ? null : dryRunPart.getContent(String.class);
    Kind kind =
        Kind.named(kindName)
            .orElseThrow(
                () ->
                    new jakarta.ws.rs.NotFoundException(
                        "Import networks, organisations, grants, people, programmes, events or insights"));
    if (!security.isUserInRole(Roles.ADMIN) && !security.isUserInRole(Roles.STAFF)) {
      return Errors.response(Status.FORBIDDEN, null, "Your role does not allow this").build();
    }
    if (file == null) {
      return Errors.response(
              Status.BAD_REQUEST,
              "file",
              "Send the file as the multipart/form-data field 'file', with its file name")
          .build();
    }
    boolean dryRun = "true".equalsIgnoreCase(dryRunField) || "true".equalsIgnoreCase(dryRunQuery);
    RowImport.Outcome outcome;
    try (InputStream in = file.getContent()) {
      outcome = imports.importFile(kind, file.getFileName().orElse(null), in, dryRun);
    } catch (SpreadsheetReader.Refused e) {
      return refused(e);
    } catch (IOException e) {
      return refused(status(null), null, text.get("import.unreadable"));
    }
    RowImport.Check check = outcome.check();
    if (!check.valid()) {
      return Response.status(UNPROCESSABLE)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              new Problems(
                  check.problems().stream()
                      .map(p -> new Problem(p.row() == 0 ? null : p.row(), p.column(), p.message()))
                      .toList()))
          .build();
    }
    if (dryRun) {
      return Response.ok(
              new Imported(
                  0,
                  true,
                  check.records().stream()
                      .map(
                          p ->
                              new Record(
                                  p.row(), p.id(), p.label(), null, p.updates() ? "update" : "new"))
                      .toList(),
                  warnings(check)))
          .build();
    }
    String list = list(kind);
    return Response.status(Status.CREATED)
        .entity(
            new Imported(
                outcome.written().size(),
                null,
                outcome.written().stream()
                    .map(
                        w ->
                            new Record(
                                null,
                                w.id(),
                                w.label(),
                                uri.getBaseUriBuilder()
                                    .path(list)
                                    .path("{id}")
                                    .build(w.id())
                                    .toString(),
                                w.updated() ? "update" : "new"))
                    .toList(),
                warnings(check)))
        .build();
  }

  private static List<Problem> warnings(RowImport.Check check) {
    return check.warnings().stream()
        .map(w -> new Problem(w.row(), w.column(), w.message()))
        .toList();
  }

  /** The part of a multipart request with that name, or null. */
  private static EntityPart part(List<EntityPart> parts, String name) {
    return parts == null
        ? null
        : parts.stream().filter(p -> name.equals(p.getName())).findFirst().orElse(null);
  }

  private static String list(Kind kind) {
    return switch (kind) {
      case NETWORKS -> "networks";
      case ORGANISATIONS -> "organisations";
      case GRANTS -> "grants";
      case PEOPLE -> "people";
      case PROGRAMMES -> "programmes";
      case EVENTS -> "events";
      case INSIGHTS -> "insights";
    };
  }

  private Response refused(SpreadsheetReader.Refused e) {
    return refused(status(e.key()), e.key(), text.format(e.key(), e.arguments()));
  }

  /**
   * 413 for a file too large, 503 while two imports run, 400 for no file, else 422: the file is
   * there but cannot be imported.
   */
  private static int status(String key) {
    if (key == null) {
      return Status.BAD_REQUEST.getStatusCode();
    }
    return switch (key) {
      case "import.tooLarge" -> Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode();
      case ImportSlots.BUSY -> Status.SERVICE_UNAVAILABLE.getStatusCode();
      case "import.noFile" -> Status.BAD_REQUEST.getStatusCode();
      default -> UNPROCESSABLE;
    };
  }

  private static Response refused(int status, String key, String message) {
    Response.ResponseBuilder answer =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(new Problems(List.of(new Problem(null, null, message))));
    if (ImportSlots.BUSY.equals(key)) {
      answer.header(HttpHeaders.RETRY_AFTER, "60");
    }
    return answer.build();
  }
}
