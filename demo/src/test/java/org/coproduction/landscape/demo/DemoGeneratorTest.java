package org.coproduction.landscape.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.organisation.OrgId;
import org.coproduction.landscape.testing.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator on top of the seed: once through an entity manager (database A), once through a
 * plain JDBC connection (database B), with the same sizes.
 */
class DemoGeneratorTest {

  private static final DemoSize SIZE = DemoSize.of(2_000);
  private static final Map<String, String> COUNTS = new LinkedHashMap<>();

  static {
    COUNTS.put("networks", "select count(*) from network");
    COUNTS.put("organisations", "select count(*) from organisation");
    COUNTS.put("people", "select count(*) from person");
    COUNTS.put("grants", "select count(*) from funding_grant");
    COUNTS.put("events", "select count(*) from event");
    COUNTS.put("insights", "select count(*) from insight");
    COUNTS.put("programmes", "select count(*) from grant_programme");
    COUNTS.put("participations", "select count(*) from event_participation");
    COUNTS.put("relations", "select count(*) from network_relation");
  }

  private static FreshDatabase a;
  private static FreshDatabase b;
  private static Map<String, Long> beforeA;
  private static Map<String, Long> afterA;
  private static DemoGenerator.Generated generatedA;
  private static DemoGenerator.Generated generatedB;
  private static boolean onlySeedBefore;
  private static boolean onlySeedAfter;

  @BeforeAll
  static void generateTwiceOnTopOfTheSeed() throws Exception {
    a = FreshDatabase.named("demo_gen_a");
    a.inTransaction(DemoLandscapeTest::load);
    beforeA = counts(a);
    try (Connection c = a.connect()) {
      onlySeedBefore = DemoGenerator.holdsOnlyTheSeed(c);
    }
    generatedA = a.inTransaction(em -> DemoGenerator.generate(em, SIZE));
    afterA = counts(a);
    try (Connection c = a.connect()) {
      onlySeedAfter = DemoGenerator.holdsOnlyTheSeed(c);
    }

    b = FreshDatabase.named("demo_gen_b");
    b.inTransaction(DemoLandscapeTest::load);
    try (Connection c = b.connect()) {
      generatedB = DemoGenerator.generate(c, SIZE);
    }
  }

  @AfterAll
  static void dropTheDatabases() throws Exception {
    a.close();
    b.close();
  }

  private static Map<String, Long> counts(FreshDatabase db) {
    Map<String, Long> m = new LinkedHashMap<>();
    COUNTS.forEach((kind, sql) -> m.put(kind, db.count(sql)));
    return m;
  }

  private static long added(String kind) {
    return afterA.get(kind) - beforeA.get(kind);
  }

  @Test
  void writesExactlyTheNumberOfEachKindAskedFor() {
    assertAll(
        () -> assertEquals(2_000, added("networks")),
        () -> assertEquals(600, added("organisations")),
        () -> assertEquals(200, added("people")),
        () -> assertEquals(2_000, added("grants")),
        () -> assertEquals(100, added("events")),
        () -> assertEquals(1_000, added("insights")),
        () -> assertEquals(generatedA.programmes(), added("programmes")),
        () -> assertEquals(generatedA.participations(), added("participations")),
        () -> assertEquals(generatedA.relations(), added("relations")));
    assertEquals(SIZE, generatedA.size());
    assertTrue(generatedA.participations() >= 3 * 100, "every event has at least three people");
  }

  @Test
  void startUpGeneratesOnlyOnADatabaseThatHoldsNothingButTheSeed() {
    assertTrue(onlySeedBefore, "the seed alone");
    assertFalse(onlySeedAfter, "after generating, a restart must not generate again");
  }

  @Test
  void twoRunsWithTheSameSizesWriteTheSameLandscapeThroughEitherEntryPoint() {
    assertEquals(generatedA.size(), generatedB.size());
    assertEquals(generatedA.participations(), generatedB.participations());
    for (String sql :
        List.of(
            "select name, scope, status, founded_on, closed_on, closure_reason, membership_estimate from network"
                + " order by id",
            "select o.name, o.type, o.area_code, i.org_id from organisation o join organisation_identifier i"
                + " on i.organisation_id = o.id order by o.id, i.org_id",
            "select name, job_role from person order by id",
            "select identifier, title, status, amount_applied_for, amount_awarded, amount_disbursed, award_date,"
                + " direction from funding_grant order by id",
            "select title, starts_at, ends_at, online, venue from event order by id",
            "select text, recorded_on from insight order by id",
            "select n.name, a.area_code from network_area a join network n on n.id = a.network_id"
                + " order by n.id, a.area_code")) {
      List<String> inA = a.strings(sql);
      List<String> inB = b.strings(sql);
      assertEquals(inA.size(), inB.size(), sql);
      assertEquals(inA, inB, sql);
    }
    assertEquals(
        a.strings("select name from network order by id").subList(0, 67 + 5),
        b.strings("select name from network order by id").subList(0, 67 + 5));
  }

