package org.coproduction.landscape.funding;

import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.testing.Boundaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grants from a spreadsheet with 360Giving's column titles, referring to organisations, networks
 * and programmes already in the test database.
 */
class GrantImportTest {

  @BeforeAll
  static void theRecordsGrantsReferTo() {
    inTransaction(
        em -> {
          Organisation funder =
              new Organisation("Grant import funder", OrganisationType.FUNDER)
                  .identifiedBy("GB-CHC-7100001");
          em.persist(funder);
          em.persist(
              new Organisation("Grant import recipient", OrganisationType.CHARITY)
                  .identifiedBy("GB-CHC-7100002"));
          em.persist(new Organisation("Grant import twin", OrganisationType.CHARITY));
          em.persist(new Organisation("Grant import twin", OrganisationType.COMPANY));
          Network network = Network.blank();
          network.setName("Grant import network");
          network.setScope(NetworkScope.LOCAL);
          em.persist(network);
          em.persist(new GrantProgramme("Grant import programme", "GIP", funder));
          Grant existing = new Grant("360G-GIT-existing", "Existing", "Already recorded", funder);
          existing.setRecipientNetwork(network);
          em.persist(existing);
        });
  }

  private static <R> R withImport(Function<GrantImport, R> work) {
    return inTransaction(
        em -> {
          return work.apply(Boundaries.wired(GrantImport.class, em));
        });
  }

  private static List<Grant> withIdentifiers(String prefix) {
    return inTransaction(
        em -> {
          return em.createQuery(
                  "select g from Grant g join fetch g.funder left join fetch g.recipientOrganisation"
                      + " left join fetch g.recipientNetwork left join fetch g.programme"
                      + " where g.identifier like :p order by g.identifier",
                  Grant.class)
              .setParameter("p", prefix + "%")
              .getResultList();
        });
  }

  private static Map<String, String> grant(String id, String... more) {
    Map<String, String> row = new HashMap<>();
    row.put("Identifier", id);
    row.put("Title", "Title of " + id);
    row.put("Description", "What " + id + " is for");
    row.put("Funding Org:Identifier", "GB-CHC-7100001");
    row.put("Recipient Org:Identifier", "GB-CHC-7100002");
    row.put("Amount Awarded", "£12,500.50");
    row.put("Award Date", "19/11/2020");
    for (int i = 0; i < more.length; i += 2) {
      row.put(more[i], more[i + 1]);
    }
    return row;
  }

  @Test
  void aFunderNamedAsPeopleWriteItDifferentlyIsTheOneRecorded() {
    withImport(
        i ->
            i.importAll(
                List.of(
                    grant(
                        "360G-GIT-named",
                        "Funding Org:Identifier",
                        "",
                        "Funding Org:Name",
                        "The Grant-Import Funder Ltd."))));
    Grant g = withIdentifiers("360G-GIT-named").get(0);
    assertEquals("Grant import funder", g.getFunder().getName());
  }

  @Test
  void aValidFileWritesEveryGrantWithWhatItRefersTo() {
    List<RowImport.Written> written =
        withImport(
            i ->
                i.importAll(
                    List.of(
                        grant(
                            "360G-GIT-a",
                            "Grant Programme:Title",
                            "grant import programme",
                            "Planned Dates:Start Date",
                            "2021-01-01",
                            "Planned Dates:End Date",
                            "31/12/2021",
                            "Beneficiary Location:Geographic Code",
                            "E12000003|E08000035",
                            "Currency",
                            "GBP"),
                        grant(
                            "360G-GIT-b",
                            "Funding Org:Identifier",
                            "",
                            "Funding Org:Name",
                            "Grant import funder",
                            "Recipient Org:Identifier",
                            "",
                            "Recipient Network",
                            "Grant import network",
                            "Status",
                            "applied",
                            "Amount Awarded",
                            "",
                            "Award Date",
                            "",
                            "Amount Applied For",
                            "4000"))));
    assertEquals(2, written.size());
    List<Grant> found = withIdentifiers("360G-GIT-");
    Grant a = found.get(0);
    assertEquals("360G-GIT-a", a.getIdentifier());
    assertEquals(GrantStatus.AWARDED, a.getStatus(), "a grant without a status is awarded");
    assertEquals(new BigDecimal("12500.50"), a.getAmountAwarded());
    assertEquals(LocalDate.of(2020, 11, 19), a.getAwardDate());
    assertEquals(LocalDate.of(2021, 12, 31), a.getPlannedEnd());
    assertEquals("Grant import funder", a.getFunder().getName());
    assertEquals("Grant import recipient", a.getRecipientOrganisation().getName());
    assertEquals("Grant import programme", a.getProgramme().getTitle());
    assertEquals(
        List.of(new AreaCode("E08000035"), new AreaCode("E12000003")),
        List.copyOf(a.getBeneficiaryAreas()));
    Grant b = found.get(1);
    assertEquals("360G-GIT-b", b.getIdentifier());
    assertEquals(GrantStatus.APPLIED, b.getStatus());
    assertEquals("Grant import network", b.getRecipientNetwork().getName());
    assertEquals(new BigDecimal("4000.00"), b.getAmountAppliedFor());
  }

  @Test
  void oneBadRowWritesNothingAndEveryProblemNamesItsRowAndColumn() {
    List<Map<String, String>> rows =
        List.of(
            grant("360G-GIX-fine"),
            grant(
                "360G-GIT-existing",
                "Funding Org:Identifier",
                "GB-CHC-7199999",
                "Recipient Org:Identifier",
                "",
                "Recipient Org:Name",
                "Grant import twin",
                "Currency",
                "EUR",
                "Amount Awarded",
                "12.345"),
            grant(
                "360G-GIX-fine",
                "Recipient Org:Identifier",
                "",
                "Recipient Org:Name",
                "Nobody at all",
                "Award Date",
                "2020-11-31",
                "Grant Programme:Title",
                "No such programme"));
    RowImport.Check check = withImport(i -> i.check(rows));
    List<String> found = check.problems().stream().map(p -> p.row() + ":" + p.column()).toList();
    assertEquals(
        List.of(
            "3:Identifier",
            "3:Currency",
            "3:Amount Awarded",
            "3:Funding Org:Identifier",
            "3:Recipient Org:Name",
            "4:Identifier",
            "4:Award Date",
            "4:Recipient Org:Name",
            "4:Grant Programme:Title"),
        found,
        check.problems().toString());
    String messages = check.problems().toString();
    assertTrue(messages.contains("already has the identifier 360G-GIT-existing"), messages);
    assertTrue(messages.contains("Row 2 of this file already has"), messages);
    assertTrue(messages.contains("No organisation in the record holds the identifier"), messages);
    assertTrue(messages.contains("2 organisations are called 'Grant import twin'"), messages);
    assertTrue(messages.contains("No organisation in the record is called 'Nobody"), messages);

    InvalidRecordException e =
        assertThrows(InvalidRecordException.class, () -> withImport(i -> i.importAll(rows)));
    assertTrue(e.getMessage().contains("row 3, column Identifier"), e.getMessage());
    assertEquals(List.of(), withIdentifiers("360G-GIX-"), "nothing is written");
  }
}
