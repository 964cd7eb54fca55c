package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.organisation.OrgId;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationRole;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.reports.lists.RecordSheet;
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

  public OrganisationResource() {
    super(Organisation.class, Organisation::blank, Map.of());
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
