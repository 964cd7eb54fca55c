package org.coproduction.landscape.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.organisation.OrgId;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationRole;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.web.faces.EditRecord;

/**
 * Adding an organisation or editing one: its name and type, its Org-ID identifiers (one a line,
 * e.g. GB-CHC-1164883), the parts it plays, where it is based, its website and description.
 */
@Named
@ViewScoped
public class EditOrganisation extends EditRecord<Organisation> {

  private static final long serialVersionUID = 1L;

  public EditOrganisation() {
    super(Organisation.class, "organisation", "/organisations/view", "form.organisation.new");
  }

  @Inject Organisations organisations;

  private String identifiers = "";
  private List<String> roles = new ArrayList<>();
  private String areaCode;

  @Override
  protected Registry<Organisation> registry() {
    return organisations;
  }

  @Override
  protected Organisation blank() {
    return Organisation.blank();
  }

  @Override
  protected void loaded(Organisation o) {
    identifiers = o.getIdentifiers().stream().map(OrgId::value).collect(Collectors.joining("\n"));
    roles = o.getRoles().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    areaCode = o.getArea() == null ? null : o.getArea().gssCode();
  }

  @Override
  protected void beforeSave(Organisation o) {
    Set<OrgId> ids = new TreeSet<>();
    for (String line : identifiers == null ? new String[0] : identifiers.split("[\\r\\n,]+")) {
      if (!line.isBlank()) {
        try {
          ids.add(new OrgId(line));
        } catch (IllegalArgumentException e) {
          throw new InvalidRecordException("identifiers", e.getMessage());
        }
      }
    }
    o.setIdentifiers(ids);
    Set<OrganisationRole> chosen = EnumSet.noneOf(OrganisationRole.class);
    roles.forEach(r -> chosen.add(OrganisationRole.valueOf(r)));
    o.setRoles(chosen);
    o.setArea(
        areaCode == null || areaCode.isBlank() ? null : Area.ofGssCode(areaCode).orElse(null));
  }

  @Override
  protected void compare(Comparison c, Organisation theirs, Organisation yours) {
    c.add("form.organisation.name", theirs.getName(), yours.getName())
        .add("form.organisation.type", theirs.getType(), yours.getType())
        .add(
            "form.organisation.identifiers",
            theirs.getIdentifiers().stream().map(OrgId::value).collect(Collectors.joining(", ")),
            Arrays.stream(identifiers.split("[\\r\\n,]+"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining(", ")))
        .addAll(
            "form.organisation.roles",
            theirs.getRoles(),
            roles.stream().map(OrganisationRole::valueOf).toList(),
            r -> text.of(r))
        .add(
            "form.organisation.area",
            theirs.getArea() == null ? null : theirs.getArea().displayName(),
            Area.ofGssCode(areaCode == null ? "" : areaCode).map(Area::displayName).orElse(null))
        .add("edit.website", theirs.getWebsite(), yours.getWebsite())
        .add("edit.description", theirs.getDescription(), yours.getDescription());
  }

  public String getIdentifiers() {
    return identifiers;
  }

  public void setIdentifiers(String identifiers) {
    this.identifiers = identifiers == null ? "" : identifiers;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public String getAreaCode() {
    return areaCode;
  }

  public void setAreaCode(String areaCode) {
    this.areaCode = areaCode;
  }
}
