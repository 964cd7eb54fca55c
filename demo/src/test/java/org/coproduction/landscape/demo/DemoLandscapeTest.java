package org.coproduction.landscape.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.EventType;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.event.Participation;
import org.coproduction.landscape.funding.FundingDirection;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.GrantStatus;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.network.RelationType;
import org.coproduction.landscape.people.LawfulBasis;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.testing.Boundaries;
import org.coproduction.landscape.testing.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo landscape loaded into an empty database, as a user of the demo would check it. */
class DemoLandscapeTest {

  private static FreshDatabase db;
  private static Optional<DemoLandscape.Loaded> first;

  @BeforeAll
  static void loadIntoAnEmptyDatabase() {
    db = FreshDatabase.named("demo_seed");
    first = db.inTransaction(DemoLandscapeTest::load);
  }

  /**
   * Loads the demo as the server does, through the importers and registers, in {@code em}'s
   * transaction.
   */
  static Optional<DemoLandscape.Loaded> load(EntityManager em) {
    return Boundaries.wired(DemoLandscape.class, em).loadIfEmpty();
  }

  @AfterAll
  static void dropTheDatabase() throws Exception {
    db.close();
  }

  @Test
  void loadsEveryKindOfRecordOnceAndSaysWhatItWrote() {
    assertTrue(first.isPresent(), "an empty database gets the demo landscape");
    DemoLandscape.Loaded loaded = first.get();
    assertEquals(DemoLandscape.SEED, loaded);
    assertAll(
        () -> assertEquals(loaded.sectors(), db.count("select count(*) from sector")),
        () -> assertEquals(loaded.themes(), db.count("select count(*) from theme")),
        () -> assertEquals(loaded.organisations(), db.count("select count(*) from organisation")),
        () -> assertEquals(17, db.count("select count(*) from person")),
        () -> assertEquals(loaded.networks(), db.count("select count(*) from network")),
        () -> assertEquals(loaded.programmes(), db.count("select count(*) from grant_programme")),
        () -> assertEquals(loaded.grants(), db.count("select count(*) from funding_grant")),
        () -> assertEquals(loaded.events(), db.count("select count(*) from event")),
        () -> assertEquals(loaded.insights(), db.count("select count(*) from insight")));
    assertAll(
        "a landscape with substance for reports",
        () ->
            assertTrue(
                loaded.networks() >= 60 && loaded.networks() <= 80,
                loaded.networks() + " networks"),
        () -> assertTrue(loaded.organisations() >= 30, loaded.organisations() + " organisations"),
        () -> assertTrue(loaded.grants() >= 60, loaded.grants() + " grants"),
        () -> assertTrue(loaded.events() >= 25, loaded.events() + " events"),
        () -> assertTrue(loaded.insights() >= 40, loaded.insights() + " insights"));
  }

  @Test
  void isNotLoadedIntoADatabaseThatHoldsNetworks() {
    long networks = db.count("select count(*) from network");
    long grants = db.count("select count(*) from funding_grant");

    Optional<DemoLandscape.Loaded> again = db.inTransaction(DemoLandscapeTest::load);

    assertTrue(again.isEmpty());
    assertEquals(networks, db.count("select count(*) from network"));
    assertEquals(grants, db.count("select count(*) from funding_grant"));
  }

  @Test
  void everyRecordCreatedIsInTheHistoryAsWrittenBySystem() {
    DemoLandscape.Loaded l = DemoLandscape.SEED;
    long records =
        l.sectors()
            + l.themes()
            + l.organisations()
            + l.people()
            + l.networks()
            + l.programmes()
            + l.grants()
            + l.events()
            + l.insights();
    assertEquals(
        records,
        db.count("select count(*) from audit_entry where action = 'CREATE' and actor = 'system'"));
    assertEquals(0, db.count("select count(*) from audit_entry where actor <> 'system'"));
  }

