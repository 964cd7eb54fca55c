package org.coproduction.landscape.reports.run;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.Reports;

/**
 * The queue of report runs in the database, shared by every server of the cluster. Each method is
 * one transaction of its own; rows are taken with row locks, so that what one server does is never
 * done twice by another:
 *
 * <ul>
 *   <li>a person's unfinished runs hold numbered places (unique per person), so two servers asked
 *       at once cannot both give the last place ({@link #ask});
 *   <li>a server claims one of the cluster's {@code report_slot} rows and the oldest waiting run
 *       together, each with {@code SELECT ... FOR UPDATE SKIP LOCKED} one row at a time (H2 2.2
 *       applies a {@code LIMIT} before it skips locked rows, so "the first unlocked row" is asked
 *       row by row), so at most that many runs are produced at once in the whole cluster ({@link
 *       #claim});
 *   <li>the server producing a run writes only while it holds the run's claim ({@link #append},
 *       {@link #beat}, {@link #ready}, {@link #failed});
 *   <li>a run whose server gave no sign of life for a while is taken up again or failed by
 *       whichever server sees it first ({@link #recoverStale}); expired runs are deleted by a
 *       single {@code DELETE} ({@link #deleteExpired}), their files with them.
 * </ul>
 *
 * <p>Not a boundary: {@link ReportRuns} is (roles, the signed-in person). It is called by each
 * server's own timer, where nobody is signed in, hence {@code @PermitAll}; every method that reads
 * a person's runs takes that person's name.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunQueue {

  /** The most runs one person keeps, finished or not: the oldest finished make way. */
  public static final int KEPT_PER_PERSON = 10;

  /** What a person reads when the server producing their run stopped twice. */
  public static final String STOPPED =
      "The server producing this report stopped before it was finished; ask for it again";

  /** The unfinished place asked for was taken by another server meanwhile: ask again. */
  @ApplicationException(rollback = true)
  public static class PlaceTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PlaceTaken(Throwable cause) {
      super("Another run of the same person took the place meanwhile", cause);
    }
  }

  @PersistenceContext(unitName = ReportRuns.PERSISTENCE_UNIT)
  EntityManager em;

  /**
   * Records a new run asked for by {@code owner}, waiting for a slot, in the first free place among
   * their unfinished runs; their oldest finished runs beyond {@link #KEPT_PER_PERSON} are deleted.
   *
   * @throws TooManyRunsException when they already have {@code maxUnfinished} waiting or being
   *     produced
   * @param list the list a saved search's run downloads; null for a document of the Reports screen
   * @throws PlaceTaken when another server gave the same place at the same moment
   */
  public ReportRun ask(
      String owner,
      String reportName,
      String title,
      ReportParameters parameters,
      Reports.Download download,
      ListRequest list,
      int maxUnfinished,
      Instant now) {
    List<ReportRun> theirs = of(owner);
    Set<Integer> taken = new TreeSet<>();
    theirs.stream().filter(ReportRun::unfinished).forEach(r -> taken.add(r.getUnfinishedPlace()));
    int place = 1;
    while (taken.contains(place)) {
      place++;
    }
    if (place > maxUnfinished) {
      throw new TooManyRunsException(maxUnfinished);
    }
    List<ReportRun> oldestFinishedFirst =
        theirs.stream()
            .filter(r -> !r.unfinished())
            .sorted(Comparator.comparing(ReportRun::getAskedAt))
            .toList();
    for (int i = 0; theirs.size() - i >= KEPT_PER_PERSON && i < oldestFinishedFirst.size(); i++) {
      em.remove(oldestFinishedFirst.get(i));
    }
    ReportRun run = new ReportRun(owner, reportName, title, parameters, download, list, place, now);
    try {
      em.persist(run);
      em.flush();
    } catch (PersistenceException e) {
      throw new PlaceTaken(e);
    }
    return run;
  }

  /** The runs {@code owner} asked for, newest first, expired or not. */
  public List<ReportRun> of(String owner) {
    return em.createNamedQuery(ReportRun.OF_OWNER, ReportRun.class)
        .setParameter("owner", owner)
        .getResultList();
  }

  /** {@code owner}'s run of that id, when it has not expired. */
  public Optional<ReportRun> find(String id, String owner, Instant now) {
    if (id == null || id.length() != 36) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(ReportRun.class, id))
        .filter(r -> r.belongsTo(owner) && !r.expired(now));
  }

  /** Piece {@code seq} (from 0) of the file of {@code owner}'s run {@code id}; null if none. */
  public byte[] chunk(String id, String owner, int seq) {
    List<?> found =
        em.createNativeQuery(
                "select c.data from report_run_chunk c join report_run r on r.id = c.run_id"
                    + " where c.run_id = ?1 and c.seq = ?2 and r.owner = ?3 and r.state = 'READY'")
            .setParameter(1, id)
            .setParameter(2, seq)
            .setParameter(3, owner)
            .getResultList();
    return found.isEmpty() ? null : (byte[]) found.get(0);
  }

  /**
   * Takes a free slot of the {@code slots} of the cluster and the oldest waiting run for {@code
   * node}: the run is then being produced under a new claim. Nothing when every slot is taken or no
   * run waits (or every one is being claimed by another server at this moment).
   */
  public Optional<ReportRun> claim(String node, int slots, Instant now) {
    Integer slot = null;
    for (Object free :
        em.createNativeQuery(
                "select slot from report_slot where run_id is null and slot <= ?1 order by slot")
            .setParameter(1, slots)
            .getResultList()) {
      if (!em.createNativeQuery(
              "select slot from report_slot where slot = ?1 and run_id is null"
                  + " for update skip locked")
          .setParameter(1, free)
          .getResultList()
          .isEmpty()) {
        slot = ((Number) free).intValue();
        break;
      }
    }
    if (slot == null) {
      return Optional.empty();
    }
    for (Object id :
        em.createNativeQuery(
                "select id from report_run where state = 'WAITING' order by asked_at, id")
            .setMaxResults(20)
            .getResultList()) {
      if (!em.createNativeQuery(
              "select id from report_run where id = ?1 and state = 'WAITING'"
                  + " for update skip locked")
          .setParameter(1, id)
          .getResultList()
          .isEmpty()) {
        ReportRun run = em.find(ReportRun.class, id);
        em.refresh(run);
        run.claimed(node, now);
        em.flush();
        em.createNativeQuery("update report_slot set run_id = ?1 where slot = ?2")
            .setParameter(1, run.getId())
            .setParameter(2, slot)
            .executeUpdate();
        return Optional.of(run);
      }
    }
    return Optional.empty();
  }

  /**
   * The producing server's sign of life, with its progress; false when it no longer holds the claim
   * (the run was taken up by another server, or failed): it must stop.
   */
  public boolean beat(String id, String claim, long rows, long bytes, Instant now) {
    return em.createNativeQuery(
                "update report_run set heartbeat_at = ?1, rows_done = ?2, bytes_done = ?3"
                    + " where id = ?4 and claim = ?5 and state = 'PRODUCING'")
            .setParameter(1, utc(now))
            .setParameter(2, rows)
            .setParameter(3, bytes)
            .setParameter(4, id)
            .setParameter(5, claim)
            .executeUpdate()
        == 1;
  }

  /**
   * Stores piece {@code seq} of the file, with the progress so far ({@code bytes} including this
   * piece); false, storing nothing, when the server no longer holds the claim.
   */
  public boolean append(
      String id, String claim, int seq, byte[] data, long rows, long bytes, Instant now) {
    if (!beat(id, claim, rows, bytes, now)) {
      return false;
    }
    em.createNativeQuery("insert into report_run_chunk (run_id, seq, data) values (?1, ?2, ?3)")
        .setParameter(1, id)
        .setParameter(2, seq)
        .setParameter(3, data)
        .executeUpdate();
    return true;
  }

  /** The file is whole: the run is ready, kept for {@code keep}; false without the claim. */
  public boolean ready(String id, String claim, long rows, long bytes, Instant now, Duration keep) {
    return held(id, claim)
        .map(
            r -> {
              beat(id, claim, rows, bytes, now);
              em.refresh(r);
              r.ready(now, keep);
              freeSlot(id);
              return true;
            })
        .orElse(false);
  }

  /**
   * It could not be produced: failed with {@code reason}, its pieces deleted; false without the
   * claim.
   */
  public boolean failed(String id, String claim, String reason, Instant now, Duration keep) {
    return held(id, claim)
        .map(
            r -> {
              r.failed(reason, now, keep);
              deleteChunks(id);
              freeSlot(id);
              return true;
            })
        .orElse(false);
  }

  /**
   * The server stops in good order: the run waits again, at once and without counting the attempt,
   * for another server to take it up.
   */
  public boolean giveBack(String id, String claim) {
    return held(id, claim)
        .map(
            r -> {
              r.givenBack();
              deleteChunks(id);
              freeSlot(id);
              return true;
            })
        .orElse(false);
  }

  /**
   * Runs being produced by a server that gave no sign of life for {@code silence}: each waits again
   * (at its place in the queue) when it was begun fewer than {@code maxAttempts} times, else fails
   * with {@link #STOPPED}. A run another server is recovering at the same moment is left to it.
   * Also frees a slot held by a run no longer being produced. The ids of the runs recovered.
   */
  public List<String> recoverStale(Instant now, Duration silence, int maxAttempts, Duration keep) {
    OffsetDateTime before = utc(now.minus(silence));
    List<String> recovered = new ArrayList<>();
    for (Object id :
        em.createNativeQuery(
                "select id from report_run where state = 'PRODUCING'"
                    + " and (heartbeat_at is null or heartbeat_at < ?1)")
            .setParameter(1, before)
            .getResultList()) {
      boolean locked =
          !em.createNativeQuery(
                  "select id from report_run where id = ?1 and state = 'PRODUCING'"
                      + " and (heartbeat_at is null or heartbeat_at < ?2) for update skip locked")
              .setParameter(1, id)
              .setParameter(2, before)
              .getResultList()
              .isEmpty();
      if (locked) {
        ReportRun run = em.find(ReportRun.class, id);
        em.refresh(run);
        if (run.getAttempts() < maxAttempts) {
          run.waitAgain();
        } else {
          run.failed(STOPPED, now, keep);
        }
        deleteChunks(run.getId());
        freeSlot(run.getId());
        recovered.add(run.getId());
      }
    }
    em.createNativeQuery(
            "update report_slot set run_id = null where run_id is not null and run_id not in"
                + " (select id from report_run where state = 'PRODUCING')")
        .executeUpdate();
    return recovered;
  }

  /** Deletes every run kept until {@code now} or before, and its file; how many. */
  public int deleteExpired(Instant now) {
    return em.createNativeQuery("delete from report_run where expires_at <= ?1")
        .setParameter(1, utc(now))
        .executeUpdate();
  }

  private Optional<ReportRun> held(String id, String claim) {
    if (em.createNativeQuery(
            "select id from report_run where id = ?1 and claim = ?2 and state = 'PRODUCING'"
                + " for update")
        .setParameter(1, id)
        .setParameter(2, claim)
        .getResultList()
        .isEmpty()) {
      return Optional.empty();
    }
    ReportRun run = em.find(ReportRun.class, id);
    em.refresh(run);
    return Optional.of(run);
  }

  private static OffsetDateTime utc(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  private void deleteChunks(String id) {
    em.createNativeQuery("delete from report_run_chunk where run_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  private void freeSlot(String id) {
    em.createNativeQuery("update report_slot set run_id = null where run_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }
}
