package org.coproduction.landscape.knowledge;

import static org.coproduction.landscape.testing.Rows.row;
import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.EventType;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.testing.Boundaries;
import org.coproduction.landscape.vocabulary.Sector;
import org.coproduction.landscape.vocabulary.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a roundtable's write-up learned, from a spreadsheet: theme, event, networks, sectors and
 * areas found in the record, every problem named by row and column, written all or nothing.
 */
class InsightImportTest {

  @BeforeAll
  static void theRecord() {
    inTransaction(
        em -> {
          em.persist(new Theme("INSIGHT_IMPORT_COOPTION", "Co-option (insight import test)"));
          em.persist(new Sector("INSIGHT_IMPORT_HEALTH", "Health (insight import test)"));
          em.persist(new Network("Insight Import Network", NetworkScope.NATIONAL));
          Event roundtable =
              new Event(
                  "Insight import roundtable",
                  EventType.ROUNDTABLE,
                  LocalDateTime.of(2020, 11, 19, 10, 0));
          roundtable.setOnline(true);
          em.persist(roundtable);
          for (int i = 0; i < 2; i++) {
            Event twin =
                new Event(
                    "Insight import twin workshop",
                    EventType.WORKSHOP,
                    LocalDateTime.of(2021, 1, 10 + i, 10, 0));
            twin.setOnline(true);
            em.persist(twin);
          }
        });
  }

  private static <R> R withImport(Function<InsightImport, R> work) {
    return inTransaction(
        em -> {
          return work.apply(Boundaries.wired(InsightImport.class, em));
        });
  }

  @Test
  void insightsAreWrittenWithWhatTheirCellsName() {
    List<RowImport.Written> written =
        withImport(
            i ->
                i.importAll(
                    List.of(
                        row(
                            "theme", "insight_import_cooption",
                            "text", "Insight import: co-option happens when money leads.",
                            "event", "insight import roundtable",
                            "recorded_on", "19/11/2020",
                            "source", "Roundtable write-up",
                            "networks", "Insight Import Network",
                            "sectors", "INSIGHT_IMPORT_HEALTH",
                            "areas", "e12000007|W92000004"))));
    assertEquals(1, written.size());
    inTransaction(
        em -> {
          Insight insight = em.find(Insight.class, written.get(0).id());
          assertEquals("INSIGHT_IMPORT_COOPTION", insight.getTheme().getCode());
          assertEquals("Insight import roundtable", insight.getEvent().getTitle());
          assertEquals(LocalDate.of(2020, 11, 19), insight.getRecordedOn());
          assertEquals(
              List.of("Insight Import Network"),
              insight.getNetworks().stream().map(Network::getName).toList());
          assertEquals(
              List.of("INSIGHT_IMPORT_HEALTH"),
              insight.getSectors().stream().map(Sector::getCode).toList());
          assertEquals(
              List.of("E12000007", "W92000004"),
              insight.getAreas().stream().map(AreaCode::code).sorted().toList());
          return null;
        });
  }

  @Test
  void everyProblemIsNamedByRowAndColumnAndNothingIsWritten() {
    List<Map<String, String>> rows =
        List.of(
            row(
                "theme", "INSIGHT_IMPORT_COOPTION",
                "text", "Insight import: unwritten A",
                "recorded_on", "2021-01-01",
                "source", "Notes",
                "networks", "Insight Import Network"),
            row(
                "theme", "NO_SUCH_THEME",
                "text", "Insight import: unwritten B",
                "recorded_on", "2021-01-01",
                "source", "Notes",
                "networks", "Insight Import Network"),
            row(
                "theme", "INSIGHT_IMPORT_COOPTION",
                "text", "Insight import: unwritten C",
                "event", "Insight import twin workshop",
                "recorded_on", "2999-01-01",
                "source", "Notes"),
            row(
                "theme", "INSIGHT_IMPORT_COOPTION",
                "text", "Insight import: unwritten D",
                "recorded_on", "2021-01-01",
                "source", "Notes",
                "networks", "Insight Import Network",
                "sectors", "NOT_A_SECTOR",
                "areas", "London"),
            row("theme", "INSIGHT_IMPORT_COOPTION", "recorded_on", "2021-01-01"));
    RowImport.Check check = withImport(i -> i.check(rows));
    assertEquals(
        // Sorted: Bean Validation reports a row's broken constraints in no fixed order.
        List.of(
            "3:theme",
            "4:event",
            "4:recorded_on",
            "5:areas",
            "5:sectors",
            "6:event",
            "6:source",
            "6:text"),
        check.problems().stream().map(p -> p.row() + ":" + p.column()).sorted().toList(),
        check.toString());
    assertTrue(
        check.problems().stream()
            .anyMatch(
                p -> p.message().equals("2 events are called 'Insight import twin workshop'")),
        check.toString());
    InvalidRecordException e =
        assertThrows(InvalidRecordException.class, () -> withImport(i -> i.importAll(rows)));
    assertTrue(e.getMessage().contains("row 3, column theme"), e.getMessage());
    long unwritten =
        inTransaction(
            em -> {
              return em.createQuery(
                      "select count(i) from Insight i where i.text like 'Insight import: unwritten%'",
                      Long.class)
                  .getSingleResult();
            });
    assertEquals(0, unwritten);
  }
}
