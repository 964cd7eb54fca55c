package org.coproduction.landscape.event;

import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.coproduction.landscape.dashboard.Landscape;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.testing.Boundaries;
import org.junit.jupiter.api.Test;

/**
 * Events in places and in series: an event keeps the areas it served, the list of events is
 * filtered by area, the map's count of events by area counts each event once in every area of a UK
 * table its codes fall in (a London borough in London), an event shows the earlier one it follows
 * on from and the later ones that follow on from it, and a series never goes round. On the test
 * database (H2, or PostgreSQL with {@code -Ppostgres}); other tests share it, so counts are
 * compared before and after.
 */
class EventPlacesAndSeriesTest {

  private static final String RUN = "Places " + UUID.randomUUID().toString().substring(0, 8);

  private static <R> R read(Function<EntityManager, R> work) {
    return inTransaction(work);
  }

  private static Map<Area, Long> eventsByArea() {
    return read(em -> Boundaries.wired(Landscape.class, em).eventsByArea());
  }

  private static Event event(String title, int day, AreaCode... areas) {
    Event e =
        new Event(RUN + " " + title, EventType.ROUNDTABLE, LocalDateTime.of(2026, 3, day, 10, 0));
    e.setVenue("Town hall");
    return e.covering(areas);
  }

  @Test
  void anEventCountsInEveryAreaItServedAndIsFoundByArea() {
    Map<Area, Long> before = eventsByArea();
    long id =
        read(
            em -> {
              Events events = Boundaries.wired(Events.class, em);
              events.save(
                  event(
                      "Cardiff and Camden", 1, AreaCode.of(Area.WALES), new AreaCode("E09000007")));
              events.save(event("Cardiff again", 2, AreaCode.of(Area.WALES)));
              return events.save(event("Nowhere in particular", 3)).getId();
            });
    Map<Area, Long> after = eventsByArea();
    assertEquals(before.get(Area.WALES) + 2, after.get(Area.WALES), "both Welsh events");
    assertEquals(before.get(Area.LONDON) + 1, after.get(Area.LONDON), "a London borough in London");
    assertEquals(before.get(Area.SCOTLAND), after.get(Area.SCOTLAND), "none in Scotland");

    List<String> inWales =
        read(
            em ->
                Boundaries.wired(Events.class, em)
                    .list(ListQuery.of(0, 50, "title", RUN, Map.of("area", "w92000004")))
                    .items()
                    .stream()
                    .map(Event::getTitle)
                    .toList());
    assertEquals(List.of(RUN + " Cardiff again", RUN + " Cardiff and Camden"), inWales);
    Event found = read(em -> Boundaries.wired(Events.class, em).find(id));
    assertTrue(found.getAreas().isEmpty());

    InvalidRecordException notACode =
        assertThrows(
            InvalidRecordException.class,
            () ->
                read(
                    em ->
                        Boundaries.wired(Events.class, em)
                            .list(ListQuery.of(0, 50, null, null, Map.of("area", "Wales")))));
    assertTrue(notACode.messages().containsKey("area"), notACode.messages().toString());
  }

  @Test
  void aSeriesIsShownBothWaysAndNeverGoesRound() {
    long[] ids =
        read(
            em -> {
              Events events = Boundaries.wired(Events.class, em);
              Event first = events.save(event("First roundtable", 4, AreaCode.of(Area.NORTH_EAST)));
              Event second = event("Second roundtable", 5, AreaCode.of(Area.NORTH_EAST));
              second.setFollowsOn(first);
              second = events.save(second);
              Event third = event("Third roundtable", 6);
              third.setFollowsOn(first);
              third = events.save(third);
              return new long[] {first.getId(), second.getId(), third.getId()};
            });
    Event first = read(em -> Boundaries.wired(Events.class, em).find(ids[0]));
    assertEquals(
        List.of(RUN + " Second roundtable", RUN + " Third roundtable"),
        first.getFollowedBy().stream().map(Event::getTitle).toList(),
        "the follow-ups, earliest first, read with the event");
    Event second = read(em -> Boundaries.wired(Events.class, em).find(ids[1]));
    assertEquals(RUN + " First roundtable", second.getFollowsOn().getTitle());

    InvalidRecordException round =
        assertThrows(
            InvalidRecordException.class,
            () ->
                read(
                    em -> {
                      Events events = Boundaries.wired(Events.class, em);
                      Event earlier = events.find(ids[0]);
                      earlier.setFollowsOn(events.find(ids[1]));
                      return events.save(earlier);
                    }));
    assertEquals(
        "An event cannot follow on from one of its own follow-ups",
        round.messages().get("followsOn"));
    Event unchanged = read(em -> em.find(Event.class, ids[0]).getFollowsOn());
    assertNull(unchanged, "nothing was written");
  }

  @Test
  void anImportedEventKeepsItsAreasAndABadCodeIsNamedByRowAndColumn() {
    RowImport.Check check =
        read(
            em ->
                Boundaries.wired(EventImport.class, em)
                    .check(
                        List.of(
                            Map.of(
                                "title", RUN + " imported",
                                "type", "WORKSHOP",
                                "starts_at", "2026-04-01 10:00",
                                "online", "yes",
                                "areas", "S92000003 | E12000002"),
                            Map.of(
                                "title", RUN + " misplaced",
                                "type", "WORKSHOP",
                                "starts_at", "2026-04-02 10:00",
                                "online", "yes",
                                "areas", "Glasgow"))));
    assertEquals(1, check.problems().size(), check.problems().toString());
    assertEquals("areas", check.problems().get(0).column());
    assertEquals(3, check.problems().get(0).row());
    List<RowImport.Written> written =
        read(
            em ->
                Boundaries.wired(EventImport.class, em)
                    .importAll(
                        List.of(
                            Map.of(
                                "title", RUN + " imported",
                                "type", "WORKSHOP",
                                "starts_at", "2026-04-01 10:00",
                                "online", "yes",
                                "areas", "S92000003 | E12000002"))));
    assertEquals(
        List.of("E12000002", "S92000003"),
        read(
            em ->
                em.find(Event.class, written.get(0).id()).getAreas().stream()
                    .map(AreaCode::code)
                    .sorted()
                    .toList()));
  }
}
