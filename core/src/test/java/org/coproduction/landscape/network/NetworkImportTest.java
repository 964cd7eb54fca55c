package org.coproduction.landscape.network;

import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.testing.Boundaries;
import org.coproduction.landscape.vocabulary.Sector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rows of a network import checked against the domain's rules, with the real sectors of the test
 * database.
 */
class NetworkImportTest {

  @BeforeAll
  static void sectors() {
    inTransaction(
        em -> {
          em.persist(new Sector("IMPORT_T", "Import test sector"));
          em.persist(new Organisation("Import Host Trust", OrganisationType.CHARITY));
          em.persist(new Organisation("Import Twin Host", OrganisationType.CHARITY));
          em.persist(new Organisation("Import Twin Host", OrganisationType.COMPANY));
        });
  }

  private static <R> R withImport(Function<NetworkImport, R> work) {
    return inTransaction(
        em -> {
          return work.apply(Boundaries.wired(NetworkImport.class, em));
        });
  }

  private static long networksCalled(String prefix) {
    return inTransaction(
        em -> {
          return em.createQuery("select count(n) from Network n where n.name like :p", Long.class)
              .setParameter("p", prefix + "%")
              .getSingleResult();
        });
  }

  @Test
  void aValidFileWritesEveryNetwork() {
    List<RowImport.Written> written =
        withImport(
            i ->
                i.importAll(
                    List.of(
                        Map.of("name", "Written A", "scope", "LOCAL", "areas", "E12000003"),
                        Map.of("name", "Written B", "scope", "NATIONAL", "sectors", "IMPORT_T"))));
    assertEquals(List.of("Written A", "Written B"), written.stream().map(w -> w.label()).toList());
    assertEquals(2, networksCalled("Written "));
  }

  @Test
  void oneBadRowWritesNothingAndNamesItsRowAndColumn() {
    List<Map<String, String>> rows =
        List.of(
            Map.of("name", "Unwritten A", "scope", "LOCAL"),
            Map.of("name", "Unwritten B", "scope", "LOCAL", "founded_on", "31/02/2020"));
    InvalidRecordException e =
        assertThrows(InvalidRecordException.class, () -> withImport(i -> i.importAll(rows)));
    assertTrue(e.getMessage().contains("row 3, column founded_on"), e.getMessage());
    assertEquals(0, networksCalled("Unwritten "));
  }

  @Test
  void validRowsPass() {
    NetworkImport.Check check =
        withImport(
            i ->
                i.check(
                    List.of(
                        Map.of(
                            "name",
                            "Leeds carers",
                            "scope",
                            "local",
                            "areas",
                            "E12000003|E08000035",
                            "sectors",
                            "import_t",
                            "founded_on",
                            "19/11/2020"),
                        Map.of(
                            "name",
                            "Wales network",
                            "scope",
                            "National",
                            "status",
                            "dormant",
                            "membership_estimate",
                            "1,200"))));
    assertTrue(check.valid(), check.problems().toString());
    assertEquals(2, check.rows());
  }

  @Test
  void everyProblemIsNamedByRowAndColumn() {
    NetworkImport.Check check =
        withImport(
            i ->
                i.check(
                    List.of(
                        Map.of("name", "Fine", "scope", "LOCAL"),
                        Map.of(
                            "scope",
                            "galactic",
                            "areas",
                            "X123",
                            "sectors",
                            "NOPE",
                            "founded_on",
                            "2020-13-01"),
                        Map.of(
                            "name",
                            "Closed by import",
                            "scope",
                            "LOCAL",
                            "status",
                            "CLOSED",
                            "website",
                            "not a url",
                            "membership_estimate",
                            "many"))));
    assertEquals(3, check.rows());
    List<String> found = check.problems().stream().map(p -> p.row() + ":" + p.column()).toList();
    assertTrue(
        found.containsAll(
            List.of(
                "3:scope",
                "3:areas",
                "3:sectors",
                "3:founded_on",
                "3:name",
                "4:status",
                "4:website",
                "4:membership_estimate")),
        found.toString());
    assertTrue(
        check.problems().stream().noneMatch(p -> p.row() == 2),
        "the first data row (row 2) is fine");
    assertTrue(
        check.problems().stream().anyMatch(p -> p.message().contains("NOPE")),
        check.problems().toString());
  }

  @Test
  void aBlankRowKeepsItsNumberAndMakesNoNetwork() {
    NetworkImport.Check check =
        withImport(
            i ->
                i.check(
                    List.of(
                        Map.of("name", "Before the gap", "scope", "LOCAL"),
                        Map.of(),
                        Map.of("name", "After the gap", "scope", "orbital"))));
    assertEquals(2, check.rows());
    assertEquals(
        List.of("4:scope"),
        check.problems().stream().map(p -> p.row() + ":" + p.column()).toList());
  }

  @Test
  void tooManyRowsAreRefusedWhole() {
    List<Map<String, String>> rows =
        java.util.Collections.nCopies(
            NetworkImport.MAX_ROWS + 1, Map.of("name", "x", "scope", "LOCAL"));
    NetworkImport.Check check = withImport(i -> i.check(rows));
    assertEquals(1, check.problems().size());
    assertTrue(check.problems().get(0).message().contains("at most"));
  }

  @Test
  void aHostIsTheOrganisationOfThatNameInTheRecord() {
    withImport(
        i ->
            i.importAll(
                List.of(
                    Map.of("name", "Hosted A", "scope", "LOCAL", "host", " import host TRUST "))));
    String host =
        inTransaction(
            em -> {
              return em.createQuery(
                      "select n.host.name from Network n where n.name = 'Hosted A'", String.class)
                  .getSingleResult();
            });
    assertEquals("Import Host Trust", host);
  }

  @Test
  void aHostNotInTheRecordOrNamedTwiceIsAProblemOfItsRowAndWritesNothing() {
    List<Map<String, String>> rows =
        List.of(
            Map.of("name", "Unhosted A", "scope", "LOCAL", "host", "Import Host Trust"),
            Map.of("name", "Unhosted B", "scope", "LOCAL", "host", "Nobody Ltd"),
            Map.of("name", "Unhosted C", "scope", "LOCAL", "host", "Import Twin Host"));
    NetworkImport.Check check = withImport(i -> i.check(rows));
    assertEquals(
        List.of("3:host", "4:host"),
        check.problems().stream().map(p -> p.row() + ":" + p.column()).toList());
    assertTrue(check.problems().get(0).message().contains("Nobody Ltd"), check.toString());
    assertTrue(check.problems().get(1).message().contains("2 organisations"), check.toString());
    InvalidRecordException e =
        assertThrows(InvalidRecordException.class, () -> withImport(i -> i.importAll(rows)));
    assertTrue(e.getMessage().contains("row 3, column host"), e.getMessage());
    assertEquals(0, networksCalled("Unhosted "));
  }
}
