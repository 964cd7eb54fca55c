package org.coproduction.landscape.funding;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A funder's programmes from a spreadsheet, written all or nothing. */
class ProgrammeImportTest {

  @BeforeAll
  static void funders() {
    inTransaction(
        em -> {
          em.persist(
              new Organisation("Programme Import Fund", OrganisationType.FUNDER)
                  .identifiedBy("GB-CHC-7100031"));
          em.persist(new Organisation("Programme Twin Fund", OrganisationType.FUNDER));
          em.persist(new Organisation("Programme Twin Fund", OrganisationType.CHARITY));
        });
  }

  private static <R> R withImport(Function<ProgrammeImport, R> work) {
    return inTransaction(
        em -> {
          return work.apply(Boundaries.wired(ProgrammeImport.class, em));
        });
  }

  private static List<String> fundersOf(String prefix) {
    return inTransaction(
        em -> {
          return em.createQuery(
                  "select p.funder.name from GrantProgramme p where p.title like :p order by p.title",
                  String.class)
              .setParameter("p", prefix + "%")
              .getResultList();
        });
  }

  @Test
  void aFunderIsNamedByItsOrgIdOrItsName() {
    List<RowImport.Written> written =
        withImport(
            i ->
                i.importAll(
                    List.of(
                        Map.of("title", "Imported fund A", "code", "A", "funder", "GB-CHC-7100031"),
                        Map.of(
                            "title",
                            "Imported fund B",
                            "funder",
                            "programme import fund",
                            "description",
                            "Small grants"))));
    assertEquals(2, written.size());
    assertEquals(
        List.of("Programme Import Fund", "Programme Import Fund"), fundersOf("Imported fund "));
  }

  @Test
  void everyProblemIsNamedByRowAndColumnAndNothingIsWritten() {
    List<Map<String, String>> rows =
        List.of(
            Map.of("title", "Unwritten fund A", "funder", "GB-CHC-7100031"),
            Map.of("title", "Unwritten fund B", "funder", "GB-CHC-7199999"),
            Map.of("title", "Unwritten fund C", "funder", "Programme Twin Fund"),
            Map.of("funder", "GB-CHC-7100031"),
            Map.of("title", "Unwritten fund E"));
    RowImport.Check check = withImport(i -> i.check(rows));
    assertEquals(
        List.of("3:funder", "4:funder", "5:title", "6:funder"),
        check.problems().stream().map(p -> p.row() + ":" + p.column()).toList());
    assertTrue(check.problems().get(1).message().contains("2 organisations"), check.toString());
    InvalidRecordException e =
        assertThrows(InvalidRecordException.class, () -> withImport(i -> i.importAll(rows)));
    assertTrue(e.getMessage().contains("row 3, column funder"), e.getMessage());
    assertEquals(List.of(), fundersOf("Unwritten fund "));
  }
}
