package org.coproduction.landscape.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.RowImport;

/**
 * Organisations from a spreadsheet: charities, community groups, councils, funders... each row
 * checked against the same rules as an organisation saved by hand. An organisation may hold several
 * Org-ID identifiers ({@code GB-CHC-1164883|GB-COH-09506232}); an identifier already held by an
 * organisation in the record, or given twice in the file, is a problem of its row. A row whose name
 * is that of an organisation in the record, or of an earlier row, written differently ({@link
 * Organisation#nameKey}), is named in a warning: likely the same organisation entered twice.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class OrganisationImport extends RowImport<Organisation> {

  /** The columns an import understands; {@code name} and {@code type} are required. */
  public static final List<String> COLUMNS =
      List.of("name", "type", "org_id", "area", "roles", "website", "description");

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

  @Inject Organisations organisations;

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("name", "type");
  }

  @Override
  protected String columnOf(String field) {
    return field.equals("identifiers") ? "org_id" : field;
  }

  @Override
  protected Organisation save(Organisation organisation) {
    return organisations.save(organisation);
  }

  @Override
  protected Function<Row, Organisation> reading(List<Map<String, String>> rows) {
    Map<OrgId, Organisation> held = alreadyHeld(rows);
    Map<OrgId, Integer> inFile = new HashMap<>();
    Map<String, List<Organisation>> recorded = OrganisationLookup.byName(em, namesIn(rows));
    Map<String, Integer> named = new HashMap<>();
    return row -> {
      Organisation o = Organisation.blank();
      o.setName(row.text("name"));
      if (o.getName() != null) {
        String key = Organisation.nameKey(o.getName());
        List<Organisation> same = recorded.get(key);
        Integer earlier = named.putIfAbsent(key, row.number());
        if (same != null) {
          row.warn(
              "name",
              "Likely already in the record as "
                  + String.join(
                      ", ",
                      same.stream().map(r -> "'" + r.getName() + "' (#" + r.getId() + ")").toList())
                  + ": leave the row out, or merge the two on the Duplicates screen after importing");
        } else if (earlier != null) {
          row.warn(
              "name",
              "Likely the same organisation as row "
                  + earlier
                  + " of this file, its name written differently");
        }
      }
      o.setType(row.constant("type", OrganisationType.class));
      Set<OrgId> ids = new TreeSet<>();
      for (String value : row.list("org_id")) {
        OrgId id;
        try {
          id = new OrgId(value);
        } catch (IllegalArgumentException e) {
          row.problem("org_id", e.getMessage());
          continue;
        }
        if (held.containsKey(id)) {
          Organisation holder = held.get(id);
          row.problem(
              "org_id",
              "'"
                  + holder.getName()
                  + "' (#"
                  + holder.getId()
                  + ") in the record already holds the identifier "
                  + id
                  + ": it is likely this organisation");
        } else if (inFile.containsKey(id) && inFile.get(id) != row.number()) {
          row.problem(
              "org_id",
              "Row " + inFile.get(id) + " of this file already gives the identifier " + id);
        } else {
          inFile.put(id, row.number());
          ids.add(id);
        }
      }
      o.setIdentifiers(ids);
      String area = row.text("area");
      if (area != null) {
        Area.ofGssCode(area.toUpperCase(Locale.ROOT))
            .ifPresentOrElse(
                o::setArea,
                () ->
                    row.problem(
                        "area",
                        "'"
                            + area
                            + "' is not the GSS code of a nation or an English region (e.g. E12000003)"));
      }
      Set<OrganisationRole> roles = EnumSet.noneOf(OrganisationRole.class);
      roles.addAll(row.constants("roles", OrganisationRole.class));
      o.setRoles(roles);
      o.setWebsite(row.text("website"));
      o.setDescription(row.text("description"));
      return o;
    };
  }

  /** The names the rows give, as they are compared. */
  private static Set<String> namesIn(List<Map<String, String>> rows) {
    Set<String> keys = new HashSet<>();
    for (Map<String, String> cells : rows) {
      String name = cells.get("name");
      if (name != null && !name.isBlank()) {
        keys.add(Organisation.nameKey(name));
      }
    }
    return keys;
  }

  /** The identifiers of the file that organisations in the record already hold, with them. */
  private Map<OrgId, Organisation> alreadyHeld(List<Map<String, String>> rows) {
    List<OrgId> given = new ArrayList<>();
    for (Map<String, String> cells : rows) {
      for (String value : new Row(0, cells, new ArrayList<>()).list("org_id")) {
        if (OrgId.isValid(value)) {
          given.add(new OrgId(value));
        }
      }
    }
    return OrganisationLookup.byOrgId(em, given);
  }
}