  @Test
  void theRoundtableHasItsHostTwoFacilitatorsAndFourteenParticipants() {
    db.read(
        em -> {
          Event roundtable =
              em.createQuery("select e from Event e where e.title = :t", Event.class)
                  .setParameter("t", "Co-Production Roundtable - Networking in the UK")
                  .getSingleResult();
          assertEquals(EventType.ROUNDTABLE, roundtable.getType());
          assertTrue(roundtable.isOnline());
          assertEquals(
              java.time.LocalDate.of(2020, 11, 19), roundtable.getStartsAt().toLocalDate());
          assertEquals("Democratic Society", roundtable.getConvenor().getName());
          assertTrue(roundtable.getDescription().contains("Public Square"));

          Map<ParticipantRole, List<String>> byRole = new TreeMap<>();
          for (Participation p : roundtable.getParticipations()) {
            byRole
                .computeIfAbsent(p.getRole(), r -> new ArrayList<>())
                .add(p.getPerson().getName());
          }
          assertEquals(List.of("Kevin Ditcham"), byRole.get(ParticipantRole.HOST));
          assertEquals(
              Set.of("Alex Zur-Clark", "Mat Basford"),
              Set.copyOf(byRole.get(ParticipantRole.FACILITATOR)));
          assertEquals(
              Set.of(
                  "Beth Perry",
                  "Chris Hewitt",
                  "Gary Hickey",
                  "Hannah Clinch",
                  "Jessica Russell",
                  "Lora Botev",
                  "Lucie Stephens",
                  "Mel Stevens",
                  "Mhairi Reed",
                  "Niccola Hutchinson-Pascal",
                  "Noreen Blanluet",
                  "Pandora Ellis",
                  "Susan Paxton",
                  "Tony Bovaird"),
              Set.copyOf(byRole.get(ParticipantRole.PARTICIPANT)));
          assertEquals(14, roundtable.count(ParticipantRole.PARTICIPANT));

          Map<String, String> organisationOf =
              roundtable.getParticipations().stream()
                  .collect(
                      Collectors.toMap(
                          p -> p.getPerson().getName(),
                          p -> p.getOrganisationAtTheTime().getName()));
          assertEquals("Scottish Co-Production Network", organisationOf.get("Susan Paxton"));
          assertEquals("Co-Production Network for Wales", organisationOf.get("Noreen Blanluet"));
          assertEquals("SAVS – Southend CVS", organisationOf.get("Jessica Russell"));
          assertEquals(
              "University College London", organisationOf.get("Niccola Hutchinson-Pascal"));
          assertEquals(
              "NIHR - National Institute for Health Research", organisationOf.get("Gary Hickey"));
          assertEquals("Urban Transformations: Jam and Justice", organisationOf.get("Beth Perry"));

          Set<String> represented =
              roundtable.getNetworksRepresented().stream()
                  .map(Network::getName)
                  .collect(Collectors.toSet());
          assertTrue(
              represented.containsAll(
                  Set.of(
                      "Scottish Co-Production Network",
                      "Co-Production Network for Wales",
                      "Co-Production Collective")),
              represented::toString);

          Event july = roundtable.getFollowsOn();
          assertNotNull(july, "the roundtable follows on from the July 2020 event");
          assertEquals("Co-production: Democracy in Action", july.getTitle());
          assertEquals(EventType.PUBLIC_EVENT, july.getType());
          assertEquals(Month.JULY, july.getStartsAt().getMonth());
          assertEquals(2020, july.getStartsAt().getYear());
          return null;
        });
  }

  @Test
  void peopleAreHeldOnLegitimateInterestsFromTheWriteUpWithPublicRolesOnly() {
    db.read(
        em -> {
          List<Person> people =
              em.createQuery("select p from Person p", Person.class).getResultList();
          assertEquals(17, people.size());
          for (Person p : people) {
            assertEquals(
                LawfulBasis.Basis.LEGITIMATE_INTERESTS, p.getLawfulBasis().getBasis(), p.getName());
            assertEquals(
                "Public Square roundtable write-up", p.getLawfulBasis().getSource(), p.getName());
            assertEquals(null, p.getEmail(), p.getName() + " has no e-mail address in the record");
            assertNotNull(p.getOrganisation(), p.getName());
          }
          Person susan =
              people.stream()
                  .filter(p -> p.getName().equals("Susan Paxton"))
                  .findFirst()
                  .orElseThrow();
          assertEquals("Head of Programmes", susan.getRole());
          return null;
        });
  }

