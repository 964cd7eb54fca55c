package org.coproduction.landscape.dashboard;

import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.EventType;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.GrantStatus;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.knowledge.Insight;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.vocabulary.Sector;
import org.coproduction.landscape.vocabulary.Theme;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures come from aggregate queries on the real test database. Other tests share
 * that database, so each check compares the figures before and after this test's own records.
 */
class LandscapeTest {

  private static <R> R read(Function<Landscape, R> question) {
    return inTransaction(
        em -> {
          Landscape landscape = new Landscape();
          landscape.em = em;
          return question.apply(landscape);
        });
  }

  private static void assertPlus(
      Landscape.Figures before,
      Landscape.Figures after,
      LandscapeFigure figure,
      String pounds,
      long grants) {
    assertEquals(
        0,
        before.poundsOf(figure).add(new BigDecimal(pounds)).compareTo(after.poundsOf(figure)),
        figure.label() + ": " + before.poundsOf(figure) + " then " + after.poundsOf(figure));
    assertEquals(before.grantsIn(figure) + grants, after.grantsIn(figure), figure.label());
  }

  @Test
  void figuresMapAndChartsCountWhatIsRecorded() {
    Landscape.Figures before = read(Landscape::figures);
    Map<Area, Long> mapBefore = read(Landscape::activeNetworksByArea);
    List<Landscape.Funding> fundingBefore = read(Landscape::fundingByYearAndStatus);
    List<Landscape.YearCount> eventsBefore = read(Landscape::eventsByYear);

    inTransaction(
        em -> {
          Sector sector = new Sector("DASHBOARD_T", "Dashboard test sector");
          Theme theme = new Theme("DASHBOARD_T", "Dashboard test theme");
          em.persist(sector);
          em.persist(theme);
          Network yorkshire1 = new Network("Dashboard Yorkshire one", NetworkScope.REGIONAL);
          yorkshire1
              .covering(AreaCode.of(Area.YORKSHIRE_AND_THE_HUMBER), AreaCode.of(Area.NORTH_EAST))
              .in(sector);
          Network yorkshire2 = new Network("Dashboard Yorkshire two", NetworkScope.LOCAL);
          yorkshire2.covering(AreaCode.of(Area.YORKSHIRE_AND_THE_HUMBER)).in(sector);
          Network dormant = new Network("Dashboard dormant", NetworkScope.LOCAL);
          dormant.getLifecycle().setStatus(LifecycleStatus.DORMANT);
          dormant.covering(AreaCode.of(Area.YORKSHIRE_AND_THE_HUMBER)).in(sector);
          // Placed by its local authority: a London borough in London, a Welsh one in Wales.
          Network camden = new Network("Dashboard Camden", NetworkScope.LOCAL);
          camden.covering(new AreaCode("E09000007")).in(sector);
          Network cardiff = new Network("Dashboard Cardiff", NetworkScope.LOCAL);
          cardiff.covering(new AreaCode("W06000015"), AreaCode.of(Area.WALES)).in(sector);
          em.persist(yorkshire1);
          em.persist(yorkshire2);
          em.persist(dormant);
          em.persist(camden);
          em.persist(cardiff);
          Organisation funder = new Organisation("Dashboard funder", OrganisationType.FUNDER);
          em.persist(funder);
          Grant awarded = new Grant("360G-dash-1", "Awarded", "Test", funder);
          awarded.setRecipientNetwork(yorkshire1);
          awarded.award(new BigDecimal("1000.25"), LocalDate.of(2019, 6, 1));
          Grant lost = new Grant("360G-dash-2", "Lost", "Test", funder);
          lost.setRecipientNetwork(yorkshire2);
          lost.setStatus(GrantStatus.LOST);
          lost.setAmountAppliedFor(new BigDecimal("500.00"));
          lost.setPlannedStart(LocalDate.of(2020, 4, 1));
          Grant paused = new Grant("360G-dash-3", "Paused", "Test", funder);
          paused.award(new BigDecimal("300.00"), LocalDate.of(2019, 7, 1));
          paused.setStatus(GrantStatus.PAUSED);
          Grant euros = new Grant("360G-dash-4", "Euros", "Test", funder);
          euros.setCurrency("EUR");
          euros.award(new BigDecimal("9000.00"), LocalDate.of(2019, 8, 1));
          Grant appliedFor = new Grant("360G-dash-5", "Applied for", "Test", funder);
          appliedFor.setAmountAppliedFor(new BigDecimal("7000.00"));
          em.persist(awarded);
          em.persist(lost);
          em.persist(paused);
          em.persist(euros);
          em.persist(appliedFor);
          Event event =
              new Event(
                  "Dashboard roundtable",
                  EventType.ROUNDTABLE,
                  LocalDateTime.of(2018, 3, 2, 10, 0));
          em.persist(event);
          em.persist(
              new Insight("Dashboards help", theme, LocalDate.of(2020, 1, 1), "Test").from(event));
        });

    Landscape.Figures after = read(Landscape::figures);
    assertEquals(
        before.networks(LifecycleStatus.ACTIVE) + 4, after.networks(LifecycleStatus.ACTIVE));
    assertEquals(
        before.networks(LifecycleStatus.DORMANT) + 1, after.networks(LifecycleStatus.DORMANT));
    // Funding awarded: the awarded and the paused grant in pounds; not the euros, not what was only
    // applied for, not the lost grant.
    assertPlus(before, after, LandscapeFigure.FUNDING_AWARDED, "1300.25", 2);
    assertPlus(before, after, LandscapeFigure.FUNDING_PAUSED, "300.00", 1);
    // Funding lost: what was applied for, when nothing was awarded.
    assertPlus(before, after, LandscapeFigure.FUNDING_LOST, "500.00", 1);
    assertEquals(before.events() + 1, after.events());
    assertEquals(before.insights() + 1, after.insights());

    Map<Area, Long> map = read(Landscape::activeNetworksByArea);
    assertEquals(Area.ukTable(), List.copyOf(map.keySet()));
    assertEquals(
        mapBefore.get(Area.YORKSHIRE_AND_THE_HUMBER) + 2, map.get(Area.YORKSHIRE_AND_THE_HUMBER));
    assertEquals(mapBefore.get(Area.NORTH_EAST) + 1, map.get(Area.NORTH_EAST));
    assertEquals(mapBefore.get(Area.LONDON) + 1, map.get(Area.LONDON), "a London borough");
    assertEquals(
        mapBefore.get(Area.WALES) + 1, map.get(Area.WALES), "Cardiff and Wales: counted once");
    assertEquals(mapBefore.get(Area.NORTH_WEST), map.get(Area.NORTH_WEST));

    assertTrue(
        read(Landscape::openNetworksBySector)
            .contains(new Landscape.Count("Dashboard test sector", 5)),
        "dormant networks are open, so all five count");

    List<Landscape.Funding> funding = read(Landscape::fundingByYearAndStatus);
    assertEquals(
        0,
        pounds(fundingBefore, 2019, GrantStatus.AWARDED)
            .add(new BigDecimal("1000.25"))
            .compareTo(pounds(funding, 2019, GrantStatus.AWARDED)));
    assertEquals(
        0,
        pounds(fundingBefore, 2020, GrantStatus.LOST)
            .add(new BigDecimal("500"))
            .compareTo(pounds(funding, 2020, GrantStatus.LOST)));

    assertEquals(events(eventsBefore, 2018) + 1, events(read(Landscape::eventsByYear), 2018));
  }

