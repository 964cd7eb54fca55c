package org.coproduction.landscape.quality;

import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.GrantProgramme;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each check of the 360Giving way, on the real test database: a clean grant that trips none, and
 * for every check one grant, the clean one with a single thing changed, that trips that check and
 * no other (but for a recipient known by a 360G- identifier alone, which has no registered number
 * either). Other tests share the database, so counts are compared before and after.
 */
class DataQualityTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  /** What makes a copy of the clean grant trip each check. */
  private static final Map<QualityCheck, BiConsumer<Grant, Parties>> TRIPS =
      new EnumMap<>(QualityCheck.class);

  static {
    TRIPS.put(QualityCheck.ZERO_AMOUNT, (g, p) -> g.setAmountAwarded(BigDecimal.ZERO));
    TRIPS.put(QualityCheck.CHARITY_NUMBER, (g, p) -> g.setRecipientOrganisation(p.shortCharity));
    TRIPS.put(
        QualityCheck.EMAIL_IN_TEXT,
        (g, p) -> g.setDescription("Ask jo.bloggs@example.org for the details of the work"));
    TRIPS.put(QualityCheck.AWARDED_IN_FUTURE, (g, p) -> g.setAwardDate(TODAY.plusDays(1)));
    TRIPS.put(
        QualityCheck.PLANNED_FAR_AHEAD, (g, p) -> g.setPlannedEnd(TODAY.plusYears(12).plusDays(1)));
    TRIPS.put(
        QualityCheck.DATES_LONG_AGO, (g, p) -> g.setAwardDate(TODAY.minusYears(25).minusDays(1)));
    TRIPS.put(QualityCheck.FUNDER_360G, (g, p) -> g.setFunder(p.funder360g));
    TRIPS.put(QualityCheck.RECIPIENT_360G, (g, p) -> g.setRecipientOrganisation(p.group360g));
    TRIPS.put(
        QualityCheck.RECIPIENT_NOT_REGISTERED,
        (g, p) -> g.setRecipientOrganisation(p.localAuthority));
    TRIPS.put(QualityCheck.NO_PROGRAMME, (g, p) -> g.setProgramme(null));
    TRIPS.put(QualityCheck.NO_BENEFICIARY_LOCATION, (g, p) -> g.getBeneficiaryAreas().clear());
    TRIPS.put(QualityCheck.TITLE_IS_DESCRIPTION, (g, p) -> g.setDescription(g.getTitle()));
    TRIPS.put(QualityCheck.LONG_TITLE, (g, p) -> g.setTitle("Long ".repeat(29)));
  }

  /** The organisations the grants name. */
  record Parties(
      Organisation funder,
      Organisation funder360g,
      Organisation charity,
      Organisation shortCharity,
      Organisation group360g,
      Organisation localAuthority,
      GrantProgramme programme) {}

  private static Map<QualityCheck, Long> before;
  private static Map<QualityCheck, Long> after;
  private static Map<QualityCheck, String> tripping = new EnumMap<>(QualityCheck.class);
  private static String clean;

  @BeforeAll
  static void recordACleanGrantAndOneThatTripsEachCheck() {
    before = counts();
    inTransaction(
        em -> {
          Organisation funder =
              new Organisation("Quality funder " + RUN, OrganisationType.FUNDER)
                  .identifiedBy("GB-CHC-" + digits(7), "360G-quality-f" + RUN);
          Organisation funder360g =
              new Organisation("Quality unregistered funder " + RUN, OrganisationType.FUNDER)
                  .identifiedBy("360G-quality-u" + RUN);
          Organisation charity =
              new Organisation("Quality charity " + RUN, OrganisationType.CHARITY)
                  .identifiedBy("GB-COH-" + digits(8));
          Organisation shortCharity =
              new Organisation("Quality short charity " + RUN, OrganisationType.CHARITY)
                  .identifiedBy("GB-CHC-" + digits(5));
          Organisation group360g =
              new Organisation("Quality group " + RUN, OrganisationType.CHARITY)
                  .identifiedBy("360G-quality-g" + RUN);
          Organisation localAuthority =
              new Organisation("Quality council " + RUN, OrganisationType.LOCAL_AUTHORITY)
                  .identifiedBy("GB-LAE-Q" + RUN.toUpperCase(java.util.Locale.ROOT));
          for (Organisation o :
              List.of(funder, funder360g, charity, shortCharity, group360g, localAuthority)) {
            em.persist(o);
          }
          GrantProgramme programme = new GrantProgramme("Quality programme", "Q" + RUN, funder);
          em.persist(programme);
          Parties p =
              new Parties(
                  funder, funder360g, charity, shortCharity, group360g, localAuthority, programme);
          clean = "360G-quality-" + RUN + "-clean";
          em.persist(grant(clean, p));
          for (var trip : TRIPS.entrySet()) {
            String identifier = "360G-quality-" + RUN + "-" + trip.getKey().id();
            Grant g = grant(identifier, p);
            trip.getValue().accept(g, p);
            if (trip.getKey() == QualityCheck.FUNDER_360G) {
              g.setProgramme(new GrantProgramme("Quality programme u", "U" + RUN, funder360g));
              em.persist(g.getProgramme());
            }
            em.persist(g);
            tripping.put(trip.getKey(), identifier);
          }
          return null;
        });
    after = counts();
  }

  private static Grant grant(String identifier, Parties p) {
    Grant g =
        new Grant(
            identifier, "Coordinating the network", "A year of the network's meetings", p.funder);
    g.award(new BigDecimal("12000.00"), LocalDate.of(2024, 6, 1));
    g.setPlannedStart(LocalDate.of(2024, 7, 1));
    g.setPlannedEnd(LocalDate.of(2026, 6, 30));
    g.setRecipientOrganisation(p.charity);
    g.setProgramme(p.programme);
    g.benefiting(AreaCode.of(Area.WALES));
    return g;
  }

  @Test
  void everyCheckIsTestedHere() {
    assertEquals(List.of(QualityCheck.values()), List.copyOf(TRIPS.keySet()));
  }

  @Test
  void eachCheckFindsTheGrantThatTripsItAndNoOther() {
    for (QualityCheck check : QualityCheck.values()) {
      // A group known by its 360G- identifier alone has no registered number either: the
      // 360Giving tool names it under both checks, and so does this one.
      long trippedBy = check == QualityCheck.RECIPIENT_NOT_REGISTERED ? 2 : 1;
      assertEquals(
          before.get(check) + trippedBy,
          after.get(check),
          check.id() + ": only the grants made to trip it are found");
      List<String> found =
          read(q -> q.grantsFailing(check, TODAY, 1000)).stream()
              .map(DataQuality.GrantAtFault::identifier)
              .toList();
      assertTrue(found.contains(tripping.get(check)), check.id() + " finds " + tripping.get(check));
      assertEquals(
          after.get(check), read(q -> q.count(check, TODAY)), check.id() + ": one count, two ways");
      assertFalse(found.contains(clean), check.id() + " leaves the clean grant alone");
    }
  }

  @Test
  void checksHaveOneAddressEachAndAreFoundByIt() {
    for (QualityCheck check : QualityCheck.values()) {
      assertTrue(check.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), check.id());
      assertEquals(check, QualityCheck.byId(check.id()).orElseThrow());
    }
    assertTrue(QualityCheck.byId("no-such-check").isEmpty());
    assertTrue(QualityCheck.byId("' or 1=1 --").isEmpty());
  }

  private static Map<QualityCheck, Long> counts() {
    Map<QualityCheck, Long> counts = new EnumMap<>(QualityCheck.class);
    for (DataQuality.Finding f : read(q -> q.findings(TODAY))) {
      counts.put(f.check(), f.grants());
    }
    return counts;
  }

  private static <R> R read(Function<DataQuality, R> question) {
    return inTransaction(
        em -> {
          DataQuality quality = new DataQuality();
          quality.em = em;
          return question.apply(quality);
        });
  }

  private static String digits(int n) {
    StringBuilder s = new StringBuilder();
    long seed = Math.abs((long) RUN.hashCode()) + System.nanoTime();
    for (int i = 0; i < n; i++) {
      s.append((char) ('1' + (seed >> (i * 3) & 7)));
    }
    return s.toString();
  }
}
