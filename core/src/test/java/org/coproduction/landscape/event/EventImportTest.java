package org.coproduction.landscape.event;

import static org.coproduction.landscape.testing.Rows.row;
import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.testing.Boundaries;
import org.coproduction.landscape.vocabulary.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A programme's events from a spreadsheet: convenor, networks, themes and the event followed on
 * from found in the record (or in an earlier row), every problem named by row and column, written
 * all or nothing.
 */
class EventImportTest {

  @BeforeAll
  static void theRecord() {
    inTransaction(
        em -> {
          em.persist(
              new Organisation("Event Import Trust", OrganisationType.CHARITY)
                  .identifiedBy("GB-CHC-7200042"));
          em.persist(new Network("Event Import Circle", NetworkScope.LOCAL));
          em.persist(new Network("Event Import Twin", NetworkScope.LOCAL));
          em.persist(new Network("Event Import Twin", NetworkScope.REGIONAL));
          em.persist(new Theme("EVENT_IMPORT_POWER", "Power (event import test)"));
          em.persist(
              new Event(
                  "Event import: first roundtable",
                  EventType.ROUNDTABLE,
                  LocalDateTime.of(2020, 11, 19, 10, 0)));
        });
  }

  private static <R> R withImport(Function<EventImport, R> work) {
    return inTransaction(
        em -> {
          return work.apply(Boundaries.wired(EventImport.class, em));
        });
  }

  @Test
  void eventsAreWrittenWithWhatTheirCellsName() {
    List<RowImport.Written> written =
        withImport(
            i ->
                i.importAll(
                    List.of(
                        row(
                            "title", "Event import: second roundtable",
                            "type", "roundtable",
                            "starts_at", "14/03/2021 10:00",
                            "ends_at", "2021-03-14T12:30",
                            "online", "yes",
                            "convenor", "GB-CHC-7200042",
                            "networks", "event import circle",
                            "themes", "event_import_power",
                            "follows_on", "Event import: first roundtable",
                            "outcomes", "A shared charter"),
                        row(
                            "title", "Event import: third roundtable",
                            "type", "ROUNDTABLE",
                            "starts_at", "2021-06-01 09:30",
                            "convenor", "event import trust",
                            "venue", "Friends Meeting House, Manchester",
                            "follows_on", "event import: second roundtable"))));
    assertEquals(2, written.size());
    inTransaction(
        em -> {
          Event second = em.find(Event.class, written.get(0).id());
          assertEquals(LocalDateTime.of(2021, 3, 14, 10, 0), second.getStartsAt());
          assertEquals(LocalDateTime.of(2021, 3, 14, 12, 30), second.getEndsAt());
          assertTrue(second.isOnline());
          assertEquals("Event Import Trust", second.getConvenor().getName());
          assertEquals(
              List.of("Event Import Circle"),
              second.getNetworksRepresented().stream().map(Network::getName).toList());
          assertEquals(
              List.of("EVENT_IMPORT_POWER"),
              second.getThemes().stream().map(Theme::getCode).toList());
          assertEquals("Event import: first roundtable", second.getFollowsOn().getTitle());
          Event third = em.find(Event.class, written.get(1).id());
          assertEquals("Event import: second roundtable", third.getFollowsOn().getTitle());
          assertEquals("Event Import Trust", third.getConvenor().getName());
          return null;
        });
  }

  @Test
  void everyProblemIsNamedByRowAndColumnAndNothingIsWritten() {
    List<Map<String, String>> rows =
        List.of(
            row(
                "title",
                "Event import: unwritten A",
                "type",
                "WORKSHOP",
                "starts_at",
                "1/2/2022 10:00",
                "venue",
                "Hall"),
            row(
                "title",
                "Event import: unwritten B",
                "type",
                "PARTY",
                "starts_at",
                "1/2/2022 10:00",
                "venue",
                "Hall"),
            row(
                "title",
                "Event import: unwritten C",
                "type",
                "WORKSHOP",
                "starts_at",
                "1/2/2022",
                "venue",
                "Hall"),
            row(
                "title", "Event import: unwritten D",
                "type", "WORKSHOP",
                "starts_at", "1/2/2022 10:00",
                "networks", "Event Import Twin|Nowhere Network",
                "themes", "NO_SUCH_THEME",
                "online", "perhaps",
                "venue", "Hall"),
            row(
                "title", "Event import: unwritten E",
                "type", "WORKSHOP",
                "starts_at", "1/2/2022 10:00",
                "ends_at", "1/2/2022 09:00",
                "venue", "Hall",
                "convenor", "GB-CHC-7299999"));
    RowImport.Check check = withImport(i -> i.check(rows));
    assertEquals(
        List.of(
            "3:type",
            "4:starts_at",
            "5:online",
            "5:networks",
            "5:networks",
            "5:themes",
            "6:convenor",
            "6:ends_at"),
        check.problems().stream().map(p -> p.row() + ":" + p.column()).toList(),
        check.toString());
    assertTrue(
        check.problems().get(3).message().contains("2 networks are called 'Event Import Twin'"),
        check.toString());
    InvalidRecordException e =
        assertThrows(InvalidRecordException.class, () -> withImport(i -> i.importAll(rows)));
    assertTrue(e.getMessage().contains("row 3, column type"), e.getMessage());
    long unwritten =
        inTransaction(
            em -> {
              return em.createQuery(
                      "select count(e) from Event e where e.title like 'Event import: unwritten%'",
                      Long.class)
                  .getSingleResult();
            });
    assertEquals(0, unwritten);
  }
}
