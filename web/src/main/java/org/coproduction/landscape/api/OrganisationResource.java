package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduction.landscape.duplicates.Duplicates;
import org.coproduction.landscape.duplicates.Merges;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.organisation.OrgId;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationRole;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("organisations")
@RequestScoped
@Tag(
    name = "Organisations",
    description =
        "Filters: type, area (GSS code of a nation or English region), role (FUNDER also finds those that made a"
            + " grant), identifier (an Org-ID). Sort: name, type, area.")
public class OrganisationResource extends RecordResource<Organisation, OrganisationJson> {

  @Inject private Organisations organisations;

  @Inject private Duplicates duplicates;

  @Inject private Merges merges;

  public OrganisationResource() {
    super(Organisation.class, Organisation::blank, Map.of());
  }

  @GET
  @Path("duplicates")
  @Operation(
      summary = "Organisations that are likely one entered twice",
      description =
          "Pairs with the same name as people write it differently (case, accents, punctuation, & or"
              + " and, The, Ltd or Limited: reason SAME_NAME), then, on PostgreSQL with pg_trgm, pairs"
              + " whose names are at least `similarity` alike (0.3 to 1, 0.6 unless given: reason"
              + " SIMILAR_NAME); at most 200, each with both records' ids and versions. STAFF and ADMIN.")
  @APIResponse(responseCode = "200", description = "The pairs")
  @APIResponse(
      responseCode = "400",
      description = "A similarity that is not a number from 0.3 to 1")
  @APIResponse(responseCode = "403", description = "Not STAFF or ADMIN")
  public DuplicatesJson duplicates(@QueryParam("similarity") String similarity) {
    double alike = Duplicates.DEFAULT_SIMILARITY;
    if (similarity != null && !similarity.isBlank()) {
      try {
        alike = Double.parseDouble(similarity.strip());
      } catch (NumberFormatException e) {
        throw new InvalidRecordException(
            "similarity", "Give a similarity from 0.3 to 1, such as 0.6");
      }
    }
    return DuplicatesJson.ofOrganisations(
        alike, duplicates.comparesSimilarNames(), duplicates.organisations(alike));
  }

  @POST
  @Path("{id}/merge")
  @Operation(
      summary = "Merges an organisation entered twice into the one kept (STAFF, ADMIN)",
      description =
          "Everything that named it (grants it funded or received, its programmes, the networks it hosts, its people, the events it convened, places at events) names the kept organisation, with its Org-ID identifiers and roles; its website, area and description fill the kept one's blanks; its history becomes the kept one's, and one history entry says what was merged and what moved. Its address then answers 301 to the kept one's. Both versions must be those the caller read.")
  @APIResponse(responseCode = "200", description = "The kept record as it now stands")
  @APIResponse(
      responseCode = "400",
      description = "A field left out, a record merged into itself, no record to keep by that id")
  @APIResponse(responseCode = "403", description = "Not STAFF or ADMIN")
  @APIResponse(responseCode = "404", description = "No record to merge by that id")
  @APIResponse(
      responseCode = "409",
      description = "Either record changed after the versions sent were read; nothing was merged")
  public Response merge(@PathParam("id") long id, MergeJson json) {
    MergeJson merge = MergeJson.given(json);
    return Response.ok(
            toJson(merges.organisation(id, merge.version(), merge.into(), merge.intoVersion())))
        .build();
  }

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.ORGANISATIONS;
  }

  @Override
  protected Registry<Organisation> registry() {
    return organisations;
  }

  @Override
  protected OrganisationJson toJson(Organisation o) {
    return new OrganisationJson(
        o.getId(),
        o.getVersion(),
        o.getName(),
        nameOf(o.getType()),
        o.getIdentifiers().stream().map(OrgId::value).sorted().toList(),
        o.getRoles().stream().map(Enum::name).sorted().toList(),
        o.getWebsite(),
        o.getArea() == null ? null : o.getArea().gssCode(),
        o.getDescription());
  }

  @Override
  protected void apply(OrganisationJson json, Organisation o, Problems problems) {
    o.setName(json.name());
    o.setType(problems.enumValue("type", json.type(), OrganisationType.class));
    o.setIdentifiers(problems.orgIds("identifiers", json.identifiers()));
    Set<OrganisationRole> roles = EnumSet.noneOf(OrganisationRole.class);
    for (String role : json.roles() == null ? List.<String>of() : json.roles()) {
      OrganisationRole r = problems.enumValue("roles", role, OrganisationRole.class);
      if (r != null) {
        roles.add(r);
      }
    }
    o.setRoles(roles);
    o.setWebsite(json.website());
    Area area = problems.area("area", json.area());
    o.setArea(area);
    o.setDescription(json.description());
  }
}
