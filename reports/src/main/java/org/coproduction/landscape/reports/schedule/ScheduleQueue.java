package org.coproduction.landscape.reports.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coproduction.landscape.reports.run.ReportRuns;

/**
 * The scheduled reports in the database, shared by every server of the cluster; each method is one
 * transaction of its own. A server sends a schedule only while it holds the schedule's claim, taken
 * by a single conditional {@code UPDATE}: when several servers find it due at once, one takes it. A
 * claim lasts {@link #HOLD}; a server that stopped while sending leaves it to be taken again once
 * that has passed.
 *
 * <p>Not a boundary: {@link Schedules} is. It is called by each server's own timer, where nobody is
 * signed in, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleQueue {

  /** How long a server may hold a schedule it is sending. */
  static final Duration HOLD = Duration.ofMinutes(15);

  @PersistenceContext(unitName = ReportRuns.PERSISTENCE_UNIT)
  EntityManager em;

  /** The ids of schedules due at {@code now} (or due again after a failure) that nobody holds. */
  public List<Long> due(Instant now, int max) {
    return em
        .createNativeQuery(
            "select id from report_schedule where coalesce(retry_at, next_due_at) <= ?1"
                + " and (claimed_until is null or claimed_until < ?1)"
                + " order by coalesce(retry_at, next_due_at), id")
        .setParameter(1, ReportSchedule.at(now))
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }

  /**
   * Takes the schedule for sending with {@code claim}, when nobody holds it (and, {@code dueOnly},
   * when it is due).
   *
   * @return the schedule as claimed, or empty when another server holds it or it is not due
   */
  public Optional<ReportSchedule> claim(long id, String claim, Instant now, boolean dueOnly) {
    int taken =
        em.createNativeQuery(
                "update report_schedule set claim = ?1, claimed_until = ?2 where id = ?3"
                    + " and (claimed_until is null or claimed_until < ?4)"
                    + (dueOnly ? " and coalesce(retry_at, next_due_at) <= ?4" : ""))
            .setParameter(1, claim)
            .setParameter(2, ReportSchedule.at(now.plus(HOLD)))
            .setParameter(3, id)
            .setParameter(4, ReportSchedule.at(now))
            .executeUpdate();
    return taken == 1 ? Optional.ofNullable(em.find(ReportSchedule.class, id)) : Optional.empty();
  }

  /** Records that the schedule was sent, and lets it go. */
  public void sent(long id, String claim, Instant now, boolean onSchedule) {
    held(id, claim).ifPresent(s -> s.sent(now, onSchedule));
    release(id, claim);
  }

  /** Records that the schedule could not be sent, when it is tried again, and lets it go. */
  public void failed(
      long id,
      String claim,
      String reason,
      Instant now,
      boolean onSchedule,
      int maxAttempts,
      Duration backoff) {
    held(id, claim).ifPresent(s -> s.failed(reason, now, onSchedule, maxAttempts, backoff));
    release(id, claim);
  }

  private Optional<ReportSchedule> held(long id, String claim) {
    ReportSchedule s = em.find(ReportSchedule.class, id);
    return s != null && claim.equals(s.claim()) ? Optional.of(s) : Optional.empty();
  }

  /** Lets the schedule go, unsent: another server, or this one later, takes it. */
  public void release(long id, String claim) {
    em.flush();
    em.createNativeQuery(
            "update report_schedule set claim = null, claimed_until = null where id = ?1 and claim = ?2")
        .setParameter(1, id)
        .setParameter(2, claim)
        .executeUpdate();
  }
}
