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

  /** Rows as a funder publishes them: its own identifiers, its recipients, its programme. */
  private static List<Map<String, String>> published() {
    Map<String, String> funder =
        Map.of(
            "Funding Org:Identifier", "GB-CHC-7300001",
            "Funding Org:Name", "Published Funder",
            "Grant Programme:Code", "PF-1",
            "Grant Programme:Title", "Community Fund");
    List<Map<String, String>> rows = new java.util.ArrayList<>();
    for (String[] r :
        new String[][] {
          {"360G-PUB-1", "360G-pub-small", "Small Group", "2019-03-29T00:00:00+00:00", "E12000003"},
          {"360G-PUB-2", "GB-COH-07300002", "A Company Ltd", "2019-04-01", "E12000003|E05011111"},
        }) {
      Map<String, String> row = grant(r[0], "Recipient Org:Identifier", r[1]);
      row.putAll(funder);
      row.put("Recipient Org:Name", r[2]);
      row.put("Award Date", r[3]);
      row.put("Beneficiary Location:Geographic Code", r[4]);
      rows.add(row);
    }
    Map<String, String> existing =
        grant(
            "360G-GIT-existing",
            "Funding Org:Identifier",
            "",
            "Recipient Org:Identifier",
            "",
            "Title",
            "Existing, as published",
            "Description",
            "",
            "Amount Awarded",
            "5000",
            "Award Date",
            "2014-07-24T00:00:00Z");
    rows.add(existing);
    return rows;
  }

  @Test
  void aPublishedFileAddsItsFunderRecipientsAndProgrammeOnceAndUpdatesTheGrantsAlreadyRecorded() {
    RowImport.Check check = withImport(i -> i.check(published()));
    assertTrue(check.valid(), check.problems().toString());
    assertEquals(
        List.of("2 new", "3 new", "4 update"),
        check.records().stream().map(p -> p.row() + (p.updates() ? " update" : " new")).toList());
    assertEquals(1, check.updates());
    String warnings = check.warnings().toString();
    assertEquals(
        1,
        warnings.split("'Published Funder' \\(GB-CHC-7300001\\) is not in the record", -1).length
            - 1,
        "the funder is named once: " + warnings);
    assertTrue(warnings.contains("'Small Group' (360G-pub-small) is not in the record"), warnings);
    assertTrue(
        warnings.contains("'Community Fund' is not a programme of Published Funder yet"), warnings);
    assertTrue(
        warnings.contains("E05011111: GSS codes of areas this record does not keep"), warnings);

    List<RowImport.Written> written = withImport(i -> i.importAll(published()));
    assertEquals(
        List.of(false, false, true), written.stream().map(RowImport.Written::updated).toList());
    inTransaction(
        em -> {
          List<Organisation> funders =
              em.createQuery(
                      "select o from Organisation o where o.name = 'Published Funder'",
                      Organisation.class)
                  .getResultList();
          assertEquals(1, funders.size(), "added once for both rows");
          Organisation funder = funders.get(0);
          assertEquals(OrganisationType.FUNDER, funder.getType());
          assertTrue(
              funder
                  .getRoles()
                  .contains(org.coproduction.landscape.organisation.OrganisationRole.FUNDER));
          assertEquals("GB-CHC-7300001", funder.getIdentifiers().iterator().next().value());
          assertEquals(
              OrganisationType.COMPANY,
              em.createQuery(
                      "select o from Organisation o where o.name = 'A Company Ltd'",
                      Organisation.class)
                  .getSingleResult()
                  .getType());
          GrantProgramme programme =
              em.createQuery(
                      "select p from GrantProgramme p where p.code = 'PF-1'", GrantProgramme.class)
                  .getSingleResult();
          assertEquals("Community Fund", programme.getTitle());
          assertEquals(funder.getId(), programme.getFunder().getId());
          return null;
        });
    List<Grant> pub = withIdentifiers("360G-PUB-");
    assertEquals(LocalDate.of(2019, 3, 29), pub.get(0).getAwardDate(), "the date as published");
    assertEquals("Small Group", pub.get(0).getRecipientOrganisation().getName());
    assertEquals(List.of(new AreaCode("E12000003")), List.copyOf(pub.get(1).getBeneficiaryAreas()));
    Grant existing = withIdentifiers("360G-GIT-existing").get(0);
    assertEquals("Existing, as published", existing.getTitle());
    assertEquals(
        "Already recorded", existing.getDescription(), "an empty cell leaves what is recorded");
    assertEquals(new BigDecimal("5000.00"), existing.getAmountAwarded());
    assertEquals(LocalDate.of(2014, 7, 24), existing.getAwardDate());
    assertEquals("Grant import network", existing.getRecipientNetwork().getName(), "kept");
    assertEquals("Grant import funder", existing.getFunder().getName(), "kept");

    // The same file again: every row updates, nothing is added twice.
    List<RowImport.Written> again = withImport(i -> i.importAll(published()));
    assertEquals(
        List.of(true, true, true), again.stream().map(RowImport.Written::updated).toList());
    assertEquals(2, withIdentifiers("360G-PUB-").size());
    Long funders =
        inTransaction(
            em -> {
              return em.createQuery(
                      "select count(o) from Organisation o where o.name = 'Published Funder'",
                      Long.class)
                  .getSingleResult();
            });
    assertEquals(1L, funders);
  }

  @Test
  void theStandardsNumberedColumnsReadAsOne() {
    GrantImport i = new GrantImport();
    assertEquals(GrantImport.LOCATIONS, i.columnFor("Beneficiary Location:0:Geographic Code"));
    assertEquals(GrantImport.LOCATIONS, i.columnFor("beneficiary location: 12 :geographic code"));
    assertEquals(GrantImport.PROGRAMME_CODE, i.columnFor("Grant Programme:0:Code"));
    assertEquals(null, i.columnFor("Beneficiary Location:0:Geographic Code Type"));
    assertTrue(i.leavesOutOtherColumns());
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
            "3:Amount Awarded",
            "3:Funding Org:Identifier",
            "3:Recipient Org:Name",
            "4:Identifier",
            "4:Award Date"),
        found,
        check.problems().toString());
    String messages = check.problems().toString();
    assertTrue(messages.contains("Row 2 of this file already has"), messages);
    assertTrue(
        messages.contains(
            "No organisation in the record holds the identifier GB-CHC-7199999: give its name in"
                + " Funding Org:Name for it to be added"),
        messages);
    assertTrue(messages.contains("2 organisations are called 'Grant import twin'"), messages);
    String warnings = check.warnings().toString();
    assertTrue(
        warnings.contains("'Nobody at all' is not in the record: it will be added"), warnings);
    assertTrue(
        warnings.contains("'No such programme' is not a programme of Grant import funder yet"),
        warnings);

    InvalidRecordException e =
        assertThrows(InvalidRecordException.class, () -> withImport(i -> i.importAll(rows)));
    assertTrue(e.getMessage().contains("row 3, column Amount Awarded"), e.getMessage());
    Long nobody =
        inTransaction(
            em -> {
              return em.createQuery(
                      "select count(o) from Organisation o where o.name = 'Nobody at all'",
                      Long.class)
                  .getSingleResult();
            });
    assertEquals(0L, nobody, "no organisation is added by an import refused");
    assertEquals(List.of(), withIdentifiers("360G-GIX-"), "nothing is written");
  }
}
