package org.coproduction.landscape.api;

import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduction.landscape.reports.lists.ListDownloads;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The {@code /openapi} document of the whole API. Payara builds it from the JAX-RS annotations, but
 * not for methods a resource inherits from {@link RecordResource} (it files them under {@code
 * /null}): this reader describes them for each kind, and the filter drops the {@code /null}
 * entries, names each operation, and adds the answers every operation can give (401 without
 * sign-in; 400 and 415 for a body). The kinds' own operations (closing a network, the subject
 * access export...) come from their annotations. {@code OpenApiIT} holds the document to what the
 * resources really serve.
 */
public class OpenApiDocument implements OASModelReader, OASFilter {

  /** The kinds of record with the shared operations. */
  static final List<Class<? extends RecordResource<?, ?>>> KINDS =
      List.of(
          NetworkResource.class,
          OrganisationResource.class,
          PersonResource.class,
          GrantResource.class,
          ProgrammeResource.class,
          EventResource.class,
          InsightResource.class,
          SectorResource.class,
          ThemeResource.class);

  @Override
  public OpenAPI buildModel() {
    Paths paths = OASFactory.createPaths();
    for (Class<?> kind : KINDS) {
      String root = "/" + LandscapeApi.PATH + "/" + kind.getAnnotation(Path.class).value();
      String tag =
          kind.getAnnotation(org.eclipse.microprofile.openapi.annotations.tags.Tag.class).name();
      paths.addPathItem(
          root,
          OASFactory.createPathItem()
              .GET(
                  operation(tag, "A page of the list", "200", "{items, page, size, total}")
                      .addParameter(query("page", Schema.SchemaType.INTEGER, "The page, from 0"))
                      .addParameter(
                          query(
                              "size",
                              Schema.SchemaType.INTEGER,
                              "Records a page, 1 to 500; 20 by default"))
                      .addParameter(
                          query(
                              "sort",
                              Schema.SchemaType.STRING,
                              "A field, e.g. name, -name or name,desc"))
                      .addParameter(query("q", Schema.SchemaType.STRING, "Free text"))
                      .description(
                          "Further query parameters are the filters this kind understands (see its tag)."))
              .POST(
                  withBody(
                      operation(
                          tag,
                          "Records a new one (STAFF, ADMIN)",
                          "201",
                          "Created; Location names it"))));
      paths.addPathItem(
          root + "/{id}",
          OASFactory.createPathItem()
              .addParameter(id())
              .GET(notFound(operation(tag, "One record", "200", "The record")))
              .PUT(
                  conflict(
                          notFound(
                              withBody(
                                  operation(
                                      tag,
                                      "Replaces the record (STAFF, ADMIN)",
                                      "200",
                                      "The record as saved"))))
                      .description(
                          "Send the version you read: an older one is refused with 409. Fields left out are cleared."))
              .DELETE(
                  versionRequired(
                          conflict(
                              notFound(
                                  operation(
                                      tag, "Deletes the record (STAFF, ADMIN)", "204", "Deleted"))))
                      .addParameter(
                          OASFactory.createParameter()
                              .name("If-Match")
                              .in(Parameter.In.HEADER)
                              .description("The version read, as the GET's ETag gave it: \"3\"")
                              .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)))
                      .addParameter(
                          query(
                              "version",
                              Schema.SchemaType.INTEGER,
                              "The version read, when If-Match cannot be sent"))
                      .description(
                          "Send the version you read (If-Match or ?version=): an older one is refused"
                              + " with 409 and nothing is deleted; none at all is a 428.")));
      paths.addPathItem(
          root + "/{id}/history",
          OASFactory.createPathItem()
              .addParameter(id())
              .GET(
                  operation(
                          tag,
                          "The record's history of changes, newest first",
                          "200",
                          "{items, page, size, total}")
                      .addParameter(query("page", Schema.SchemaType.INTEGER, "The page, from 0"))
                      .addParameter(
                          query(
                              "size",
                              Schema.SchemaType.INTEGER,
                              "Entries a page, 1 to 500; 20 by default"))));
      for (ListDownloads.Format format : ListDownloads.Format.values()) {
        paths.addPathItem(root + "/export." + format.extension(), export(tag, kind, format));
      }
    }
    return OASFactory.createOpenAPI().paths(paths);
  }

  /** {@code GET /api/<kind>/export.xlsx} and {@code export.csv}: the whole list as a file. */
  private static PathItem export(String tag, Class<?> kind, ListDownloads.Format format) {
    Operation operation =
        OASFactory.createOperation()
            .addTag(tag)
            .summary(
                format == ListDownloads.Format.XLSX
                    ? "The whole list as a workbook"
                    : "The whole list as a CSV file")
            .description(
                "Every record the list with the same parameters counts, in its order (page and size"
                    + " are ignored); further query parameters are the filters this kind understands."
                    + (format == ListDownloads.Format.XLSX
                        ? " A sheet of the rows, then an About sheet."
                        : " UTF-8 with a byte order mark, a header row of titles; text a spreadsheet"
                            + " could run as a formula starts with an apostrophe.")
                    + (kind == PersonResource.class ? " For administrators only." : ""))
            .addParameter(
                query("sort", Schema.SchemaType.STRING, "A field, e.g. name, -name or name,desc"))
            .addParameter(query("q", Schema.SchemaType.STRING, "Free text"))
            .responses(
                OASFactory.createAPIResponses()
                    .addAPIResponse(
                        "200",
                        OASFactory.createAPIResponse()
                            .description("The file, named in Content-Disposition")
                            .content(
                                OASFactory.createContent()
                                    .addMediaType(
                                        format.mediaType().replaceFirst(";.*", ""),
                                        OASFactory.createMediaType()
                                            .schema(
                                                OASFactory.createSchema()
                                                    .type(Schema.SchemaType.STRING)
                                                    .format("binary")))))
                    .addAPIResponse(
                        "400",
                        OASFactory.createAPIResponse()
                            .description(
                                "An unknown filter or sort, or a value that cannot be read")
                            .content(json()))
                    .addAPIResponse(
                        "403",
                        OASFactory.createAPIResponse().description("The role may not do this"))
                    .addAPIResponse(
                        "503",
                        OASFactory.createAPIResponse()
                            .description(
                                "Too many documents are being produced; Retry-After says when to"
                                    + " try again")));
    return OASFactory.createPathItem().GET(operation);
  }

  /**
   * Drops the {@code /null} entries, names every operation uniquely, and adds the answers every
   * operation of the API can give: 401 (the whole API asks for sign-in), and for an operation with
   * a body, 400 (a body that cannot be read) and 415 (a body of another media type). Also removes
   * the list of endpoints that Payara adds to the document, which is no part of OpenAPI.
   */
  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    forgetServerEndpoints(openAPI);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    List.copyOf(openAPI.getPaths().getPathItems().keySet()).stream()
        .filter(path -> path.startsWith("/null"))
        .forEach(openAPI.getPaths()::removePathItem);
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach(
                        (method, operation) -> {
                          operation.operationId(operationId(method, path));
                          answerAlso(operation, "401", "Not signed in (HTTP Basic)");
                          if (operation.getRequestBody() != null) {
                            answerAlso(
                                operation,
                                "400",
                                "The body cannot be read: {errors: [{field, message}]}");
                            answerAlso(
                                operation,
                                "415",
                                "The body is not "
                                    + String.join(
                                        " or ",
                                        operation
                                            .getRequestBody()
                                            .getContent()
                                            .getMediaTypes()
                                            .keySet()));
                          }
                        }));
  }

  /**
   * {@code getNetworksByIdHistory} for {@code GET /api/networks/{id}/history}: unique, as each
   * method and path is, and stable for generated clients.
   */
  static String operationId(PathItem.HttpMethod method, String path) {
    StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(LandscapeApi.PATH)) {
        continue;
      }
      for (String word : segment.split("[^A-Za-z0-9{]+")) {
        if (word.startsWith("{")) {
          id.append("By");
          word = word.substring(1);
        }
        if (!word.isEmpty()) {
          id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
      }
    }
    return id.toString();
  }

  private static void answerAlso(Operation operation, String status, String description) {
    if (operation.getResponses() == null) {
      operation.responses(OASFactory.createAPIResponses());
    }
    if (!operation.getResponses().hasAPIResponse(status)) {
      operation
          .getResponses()
          .addAPIResponse(status, OASFactory.createAPIResponse().description(description));
    }
  }

  /**
   * Payara adds its own {@code endpoints} (each application's paths) beside the OpenAPI fields,
   * which a validator refuses; other implementations have no such method.
   */
  private static void forgetServerEndpoints(OpenAPI openAPI) {
    try {
      if (openAPI.getClass().getMethod("getEndpoints").invoke(openAPI) instanceof Map<?, ?> m) {
        m.clear();
      }
    } catch (ReflectiveOperationException | UnsupportedOperationException e) {
      // Not Payara's model, or nothing to clear.
    }
  }

  private static Operation operation(String tag, String summary, String status, String what) {
    APIResponses responses =
        OASFactory.createAPIResponses()
            .addAPIResponse(
                status, OASFactory.createAPIResponse().description(what).content(json()))
            .addAPIResponse(
                "400",
                OASFactory.createAPIResponse()
                    .description("{errors: [{field, message}]}")
                    .content(json()))
            .addAPIResponse("401", OASFactory.createAPIResponse().description("Not signed in"))
            .addAPIResponse(
                "403", OASFactory.createAPIResponse().description("The role may not do this"));
    return OASFactory.createOperation().addTag(tag).summary(summary).responses(responses);
  }

  private static Operation notFound(Operation operation) {
    operation
        .getResponses()
        .addAPIResponse(
            "404", OASFactory.createAPIResponse().description("No record with that id"));
    return operation;
  }

  private static Operation conflict(Operation operation) {
    operation
        .getResponses()
        .addAPIResponse(
            "409", OASFactory.createAPIResponse().description("Changed by someone else since"));
    return operation;
  }

  private static Operation versionRequired(Operation operation) {
    answerAlso(operation, "428", "No version sent: {errors: [{field, message}]}");
    return operation;
  }

  private static Operation withBody(Operation operation) {
    operation
        .getResponses()
        .addAPIResponse(
            "415", OASFactory.createAPIResponse().description("The body is not application/json"));
    return operation.requestBody(OASFactory.createRequestBody().required(true).content(json()));
  }

  private static Content json() {
    return OASFactory.createContent()
        .addMediaType(
            "application/json",
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)));
  }

  private static Parameter query(String name, Schema.SchemaType type, String description) {
    return OASFactory.createParameter()
        .name(name)
        .in(Parameter.In.QUERY)
        .description(description)
        .schema(OASFactory.createSchema().type(type));
  }

  private static Parameter id() {
    return OASFactory.createParameter()
        .name("id")
        .in(Parameter.In.PATH)
        .required(true)
        .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER));
  }
}
