package org.coproduction.landscape.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationLookup;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.RowImport;

/**
 * Grant programmes from a spreadsheet (a funder's list of its funds), before the grants that name
 * them: each row checked against the same rules as a programme saved by hand. The funder is an
 * organisation already in the record, named by an Org-ID identifier (GB-CHC-1164883) or by its
 * name.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class ProgrammeImport extends RowImport<GrantProgramme> {

  public static final String CODE = "code", TITLE = "title", FUNDER = "funder";

  /** The columns an import understands; {@code title} and {@code funder} are required. */
  public static final List<String> COLUMNS = List.of(CODE, TITLE, FUNDER, "description");

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

  @Inject Programmes programmes;

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of(TITLE, FUNDER);
  }

  @Override
  protected GrantProgramme save(GrantProgramme programme) {
    return programmes.save(programme);
  }

  @Override
  protected Function<Row, GrantProgramme> reading(List<Map<String, String>> rows) {
    Map<String, List<Organisation>> funders = OrganisationLookup.namedIn(em, rows, FUNDER);
    return row -> {
      GrantProgramme p = new GrantProgramme(row.text(TITLE), row.text(CODE), null);
      p.setDescription(row.text("description"));
      String funder = row.text(FUNDER);
      if (funder != null) {
        List<Organisation> found = funders.getOrDefault(key(funder), List.of());
        if (found.size() == 1) {
          p.setFunder(found.get(0));
        } else {
          row.problem(
              FUNDER,
              found.isEmpty()
                  ? "No organisation in the record is called or identified '"
                      + funder
                      + "': import or add the funder first"
                  : found.size()
                      + " organisations are called '"
                      + funder
                      + "': name it by its Org-ID identifier");
        }
      }
      return p;
    };
  }

  private static String key(String name) {
    return OrganisationLookup.key(name);
  }
}
