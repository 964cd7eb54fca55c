package org.coproduction.landscape.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationLookup;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.RowImport;

/**
 * People from a spreadsheet (a contact list, the sign-up sheet of an event), each row checked
 * against the same rules as a person saved by hand: personal data needs its lawful basis, where
 * that basis comes from and the date it was recorded. The organisation is one already in the
 * record, named by its name (import the organisations first).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class PersonImport extends RowImport<Person> {

  public static final String NAME = "name",
      EMAIL = "email",
      ORGANISATION = "organisation",
      ROLE = "role",
      LAWFUL_BASIS = "lawful_basis",
      BASIS_SOURCE = "basis_source",
      BASIS_RECORDED_ON = "basis_recorded_on";

  /**
   * The columns an import understands; the name and the three parts of the lawful basis are
   * required.
   */
  public static final List<String> COLUMNS =
      List.of(NAME, EMAIL, ORGANISATION, ROLE, LAWFUL_BASIS, BASIS_SOURCE, BASIS_RECORDED_ON);

  private static final Map<String, String> COLUMN_OF_FIELD =
      Map.of(
          "lawfulBasis", LAWFUL_BASIS,
          "lawfulBasis.basis", LAWFUL_BASIS,
          "lawfulBasis.source", BASIS_SOURCE,
          "lawfulBasis.recordedOn", BASIS_RECORDED_ON);

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

  @Inject People people;

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of(NAME, LAWFUL_BASIS, BASIS_SOURCE, BASIS_RECORDED_ON);
  }

  @Override
  protected String columnOf(String field) {
    return COLUMN_OF_FIELD.getOrDefault(field, field);
  }

  @Override
  protected Person save(Person person) {
    return people.save(person);
  }

  @Override
  protected Function<Row, Person> reading(List<Map<String, String>> rows) {
    Map<String, List<Organisation>> organisations = organisationsNamed(rows);
    return row -> {
      Person p = Person.blank();
      p.setName(row.text(NAME));
      p.setEmail(row.text(EMAIL));
      p.setRole(row.text(ROLE));
      String organisation = row.text(ORGANISATION);
      if (organisation != null) {
        List<Organisation> found = organisations.getOrDefault(key(organisation), List.of());
        if (found.size() == 1) {
          p.setOrganisation(found.get(0));
        } else {
          row.problem(
              ORGANISATION,
              found.isEmpty()
                  ? "No organisation in the record is called '"
                      + organisation
                      + "': import or add the organisation first"
                  : found.size() + " organisations are called '" + organisation + "'");
        }
      }
      p.setLawfulBasis(
          LawfulBasis.asEntered(
              row.constant(LAWFUL_BASIS, LawfulBasis.Basis.class),
              row.text(BASIS_SOURCE),
              row.date(BASIS_RECORDED_ON)));
      return p;
    };
  }

  /** The organisations the file names, by name in lower case, looked up once for all rows. */
  private Map<String, List<Organisation>> organisationsNamed(List<Map<String, String>> rows) {
    Set<String> names = new HashSet<>();
    for (Map<String, String> cells : rows) {
      String name = new Row(0, cells, new ArrayList<>()).text(ORGANISATION);
      if (name != null) {
        names.add(key(name));
      }
    }
    Map<String, List<Organisation>> byName = new HashMap<>();
    byName.putAll(OrganisationLookup.byName(em, names));
    return byName;
  }

  private static String key(String name) {
    return OrganisationLookup.key(name);
  }
}
