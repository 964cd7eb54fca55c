package org.coproduction.landscape.reports.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.Reports;
import org.junit.jupiter.api.Test;

/** Who sees which report, when a report expires, and how many a person may have at once. */
class RunBookTest {

  /** A clock that moves only when the test says so. */
  static final class StoppedClock extends Clock {
    Instant now = Instant.parse("2026-03-02T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final StoppedClock clock = new StoppedClock();
  final List<ReportRun> discarded = new ArrayList<>();
  final RunBook book = new RunBook(clock, Duration.ofMinutes(30), 3, discarded::add);

  ReportRun ask(String who) {
    return book.open(
        who,
        "funder.pdf",
        "Funder report",
        ReportParameters.forFunder(7),
        new Reports.Download("funder-7.pdf", "application/pdf"));
  }

  ReportRun produced(String who) {
    ReportRun run = ask(who);
    run.started(clock.instant());
    run.wrote(2048);
    run.ready(Path.of("/tmp/run.pdf"), clock.instant());
    return run;
  }

  @Test
  void aRunWaitsThenIsProducedThenIsReadyWithItsBytesAndTime() {
    ReportRun run = ask("ann");
    assertEquals(ReportRun.State.WAITING, run.state());
    assertTrue(run.unfinished());
    assertNull(run.expiresAt(book.keep()), "nothing expires before it is finished");

    clock.advance(Duration.ofSeconds(3));
    run.started(clock.instant());
    run.read(1000);
    run.read(234);
    run.wrote(1000);
    run.wrote(500);
    clock.advance(Duration.ofSeconds(4));
    RunStatus producing = run.status(clock.instant(), book.keep());
    assertEquals(ReportRun.State.PRODUCING, producing.state());
    assertEquals(1234, producing.rowsRead(), "rows read from the database so far");
    assertEquals(1500, producing.bytesWritten());
    assertEquals(7, producing.seconds());

    run.ready(Path.of("/tmp/run.pdf"), clock.instant());
    clock.advance(Duration.ofMinutes(5));
    RunStatus ready = run.status(clock.instant(), book.keep());
    assertTrue(ready.ready());
    assertEquals(7, ready.seconds(), "the time it took, not the time since");
    assertEquals(Instant.parse("2026-03-02T09:30:07Z"), ready.expiresAt());
    assertEquals("funder-7.pdf", ready.fileName());
  }

  @Test
  void runIdsAreRandomUuids() {
    ReportRun a = ask("ann");
    ReportRun b = ask("ann");
    assertNotEquals(a.id(), b.id());
    assertEquals(4, a.id().version(), "a random (version 4) UUID");
  }

  @Test
  void aPersonSeesAndDownloadsOnlyTheirOwnRuns() {
    ReportRun ann = produced("ann");
    produced("bob");

    assertEquals(List.of(ann.id().toString()), ids(book.statusOf("ann")));
    assertTrue(book.downloadable(ann.id().toString(), "ann").isPresent());
    assertTrue(book.downloadable(ann.id().toString(), "bob").isEmpty(), "not someone else's");
    assertTrue(book.downloadable(ann.id().toString(), "Ann").isEmpty(), "names are exact");
  }

  @Test
  void unknownMalformedAndUnfinishedRunsCannotBeDownloaded() {
    ReportRun waiting = ask("ann");
    assertTrue(book.downloadable(waiting.id().toString(), "ann").isEmpty(), "not ready yet");
    assertTrue(
        book.downloadable("00000000-0000-4000-8000-000000000000", "ann").isEmpty(), "unknown");
    assertTrue(book.downloadable("../../etc/passwd", "ann").isEmpty(), "not an id");
    assertTrue(book.downloadable(null, "ann").isEmpty());
  }

  @Test
  void aReadyRunExpiresAfterTheTimeKeptAndItsFileIsDiscarded() {
    ReportRun run = produced("ann");
    String id = run.id().toString();

    clock.advance(Duration.ofMinutes(29).plusSeconds(59));
    assertTrue(book.downloadable(id, "ann").isPresent(), "a second before it expires");
    book.removeExpired();
    assertTrue(discarded.isEmpty());

    clock.advance(Duration.ofSeconds(1));
    assertTrue(book.downloadable(id, "ann").isEmpty(), "expired, even before the sweep");
    assertTrue(book.statusOf("ann").isEmpty(), "no longer listed");
    book.removeExpired();
    assertEquals(List.of(run), discarded, "its file is deleted");
  }

  @Test
  void aFailedRunExpiresToo() {
    ReportRun run = ask("ann");
    run.failed("No funder with id 7", clock.instant());
    assertFalse(run.unfinished());
    assertEquals("No funder with id 7", book.statusOf("ann").get(0).failure());
    clock.advance(Duration.ofMinutes(30));
    book.removeExpired();
    assertEquals(List.of(run), discarded);
  }

  @Test
  void anUnfinishedRunNeverExpires() {
    ReportRun run = ask("ann");
    run.started(clock.instant());
    clock.advance(Duration.ofHours(5));
    book.removeExpired();
    assertTrue(discarded.isEmpty());
    assertEquals(1, book.statusOf("ann").size());
  }

  @Test
  void aPersonMayHaveOnlySoManyRunsWaitingOrBeingProduced() {
    ask("ann");
    ask("ann").started(clock.instant());
    ReportRun third = ask("ann");
    TooManyRunsException e = assertThrows(TooManyRunsException.class, () -> ask("ann"));
    assertTrue(e.getMessage().contains("3 reports waiting or being produced"), e.getMessage());
    ask("bob");

    third.ready(Path.of("/tmp/run.pdf"), clock.instant());
    ask("ann");
    assertEquals(4, book.statusOf("ann").size());
  }

  @Test
  void aPersonKeepsAtMostTenRunsTheOldestFinishedMakingWay() {
    List<ReportRun> runs = new ArrayList<>();
    for (int i = 0; i < RunBook.KEPT_PER_PERSON; i++) {
      runs.add(produced("ann"));
      clock.advance(Duration.ofSeconds(1));
    }
    ReportRun newest = ask("ann");
    assertEquals(List.of(runs.get(0)), discarded, "the oldest made way");
    List<RunStatus> seen = book.statusOf("ann");
    assertEquals(RunBook.KEPT_PER_PERSON, seen.size());
    assertEquals(newest.id().toString(), seen.get(0).id(), "newest first");
  }

  @Test
  void everyRunIsDiscardedWhenTheApplicationStops() {
    produced("ann");
    ask("bob");
    book.removeAll();
    assertEquals(2, discarded.size());
    assertTrue(book.statusOf("ann").isEmpty());
  }

  @Test
  void reportsMustBeKeptForSomeTime() {
    assertThrows(
        IllegalArgumentException.class, () -> new RunBook(clock, Duration.ZERO, 3, r -> {}));
  }

  private static List<String> ids(List<RunStatus> statuses) {
    return statuses.stream().map(RunStatus::id).toList();
  }
}