  private static BigDecimal pounds(List<Landscape.Funding> funding, int year, GrantStatus status) {
    return funding.stream()
        .filter(f -> f.year() == year && f.status() == status)
        .map(Landscape.Funding::pounds)
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }

  private static long events(List<Landscape.YearCount> counts, int year) {
    return counts.stream()
        .filter(c -> c.year() == year)
        .mapToLong(Landscape.YearCount::count)
        .findFirst()
        .orElse(0);
  }

  @Test
  void relationsAreFilteredByTheAreaOrSectorOfEitherNetwork() {
    inTransaction(
        em -> {
          Sector sector = new Sector("GRAPH_T", "Graph test sector");
          em.persist(sector);
          Network hub = new Network("Graph hub network", NetworkScope.UK_WIDE);
          Network wales =
              new Network("Graph Wales network", NetworkScope.NATIONAL)
                  .covering(AreaCode.of(Area.WALES))
                  .in(sector);
          Network london =
              new Network("Graph London network", NetworkScope.LOCAL)
                  .covering(AreaCode.of(Area.LONDON));
          em.persist(hub);
          wales.relateTo(org.coproduction.landscape.network.RelationType.MEMBER_OF, hub);
          london.relateTo(org.coproduction.landscape.network.RelationType.AFFILIATED_WITH, hub);
          em.persist(wales);
          em.persist(london);
        });

    List<Landscape.Link> inWales = read(l -> l.relations(Area.WALES.gssCode(), null, 1000));
    assertTrue(
        inWales.stream()
            .anyMatch(
                r ->
                    r.fromName().equals("Graph Wales network")
                        && r.toName().equals("Graph hub network")));
    assertTrue(inWales.stream().noneMatch(r -> r.fromName().equals("Graph London network")));

    List<Landscape.Link> inSector = read(l -> l.relations(null, "GRAPH_T", 1000));
    assertEquals(1, inSector.stream().filter(r -> r.toName().equals("Graph hub network")).count());

    assertTrue(read(l -> l.relations(null, null, 1000)).size() >= 2);
    assertEquals(1, read(l -> l.relations(null, null, 1)).size());

    List<Landscape.Link> affiliations =
        read(
            l ->
                l.relations(
                    null,
                    null,
                    org.coproduction.landscape.network.RelationType.AFFILIATED_WITH,
                    null,
                    1000));
    assertTrue(affiliations.stream().anyMatch(r -> r.fromName().equals("Graph London network")));
    assertTrue(affiliations.stream().noneMatch(r -> r.fromName().equals("Graph Wales network")));
    Landscape.Link london =
        affiliations.stream()
            .filter(r -> r.fromName().equals("Graph London network"))
            .findFirst()
            .orElseThrow();
    assertEquals(NetworkScope.LOCAL, london.fromScope());
    assertEquals(NetworkScope.UK_WIDE, london.toScope());
    assertEquals(LifecycleStatus.ACTIVE, london.toStatus());

    // London's neighbourhood: its own relation first, then the hub's other relation (Wales).
    List<Landscape.Link> nearLondon =
        read(l -> l.relations(null, null, null, london.fromId(), 1000));
    assertEquals("Graph London network", nearLondon.get(0).fromName());
    assertTrue(nearLondon.stream().anyMatch(r -> r.fromName().equals("Graph Wales network")));
    assertEquals(
        "Graph London network",
        read(l -> l.relations(null, null, null, london.fromId(), 1)).get(0).fromName(),
        "a limit never leaves the focus's own relations out");
  }
}
