package org.coproduction.landscape.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportsDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduled reports in the real database (H2 by default, PostgreSQL with {@code -Ppostgres}),
 * as the servers of a cluster use them, each transaction here one server's: a sending due on
 * several servers at once is claimed by one; one sent is due again a week later; one that fails is
 * tried again after a doubling wait, then left for its next sending.
 */
class ScheduleQueueTest {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** Runs {@code work} in a transaction of its own and commits it. */
  static <R> R in(Function<ScheduleQueue, R> work) {
    EntityManager em = ReportsDatabase.emf().createEntityManager();
    try {
      ScheduleQueue q = new ScheduleQueue();
      q.em = em;
      em.getTransaction().begin();
      R r = work.apply(q);
      em.getTransaction().commit();
      return r;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** None before a test, and none left behind for the servers that later share the database. */
  @BeforeEach
  @AfterEach
  void noSchedules() {
    in(q -> q.em.createNativeQuery("delete from report_schedule").executeUpdate());
  }

  static long schedule(Cadence cadence, Instant due) {
    return in(
        q -> {
          ReportSchedule s =
              new ReportSchedule(
                  "viewer",
                  "landscape.pdf",
                  "Landscape report",
                  ReportParameters.none(),
                  null,
                  cadence,
                  List.of("board@example.org"),
                  due,
                  due.minusSeconds(60));
          q.em.persist(s);
          q.em.flush();
          return s.getId();
        });
  }

  static ReportSchedule read(long id) {
    return in(q -> q.em.find(ReportSchedule.class, id));
  }

  @Test
  void serversFindingOneSendingDueTogetherClaimItOnce() throws Exception {
    long id = schedule(Cadence.WEEKLY, T0);
    long later = schedule(Cadence.WEEKLY, T0.plusSeconds(3600));
    assertEquals(List.of(id), in(q -> q.due(T0.plusSeconds(1), 5)), "only what is due");
    int servers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(servers);
    CountDownLatch together = new CountDownLatch(1);
    List<Future<Boolean>> claims = new ArrayList<>();
    for (int i = 0; i < servers; i++) {
      String claim = "server-" + i;
      Callable<Boolean> server =
          () -> {
            together.await();
            try {
              return in(q -> q.claim(id, claim, T0.plusSeconds(1), true)).isPresent();
            } catch (RuntimeException e) {
              // A database may refuse the second of two updates of one row outright: not claimed.
              return false;
            }
          };
      claims.add(pool.submit(server));
    }
    together.countDown();
    int claimed = 0;
    for (Future<Boolean> f : claims) {
      claimed += f.get() ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(1, claimed, "one server sends it");
    assertTrue(in(q -> q.due(T0.plusSeconds(2), 5)).isEmpty(), "held while it is sent");
    assertTrue(
        in(q -> q.claim(id, "late", T0.plusSeconds(2), true)).isEmpty(),
        "nobody takes it meanwhile");
    assertTrue(
        in(q -> q.claim(later, "early", T0.plusSeconds(2), true)).isEmpty(),
        "a sending not yet due is not claimed");
    assertEquals(
        List.of(id),
        in(q -> q.due(T0.plus(ScheduleQueue.HOLD).plusSeconds(2), 1)),
        "a server that stopped while sending leaves it to another once its claim has passed");
  }

  @Test
  void aSendingSentIsDueAgainAWeekLaterAndLetGo() {
    long id = schedule(Cadence.WEEKLY, T0);
    ReportSchedule s = in(q -> q.claim(id, "a", T0.plusSeconds(5), true)).orElseThrow();
    assertEquals("a", s.claim());
    in(
        q -> {
          q.sent(id, "a", T0.plusSeconds(30), true);
          return null;
        });
    ReportSchedule sent = read(id);
    assertEquals(T0.plus(Duration.ofDays(7)), sent.getNextDueAt());
    assertEquals(T0.plusSeconds(30), sent.getLastSentAt());
    assertNull(sent.claim(), "let go");
    assertTrue(in(q -> q.due(T0.plus(Duration.ofDays(6)), 5)).isEmpty());

    long monthly = schedule(Cadence.MONTHLY, T0);
    in(q -> q.claim(monthly, "b", T0.plus(Duration.ofDays(40)), true)).orElseThrow();
    in(
        q -> {
          q.sent(monthly, "b", T0.plus(Duration.ofDays(40)), true);
          return null;
        });
    assertEquals(
        Instant.parse("2026-05-02T08:00:00Z"),
        read(monthly).getNextDueAt(),
        "a sending missed is not made up: the next after now, 09:00 in London (summer time)");

    in(q -> q.claim(id, "now", T0.plusSeconds(60), false)).orElseThrow();
    in(
        q -> {
          q.sent(id, "now", T0.plusSeconds(61), false);
          return null;
        });
    assertEquals(
        T0.plus(Duration.ofDays(7)), read(id).getNextDueAt(), "sent now: the next sending stays");
  }

  @Test
  void aSendingThatFailsIsTriedAgainLaterEachTimeThenLeftForTheNext() {
    long id = schedule(Cadence.WEEKLY, T0);
    Instant now = T0;
    List<Duration> waits = List.of(Duration.ofSeconds(60), Duration.ofSeconds(120));
    for (int attempt = 1; attempt <= 2; attempt++) {
      Instant at = now;
      Duration wait = waits.get(attempt - 1);
      in(q -> q.claim(id, "a", at, true)).orElseThrow();
      in(
          q -> {
            q.failed(id, "a", "The mail server did not take it", at, true, 3, wait);
            return null;
          });
      ReportSchedule s = read(id);
      assertEquals(attempt, s.getAttempts());
      assertEquals(at.plus(wait), s.getRetryAt());
      assertEquals("The mail server did not take it", s.getLastFailure());
      assertTrue(in(q -> q.due(at.plus(wait).minusSeconds(1), 5)).isEmpty(), "not before its wait");
      Optional<Long> again = in(q -> q.due(at.plus(wait), 5)).stream().findFirst();
      assertEquals(Optional.of(id), again);
      now = at.plus(wait);
    }
    Instant last = now;
    in(q -> q.claim(id, "a", last, true)).orElseThrow();
    in(
        q -> {
          q.failed(
              id, "a", "The mail server did not take it", last, true, 3, Duration.ofMinutes(4));
          return null;
        });
    ReportSchedule given = read(id);
    assertEquals(0, given.getAttempts());
    assertNull(given.getRetryAt());
    assertEquals(T0.plus(Duration.ofDays(7)), given.getNextDueAt(), "left for the next sending");
    assertEquals("Not sent after 3 tries: The mail server did not take it", given.getLastFailure());
  }
}
