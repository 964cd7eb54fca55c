package org.coproduction.landscape.people;

import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.testing.Boundaries;
import org.coproduction.landscape.testing.Rows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People from a spreadsheet, with their lawful basis, written all or nothing. */
class PersonImportTest {

  @BeforeAll
  static void organisations() {
    inTransaction(
        em -> {
          em.persist(new Organisation("People Import Trust", OrganisationType.CHARITY));
          em.persist(new Organisation("People Import Twin", OrganisationType.CHARITY));
          em.persist(new Organisation("People Import Twin", OrganisationType.COMPANY));
        });
  }

  private static <R> R withImport(Function<PersonImport, R> work) {
    return inTransaction(
        em -> {
          return work.apply(Boundaries.wired(PersonImport.class, em));
        });
  }

  private static List<Person> called(String prefix) {
    return inTransaction(
        em -> {
          return em.createQuery(
                  "select p from Person p left join fetch p.organisation where p.name like :p order by p.name",
                  Person.class)
              .setParameter("p", prefix + "%")
              .getResultList();
        });
  }

  private static Map<String, String> row(String name, String... more) {
    Map<String, String> row = new HashMap<>();
    row.put("name", name);
    row.put("lawful_basis", "legitimate interests");
    row.put("basis_source", "Sign-up sheet of the March workshop");
    row.put("basis_recorded_on", "14/03/2019");
    row.putAll(Rows.row(more));
    return row;
  }

  @Test
  void aValidFileWritesEveryPersonWithTheirOrganisationAndLawfulBasis() {
    List<RowImport.Written> written =
        withImport(
            i ->
                i.importAll(
                    List.of(
                        row(
                            "Imported Ada",
                            "organisation",
                            " people import TRUST ",
                            "role",
                            "Coordinator",
                            "email",
                            "ada@example.org"),
                        row("Imported Bo"))));
    assertEquals(
        List.of("Imported Ada", "Imported Bo"), written.stream().map(w -> w.label()).toList());
    List<Person> people = called("Imported ");
    Person ada = people.get(0);
    assertEquals("People Import Trust", ada.getOrganisation().getName());
    assertEquals("Coordinator", ada.getRole());
    assertEquals("ada@example.org", ada.getEmail());
    assertEquals(LawfulBasis.Basis.LEGITIMATE_INTERESTS, ada.getLawfulBasis().getBasis());
    assertEquals(LocalDate.of(2019, 3, 14), ada.getLawfulBasis().getRecordedOn());
    assertNull(people.get(1).getOrganisation());
  }

  @Test
  void everyProblemIsNamedByRowAndColumn() {
    Map<String, String> noBasis = row("Unbased");
    noBasis.remove("lawful_basis");
    noBasis.remove("basis_source");
    RowImport.Check check =
        withImport(
            i ->
                i.check(
                    List.of(
                        row("Fine"),
                        row("Lost", "organisation", "Nobody Ltd"),
                        row("Twinned", "organisation", "People Import Twin"),
                        row("Odd", "lawful_basis", "a hunch", "basis_recorded_on", "31/02/2020"),
                        noBasis,
                        row("", "email", "not an address"))));
    List<String> found = check.problems().stream().map(p -> p.row() + ":" + p.column()).toList();
    assertEquals(
        List.of(
            "3:organisation",
            "4:organisation",
            "5:basis_recorded_on",
            "5:lawful_basis",
            "6:basis_source",
            "6:lawful_basis",
            "7:email",
            "7:name"),
        found.stream().sorted().toList());
    assertTrue(check.problems().get(0).message().contains("Nobody Ltd"), check.toString());
    assertTrue(check.problems().get(1).message().contains("2 organisations"), check.toString());
  }

  @Test
  void oneBadRowWritesNothing() {
    List<Map<String, String>> rows =
        List.of(row("Unwritten A"), row("Unwritten B", "basis_recorded_on", "next week"));
    InvalidRecordException e =
        assertThrows(InvalidRecordException.class, () -> withImport(i -> i.importAll(rows)));
    assertTrue(e.getMessage().contains("row 3, column basis_recorded_on"), e.getMessage());
    assertEquals(0, called("Unwritten ").size());
  }
}
