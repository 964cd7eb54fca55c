package org.coproduction.landscape.organisation;

import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.testing.Boundaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Organisations from a spreadsheet, written all or nothing into the test database. */
class OrganisationImportTest {

  @BeforeAll
  static void anOrganisationAlreadyRecorded() {
    inTransaction(
        em -> {
          em.persist(
              new Organisation("Held already", OrganisationType.CHARITY)
                  .identifiedBy("GB-CHC-7000001"));
        });
  }

  private static <R> R withImport(Function<OrganisationImport, R> work) {
    return inTransaction(
        em -> {
          return work.apply(Boundaries.wired(OrganisationImport.class, em));
        });
  }

  private static List<Organisation> called(String prefix) {
    return inTransaction(
        em -> {
          return em
              .createQuery(
                  "select o from Organisation o left join fetch o.identifiers where o.name like :p order by o.name",
                  Organisation.class)
              .setParameter("p", prefix + "%")
              .getResultList()
              .stream()
              .distinct()
              .toList();
        });
  }

  @Test
  void rowsThatLookLikeAnOrganisationRecordedOrAnEarlierRowAreNamedButNotRefused() {
    RowImport.Check check =
        withImport(
            i ->
                i.check(
                    List.of(
                        Map.of("name", "The Held Already Ltd.", "type", "charity"),
                        Map.of("name", "Warned Twice & Partners", "type", "charity"),
                        Map.of("name", "warned twice and partners", "type", "charity"),
                        Map.of("name", "Not warned at all", "type", "charity"))));
    assertTrue(check.valid(), check.toString());
    assertEquals(4, check.records().size());
    List<RowImport.Problem> warnings = check.warnings();
    assertEquals(2, warnings.size(), warnings.toString());
    assertEquals(2, warnings.get(0).row());
    assertEquals("name", warnings.get(0).column());
    assertTrue(
        warnings.get(0).message().startsWith("Likely already in the record as 'Held already' (#"),
        warnings.get(0).message());
    assertEquals(4, warnings.get(1).row());
    assertTrue(
        warnings.get(1).message().contains("as row 3 of this file"), warnings.get(1).message());
  }

  @Test
  void aValidFileWritesEveryOrganisationWithItsIdentifiersAndHistory() {
    List<RowImport.Written> written =
        withImport(
            i ->
                i.importAll(
                    List.of(
                        Map.of(
                            "name",
                            "Imported trust",
                            "type",
                            "Funder",
                            "org_id",
                            "GB-CHC-7000002 | GB-COH-07000002",
                            "area",
                            "e12000003",
                            "roles",
                            "funder|convenor",
                            "website",
                            "https://trust.example"),
                        Map.of("name", "Imported group", "type", "community group"))));
    assertEquals(2, written.size());
    List<Organisation> found = called("Imported ");
    assertEquals(
        List.of("Imported group", "Imported trust"),
        found.stream().map(Organisation::getName).toList());
    Organisation trust = found.get(1);
    assertEquals(OrganisationType.FUNDER, trust.getType());
    assertEquals(Area.YORKSHIRE_AND_THE_HUMBER, trust.getArea());
    assertEquals(
        List.of("GB-CHC-7000002", "GB-COH-07000002"),
        trust.getIdentifiers().stream().map(OrgId::value).sorted().toList());
    assertEquals(OrganisationType.COMMUNITY_GROUP, found.get(0).getType());
    long history =
        inTransaction(
            em -> {
              return em.createQuery(
                      "select count(a) from AuditEntry a where a.recordId = :id and a.action = org.coproduction.landscape.audit.AuditEntry.Action.CREATE",
                      Long.class)
                  .setParameter("id", trust.getId())
                  .getSingleResult();
            });
    assertEquals(1, history, "each organisation written has its history entry");
  }

  @Test
  void oneBadRowWritesNothingAndEveryProblemNamesItsRowAndColumn() {
    List<Map<String, String>> rows =
        List.of(
            Map.of("name", "Not written good", "type", "CHARITY", "org_id", "GB-CHC-7000003"),
            Map.of(
                "name",
                "Not written bad",
                "type",
                "spaceship",
                "org_id",
                "GB-CHC-7000001|XX-123|GB-CHC-7000003",
                "area",
                "E08000035",
                "roles",
                "patron",
                "website",
                "not a url"),
            Map.of("type", "CHARITY"));
    RowImport.Check check = withImport(i -> i.check(rows));
    List<String> found = check.problems().stream().map(p -> p.row() + ":" + p.column()).toList();
    assertEquals(
        List.of(
            "3:type",
            "3:org_id",
            "3:org_id",
            "3:org_id",
            "3:area",
            "3:roles",
            "3:website",
            "4:name"),
        found,
        check.problems().toString());
    String messages = check.problems().toString();
    assertTrue(
        messages.contains("'Held already' (#")
            && messages.contains("already holds the identifier GB-CHC-7000001"),
        messages);
    assertTrue(messages.contains("Row 2 of this file already gives"), messages);
    assertTrue(messages.contains("'spaceship'"), messages);

    InvalidRecordException e =
        assertThrows(InvalidRecordException.class, () -> withImport(i -> i.importAll(rows)));
    assertTrue(e.getMessage().contains("row 3, column type"), e.getMessage());
    assertEquals(List.of(), called("Not written"), "nothing is written");
  }
}
