package org.coproduction.landscape.reports.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSlots;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.ReportsDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue of report runs on the real database (H2 by default, PostgreSQL with {@code
 * -Ppostgres}), as two servers use it: each transaction here is one server's. Claims that overlap
 * never take the same run nor more than the cluster's slots; a person's limit holds when two
 * servers are asked at once; a run whose server stopped is taken up once, then failed; expired runs
 * are deleted with their files, once.
 */
class RunQueueTest {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final Duration KEEP = Duration.ofMinutes(30);
  static final Duration SILENCE = Duration.ofMinutes(2);

  static EntityManagerFactory emf() {
    return ReportsDatabase.emf();
  }

  /** One server's transaction: begun, handed the queue, left open until {@link #commit}. */
  static final class Tx implements AutoCloseable {
    final EntityManager em = emf().createEntityManager();
    final RunQueue queue = new RunQueue();

    Tx() {
      queue.em = em;
      em.getTransaction().begin();
    }

    void commit() {
      em.getTransaction().commit();
    }

    @Override
    public void close() {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** Runs {@code work} in a transaction of its own and commits it. */
  static <R> R in(Function<RunQueue, R> work) {
    try (Tx tx = new Tx()) {
      R r = work.apply(tx.queue);
      tx.commit();
      return r;
    }
  }

  @BeforeEach
  void emptyQueue() {
    in(
        q -> {
          q.em.createNativeQuery("update report_slot set run_id = null").executeUpdate();
          return q.em.createNativeQuery("delete from report_run").executeUpdate();
        });
  }

  static boolean ok(Function<RunQueue, Boolean> work) {
    return in(work);
  }

  static ReportRun ask(String owner, Instant at) {
    return in(
        q ->
            q.ask(
                owner,
                "landscape.pdf",
                "Landscape report",
                ReportParameters.none(),
                new Reports.Download("landscape.pdf", "application/pdf"),
                null,
                ReportRuns.MAX_UNFINISHED,
                at));
  }

  static ReportRun read(String id) {
    return in(q -> q.em.find(ReportRun.class, id));
  }

  static long count(String sql) {
    return in(q -> ((Number) q.em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  static long producing() {
    return count("select count(*) from report_run where state = 'PRODUCING'");
  }

  @Test
  void overlappingClaimsTakeDifferentRunsOldestFirstAndNoMoreThanTheSlots() {
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      asked.add(ask("person" + i, T0.plusSeconds(i)).getId());
    }
    try (Tx a = new Tx();
        Tx b = new Tx();
        Tx c = new Tx()) {
      // Three servers claim at the same moment; none has committed yet.
      Optional<ReportRun> first = a.queue.claim("node-a", ReportSlots.AT_ONCE, T0.plusSeconds(10));
      Optional<ReportRun> second = b.queue.claim("node-b", ReportSlots.AT_ONCE, T0.plusSeconds(10));
      Optional<ReportRun> third = c.queue.claim("node-c", ReportSlots.AT_ONCE, T0.plusSeconds(10));
      assertEquals(asked.get(0), first.orElseThrow().getId(), "the first asked, first");
      assertEquals(asked.get(1), second.orElseThrow().getId(), "the second skips the locked one");
      assertTrue(third.isEmpty(), "no third slot: " + third);
      a.commit();
      b.commit();
      c.commit();
    }
    assertEquals(2, producing());
    assertTrue(in(q -> q.claim("node-c", ReportSlots.AT_ONCE, T0.plusSeconds(11))).isEmpty());

    ReportRun a = read(asked.get(0));
    assertEquals("node-a", a.getNode());
    assertEquals(1, a.getAttempts());
    assertTrue(ok(q -> q.ready(a.getId(), a.getClaim(), 10, 0, T0.plusSeconds(20), KEEP)));
    assertEquals(
        asked.get(2),
        in(q -> q.claim("node-c", ReportSlots.AT_ONCE, T0.plusSeconds(21))).orElseThrow().getId(),
        "a slot given back goes to the next asked");
    assertEquals(2, producing());
    assertEquals(
        2, count("select count(*) from report_slot where run_id is not null"), "slots held");
  }

  @Test
  void serversClaimingTogetherNeverShareARunNorProduceMoreThanTwo() throws Exception {
    int runs = 12;
    for (int i = 0; i < runs; i++) {
      ask("crowd" + (i % 4) + "-" + (i / 4), T0.plusSeconds(i));
    }
    int servers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(servers);
    Set<String> produced = Collections.synchronizedSet(new HashSet<>());
    List<Long> seen = Collections.synchronizedList(new ArrayList<>());
    try {
      CyclicBarrier together = new CyclicBarrier(servers);
      List<Future<Integer>> done = new ArrayList<>();
      for (int s = 0; s < servers; s++) {
        String node = "node-" + s;
        done.add(
            pool.submit(
                () -> {
                  int mine = 0;
                  for (int round = 0; round < runs; round++) {
                    together.await(30, TimeUnit.SECONDS);
                    Optional<ReportRun> run =
                        in(q -> q.claim(node, ReportSlots.AT_ONCE, T0.plusSeconds(100)));
                    seen.add(producing());
                    together.await(30, TimeUnit.SECONDS);
                    if (run.isPresent()) {
                      ReportRun r = run.get();
                      assertTrue(produced.add(r.getId()), "claimed twice: " + r.getId());
                      assertTrue(
                          ok(
                              q ->
                                  q.ready(
                                      r.getId(), r.getClaim(), 1, 0, T0.plusSeconds(200), KEEP)));
                      mine++;
                    }
                  }
                  return mine;
                }));
      }
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get(120, TimeUnit.SECONDS);
      }
      assertEquals(runs, total, "every run produced once");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(runs, produced.size());
    assertTrue(seen.stream().allMatch(n -> n <= ReportSlots.AT_ONCE), "at most two: " + seen);
    assertEquals(0, producing());
  }

  @Test
  void aPersonMayHaveOnlyThreeUnfinishedEvenWhenTwoServersAreAskedAtOnce() throws Exception {
    ask("busy", T0);
    ask("busy", T0.plusSeconds(1));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<String>> answers = new ArrayList<>();
      for (int s = 0; s < 2; s++) {
        answers.add(
            pool.submit(
                () -> {
                  together.await(30, TimeUnit.SECONDS);
                  try {
                    return ask("busy", T0.plusSeconds(2)).getId();
                  } catch (RunQueue.PlaceTaken | TooManyRunsException e) {
                    return "refused";
                  }
                }));
      }
      List<String> got = new ArrayList<>();
      for (Future<String> f : answers) {
        got.add(f.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, got.stream().filter("refused"::equals).count(), "one of the two: " + got);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        3, count("select count(*) from report_run where owner = 'busy' and state = 'WAITING'"));
    TooManyRunsException refused =
        assertThrows(TooManyRunsException.class, () -> ask("busy", T0.plusSeconds(3)));
    assertTrue(refused.getMessage().contains("3 reports waiting"), refused.getMessage());

    ReportRun oldest = in(q -> q.claim("node-a", 2, T0.plusSeconds(4))).orElseThrow();
    in(q -> q.failed(oldest.getId(), oldest.getClaim(), "no", T0.plusSeconds(5), KEEP));
    assertEquals(1, (int) ask("busy", T0.plusSeconds(6)).getUnfinishedPlace(), "its place again");
  }

  @Test
  void theFileIsStoredInPiecesAndReadBackInOrderByItsOwnerOnly() {
    String id = ask("writer", T0).getId();
    ReportRun run = in(q -> q.claim("node-a", 2, T0.plusSeconds(1))).orElseThrow();
    assertEquals(id, run.getId());
    byte[][] pieces = {{1, 2, 3}, {4, 5}, {6}};
    for (int i = 0; i < pieces.length; i++) {
      int seq = i;
      assertTrue(ok(q -> q.append(id, run.getClaim(), seq, pieces[seq], 7, 6, T0.plusSeconds(2))));
    }
    assertNull(in(q -> q.chunk(id, "writer", 0)), "nothing to download before it is ready");
    assertTrue(ok(q -> q.ready(id, run.getClaim(), 7, 6, T0.plusSeconds(3), KEEP)));
    for (int i = 0; i < pieces.length; i++) {
      int seq = i;
      assertArrayEquals(pieces[seq], in(q -> q.chunk(id, "writer", seq)));
    }
    assertNull(in(q -> q.chunk(id, "writer", 3)), "past the end");
    assertNull(in(q -> q.chunk(id, "someone-else", 0)), "someone else's");
    RunStatus status = read(id).status(T0.plusSeconds(4));
    assertEquals(ReportRun.State.READY, status.state());
    assertEquals(6, status.bytesWritten());
    assertEquals(7, status.rowsRead());
    assertEquals(T0.plusSeconds(3).plus(KEEP), status.expiresAt());
    assertFalse(
        ok(q -> q.append(id, run.getClaim(), 3, new byte[] {9}, 7, 7, T0.plusSeconds(5))),
        "nothing is written to a finished run");
  }

  @Test
  void aRunWhoseServerStoppedIsTakenUpOnceThenFailed() {
    String id = ask("patient", T0).getId();
    ReportRun first = in(q -> q.claim("node-a", 2, T0)).orElseThrow();
    assertTrue(ok(q -> q.append(id, first.getClaim(), 0, new byte[] {1}, 1, 1, T0)));

    assertEquals(
        List.of(), in(q -> q.recoverStale(T0.plus(SILENCE), SILENCE, 2, KEEP)), "not yet stale");
    assertTrue(ok(q -> q.beat(id, first.getClaim(), 5, 1, T0.plusSeconds(60))), "alive");
    assertEquals(
        List.of(),
        in(q -> q.recoverStale(T0.plusSeconds(170), SILENCE, 2, KEEP)),
        "its sign of life keeps it");

    // node-a stops: no sign of life for more than two minutes.
    Instant later = T0.plusSeconds(60).plus(SILENCE).plusSeconds(1);
    assertEquals(List.of(id), in(q -> q.recoverStale(later, SILENCE, 2, KEEP)));
    assertEquals(List.of(), in(q -> q.recoverStale(later, SILENCE, 2, KEEP)), "once");
    ReportRun waiting = read(id);
    assertEquals(ReportRun.State.WAITING, waiting.getState());
    assertEquals(0, count("select count(*) from report_run_chunk where run_id = '" + id + "'"));
    assertEquals(0, count("select count(*) from report_slot where run_id is not null"));
    assertFalse(
        ok(q -> q.append(id, first.getClaim(), 1, new byte[] {2}, 1, 2, later)),
        "node-a, back from the dead, may no longer write to it");

    ReportRun second = in(q -> q.claim("node-b", 2, later)).orElseThrow();
    assertEquals(id, second.getId(), "taken up by another server");
    assertEquals(2, second.getAttempts());
    assertNotEquals(first.getClaim(), second.getClaim());

    Instant muchLater = later.plus(SILENCE).plusSeconds(1);
    assertEquals(List.of(id), in(q -> q.recoverStale(muchLater, SILENCE, 2, KEEP)));
    ReportRun failed = read(id);
    assertEquals(ReportRun.State.FAILED, failed.getState());
    assertEquals(RunQueue.STOPPED, failed.getFailure());
    assertEquals(muchLater.plus(KEEP), failed.getExpiresAt());
    assertNull(failed.getUnfinishedPlace(), "the person may ask again");
    assertEquals(0, count("select count(*) from report_slot where run_id is not null"));
  }

  @Test
  void expiredRunsAreDeletedWithTheirFilesOnce() {
    String id = ask("done", T0).getId();
    ReportRun run = in(q -> q.claim("node-a", 2, T0)).orElseThrow();
    in(q -> q.append(id, run.getClaim(), 0, new byte[RunFile.CHUNK], 0, RunFile.CHUNK, T0));
    in(q -> q.append(id, run.getClaim(), 1, new byte[] {1}, 0, RunFile.CHUNK + 1, T0));
    in(q -> q.ready(id, run.getClaim(), 0, RunFile.CHUNK + 1, T0.plusSeconds(1), KEEP));
    String waiting = ask("done", T0.plusSeconds(2)).getId();

    Instant expiry = T0.plusSeconds(1).plus(KEEP);
    assertEquals(
        0, (int) in(q -> q.deleteExpired(expiry.minusSeconds(1))), "kept until it expires");
    assertTrue(in(q -> q.find(id, "done", expiry.minusSeconds(1))).isPresent());
    assertTrue(
        in(q -> q.find(id, "done", expiry)).isEmpty(),
        "no longer shown once expired, deleted or not");
    assertEquals(1, (int) in(q -> q.deleteExpired(expiry)));
    assertEquals(0, (int) in(q -> q.deleteExpired(expiry)), "deleted once");
    assertNull(read(id));
    assertEquals(0, count("select count(*) from report_run_chunk where run_id = '" + id + "'"));
    assertEquals(
        ReportRun.State.WAITING, read(waiting).getState(), "an unfinished run never expires");
  }

  @Test
  void aPersonKeepsAtMostTenRunsTheOldestFinishedMakingWay() {
    List<String> finished = new ArrayList<>();
    for (int i = 0; i < RunQueue.KEPT_PER_PERSON; i++) {
      finished.add(ask("keeper", T0.plusSeconds(i)).getId());
      Instant at = T0.plusSeconds(i);
      ReportRun run = in(q -> q.claim("node-a", 2, at)).orElseThrow();
      ok(q -> q.ready(run.getId(), run.getClaim(), 0, 0, at, KEEP));
    }
    String newest = ask("keeper", T0.plusSeconds(100)).getId();
    List<String> kept = in(q -> q.of("keeper")).stream().map(ReportRun::getId).toList();
    assertEquals(RunQueue.KEPT_PER_PERSON, kept.size());
    assertEquals(newest, kept.get(0), "newest first");
    assertFalse(kept.contains(finished.get(0)), "the oldest finished made way");
    assertTrue(kept.contains(finished.get(1)));
  }

  @Test
  void aServerStoppingInGoodOrderGivesItsRunBackAtOnce() {
    String id = ask("handed", T0).getId();
    ReportRun run = in(q -> q.claim("node-a", 2, T0)).orElseThrow();
    ok(q -> q.append(id, run.getClaim(), 0, new byte[] {1}, 0, 1, T0));
    assertTrue(ok(q -> q.giveBack(id, run.getClaim())));
    ReportRun waiting = read(id);
    assertEquals(ReportRun.State.WAITING, waiting.getState());
    assertEquals(0, waiting.getAttempts(), "the attempt does not count");
    assertEquals(0, count("select count(*) from report_run_chunk where run_id = '" + id + "'"));
    ReportRun again = in(q -> q.claim("node-b", 2, T0.plusSeconds(1))).orElseThrow();
    assertEquals(id, again.getId());
    assertFalse(ok(q -> q.ready(id, run.getClaim(), 0, 1, T0.plusSeconds(2), KEEP)), "old claim");
  }
}