  @Test
  void everyNationAndRegionHasAnActiveNetworkAndAGrant() {
    for (Area area : Area.values()) {
      String code = area.gssCode();
      assertTrue(
          db.count(
                  "select count(*) from network n join network_area a on a.network_id = n.id"
                      + " where n.status = 'ACTIVE' and a.area_code = '"
                      + code
                      + "'")
              > 0,
          area + " has an active network");
      assertTrue(
          db.count("select count(*) from grant_beneficiary_area where area_code = '" + code + "'")
              > 0,
          area + " has a grant");
    }
  }

  @Test
  void everyAreaCodeGivenToARecordIsKept() {
    assertEquals(
        0,
        db.count(
            "select count(*) from network n where n.scope = 'LOCAL' and 2 <>"
                + " (select count(*) from network_area a where a.network_id = n.id)"),
        "every local network covers its local authority and its nation or region");
    assertEquals(
        0,
        db.count(
            "select count(*) from funding_grant g where not exists"
                + " (select 1 from grant_beneficiary_area a where a.grant_id = g.id)"),
        "every grant names where it benefits");
    assertEquals(
        0,
        db.count(
            "select count(*) from network n join insight_network i on i.network_id = n.id"
                + " join insight s on s.id = i.insight_id where s.source like 'Left by %'"
                + " and (select count(*) from network_area a where a.network_id = n.id)"
                + " <> (select count(*) from insight_area a where a.insight_id = s.id)"),
        "a closing network's lesson covers the network's areas");
    assertEquals(
        List.of("E12000007", "K02000001"),
        db.strings(
            "select a.area_code from network_area a join network n on n.id = a.network_id"
                + " where n.name = 'Co-Production Collective' order by a.area_code"));
  }

  @Test
  void theNationalNetworksTheRoundtableNamesAreThere() {
    db.read(
        em -> {
          Network scotland = network(em, "Scottish Co-Production Network");
          assertEquals(NetworkScope.NATIONAL, scotland.getScope());
          assertTrue(scotland.getAreas().contains(AreaCode.of(Area.SCOTLAND)));
          Network wales = network(em, "Co-Production Network for Wales");
          assertEquals(NetworkScope.NATIONAL, wales.getScope());
          assertTrue(wales.getAreas().contains(AreaCode.of(Area.WALES)));
          Network collective = network(em, "Co-Production Collective");
          assertEquals(NetworkScope.UK_WIDE, collective.getScope());
          assertEquals("University College London", collective.getHost().getName());
          assertTrue(collective.getAreas().contains(new AreaCode(AreaCode.UNITED_KINGDOM)));
          assertTrue(collective.getAreas().contains(AreaCode.of(Area.LONDON)));

          Network english = network(em, "English Co-Production Network of Networks");
          long regionalMembers =
              em.createQuery(
                      "select count(r) from NetworkRelation r where r.to = :n and r.type = :t and r.from.scope = :s",
                      Long.class)
                  .setParameter("n", english)
                  .setParameter("t", RelationType.MEMBER_OF)
                  .setParameter("s", NetworkScope.REGIONAL)
                  .getSingleResult();
          assertEquals(9, regionalMembers, "the nine English regional networks are members");
          long scottishMembers =
              em.createQuery(
                      "select count(r) from NetworkRelation r where r.to = :n and r.type = :t",
                      Long.class)
                  .setParameter("n", scotland)
                  .setParameter("t", RelationType.MEMBER_OF)
                  .getSingleResult();
          assertTrue(
              scottishMembers >= 3, "local Scottish networks are members of the national one");
          return null;
        });
  }

