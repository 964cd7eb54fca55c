package org.coproduction.landscape.api;

import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The operations every kind of record shares, in the {@code /openapi} document. Payara builds the
 * document from the JAX-RS annotations, but not for methods a resource inherits from {@link
 * RecordResource} (it files them under {@code /null}): this reader describes them for each kind,
 * and the filter drops the {@code /null} entries. The kinds' own operations (closing a network, the
 * subject access export...) come from their annotations.
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
                  notFound(operation(tag, "Deletes the record (STAFF, ADMIN)", "204", "Deleted"))));
      paths.addPathItem(
          root + "/{id}/history",
          OASFactory.createPathItem()
              .addParameter(id())
              .GET(
                  operation(
                      tag,
                      "The record's history of changes, newest first",
                      "200",
                      "{items, page, size, total}")));
    }
    return OASFactory.createOpenAPI().paths(paths);
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      List.copyOf(openAPI.getPaths().getPathItems().keySet()).stream()
          .filter(path -> path.startsWith("/null"))
          .forEach(openAPI.getPaths()::removePathItem);
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

  private static Operation withBody(Operation operation) {
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