  @Test
  void generatedNetworksAndGrantsKeepTheRulesOfTheDomain() {
    a.read(
        em -> {
          for (Network n :
              em.createQuery("select n from Network n", Network.class).getResultList()) {
            assertTrue(n.brokenRules().isEmpty(), n.getName() + ": " + n.brokenRules());
          }
          for (Grant g : em.createQuery("select g from Grant g", Grant.class).getResultList()) {
            assertTrue(g.brokenRules().isEmpty(), g.getIdentifier() + ": " + g.brokenRules());
          }
          return null;
        });
    assertAll(
        () ->
            assertEquals(
                0,
                a.count(
                    "select count(*) from network where status = 'CLOSED'"
                        + " and (closed_on is null or closure_reason is null)"),
                "closed needs a date and a reason"),
        () ->
            assertEquals(
                0,
                a.count(
                    "select count(*) from network where successor_id is not null"
                        + " and status <> 'CLOSED'"),
                "a successor only when closed"),
        () ->
            assertTrue(a.count("select count(*) from network where successor_id is not null") > 0),
        () -> assertTrue(a.count("select count(*) from network where status = 'DORMANT'") > 0),
        () ->
            assertEquals(
                0,
                a.count(
                    "select count(*) from funding_grant where status in ('PAUSED', 'LOST')"
                        + " and covid_impact is null"),
                "paused and lost grants say how Covid-19 affected them"),
        () ->
            assertEquals(
                6,
                a.count(
                    "select count(distinct status) from funding_grant"
                        + " where identifier like '360G-LSGEN-%'"),
                "every status among the generated grants"),
        () ->
            assertEquals(
                2,
                a.count(
                    "select count(distinct direction) from funding_grant"
                        + " where identifier like '360G-LSGEN-%'")));
    for (String id : a.strings("select org_id from organisation_identifier")) {
      assertTrue(OrgId.isValid(id), id);
    }
    for (String code :
        a.strings(
            "select distinct area_code from network_area union"
                + " select distinct area_code from grant_beneficiary_area union select distinct area_code from insight_area")) {
      assertTrue(AreaCode.isValid(code), code);
    }
    for (String identifier : a.strings("select identifier from funding_grant")) {
      assertTrue(identifier.matches("360G-[A-Za-z0-9_.]+(-[A-Za-z0-9_.\\-]+)+"), identifier);
    }
  }

  @Test
  void everyNationAndRegionGetsGeneratedNetworksAndGrants() {
    for (Area area : Area.values()) {
      String code = area.gssCode();
      assertTrue(
          a.count(
                  "select count(*) from network n join network_area a on a.network_id = n.id where n.status = 'ACTIVE'"
                      + " and a.area_code = '"
                      + code
                      + "' and n.description like '%(generated demo data).'")
              > 0,
          area + " has generated active networks");
      assertTrue(
          a.count(
                  "select count(*) from grant_beneficiary_area a join funding_grant g on g.id = a.grant_id"
                      + " where a.area_code = '"
                      + code
                      + "' and g.identifier like '360G-LSGEN-%'")
              > 0,
          area + " has generated grants");
    }
    for (int year = 2019; year <= 2025; year++) {
      assertTrue(
          a.count(
                  "select count(*) from event where description like '%(generated demo data).'"
                      + " and starts_at >= '"
                      + year
                      + "-01-01' and starts_at < '"
                      + (year + 1)
                      + "-01-01'")
              >= 5,
          "generated events in " + year);
    }
  }

  @Test
  void grantsCanBeSizedOnTheirOwnAndNeedNoSeed() throws Exception {
    try (FreshDatabase c = FreshDatabase.named("demo_gen_c");
        Connection connection = c.connect()) {
      assertTrue(DemoGenerator.holdsOnlyTheSeed(connection), "an empty database");
      DemoGenerator.generate(connection, DemoSize.of(100).withGrants(1_500));
      assertEquals(100, c.count("select count(*) from network"));
      assertEquals(1_500, c.count("select count(*) from funding_grant"));
      assertEquals(DemoLandscape.SECTORS.length, c.count("select count(*) from sector"));
      assertEquals(DemoLandscape.THEMES.length, c.count("select count(*) from theme"));
      assertTrue(connection.getAutoCommit(), "the connection is handed back as it came");
    }
  }
}