  @Test
  void closedNetworksSayWhenAndWhyAndLeaveTheirLessons() {
    db.read(
        em -> {
          List<Network> closed =
              em.createQuery("select n from Network n where n.lifecycle.status = :s", Network.class)
                  .setParameter("s", LifecycleStatus.CLOSED)
                  .getResultList();
          assertTrue(closed.size() >= 5, closed.size() + " closed networks");
          int withSuccessor = 0;
          for (Network n : closed) {
            assertNotNull(n.getLifecycle().getClosedOn(), n.getName());
            assertFalse(n.getLifecycle().getClosureReason().isBlank(), n.getName());
            assertTrue(n.brokenRules().isEmpty(), n.getName() + ": " + n.brokenRules());
            long lessons =
                em.createQuery(
                        "select count(i) from Insight i join i.networks n where n = :n", Long.class)
                    .setParameter("n", n)
                    .getSingleResult();
            assertTrue(lessons > 0, n.getName() + " left a lesson");
            if (n.getSuccessor() != null) {
              withSuccessor++;
              assertTrue(
                  n.getRelations().stream()
                      .anyMatch(
                          r ->
                              r.getType() == RelationType.SUCCEEDED_BY
                                  && r.getTo().equals(n.getSuccessor())),
                  n.getName() + " is related to its successor");
            }
          }
          assertTrue(
              withSuccessor >= closed.size() / 2,
              withSuccessor + " closed networks have a successor");
          long dormant =
              em.createQuery(
                      "select count(n) from Network n where n.lifecycle.status = :s", Long.class)
                  .setParameter("s", LifecycleStatus.DORMANT)
                  .getSingleResult();
          assertTrue(dormant >= 3, dormant + " dormant networks");
          return null;
        });
  }

  @Test
  void grantsComeInEveryStatusBothWaysAndPausedOrLostOnesSayHowCovidAffectedThem() {
    db.read(
        em -> {
          List<Grant> grants = em.createQuery("select g from Grant g", Grant.class).getResultList();
          Set<GrantStatus> statuses = EnumSet.noneOf(GrantStatus.class);
          Set<FundingDirection> directions = EnumSet.noneOf(FundingDirection.class);
          for (Grant g : grants) {
            statuses.add(g.getStatus());
            directions.add(g.getDirection());
            assertTrue(g.brokenRules().isEmpty(), g.getIdentifier() + ": " + g.brokenRules());
            assertTrue(g.getIdentifier().startsWith("360G-"), g.getIdentifier());
            if (g.getStatus() == GrantStatus.PAUSED || g.getStatus() == GrantStatus.LOST) {
              assertTrue(
                  g.getCovidImpact() != null && g.getCovidImpact().contains("Covid"),
                  g.getIdentifier() + " says how Covid-19 affected it");
            }
          }
          assertEquals(EnumSet.allOf(GrantStatus.class), statuses);
          assertEquals(EnumSet.allOf(FundingDirection.class), directions);
          return null;
        });
  }

  @Test
  void whatWasSaidIsKeptUnderItsThemesWithCovidImpactAmongThem() {
    assertTrue(
        db.count(
                "select count(*) from insight i join theme t on t.id = i.theme_id join event e on e.id = i.event_id"
                    + " where t.code = 'COVID_IMPACT' and e.title = 'Co-Production Roundtable - Networking in the UK'")
            >= 2,
        "the roundtable's Covid-19 insights (programmes on hold, funding lost)");
    for (String theme :
        List.of(
            "UNDERSTANDING",
            "POWER",
            "CO_OPTION",
            "OPEN_SECTORS",
            "LONDON_CENTRIC",
            "POLICY_PRACTICE_GAP",
            "PATCHY_LANDSCAPE",
            "LOST_KNOWLEDGE",
            "NETWORK_OF_NETWORKS")) {
      assertTrue(
          db.count(
                  "select count(*) from insight i join theme t on t.id = i.theme_id where t.code = '"
                      + theme
                      + "'")
              > 0,
          "an insight under " + theme);
    }
  }

  @Test
  void eventsTakePlaceSeveralTimesAYearFrom2019To2025() {
    db.read(
        em -> {
          List<Event> events = em.createQuery("select e from Event e", Event.class).getResultList();
          for (int year = 2019; year <= 2025; year++) {
            int y = year;
            long inYear = events.stream().filter(e -> e.getStartsAt().getYear() == y).count();
            assertTrue(inYear >= 3, inYear + " events in " + year);
          }
          for (Event e : events) {
            assertTrue(e.brokenRules().isEmpty(), e.getTitle() + ": " + e.brokenRules());
          }
          return null;
        });
  }

  private static Network network(jakarta.persistence.EntityManager em, String name) {
    return em.createQuery("select n from Network n where n.name = :name", Network.class)
        .setParameter("name", name)
        .getSingleResult();
  }
}
