package org.coproduction.landscape.reports;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many documents may be produced at once in this server: one keeps a core busy for seconds, so
 * a few at a time keep the screens responsive. A singleton with bean-managed concurrency, the place
 * where a Jakarta EE application may hold a semaphore.
 *
 * <p>The reports produced in the background ({@code run.ReportRuns}) are bounded for the whole
 * cluster as well: the database holds {@link #AT_ONCE} rows of {@code report_slot} (migration V5),
 * and a server produces a run only while it holds one. Raising {@link #AT_ONCE} needs a migration
 * that adds the rows.
 *
 * <p>A semaphore needs no transaction: outside the caller's, a slot is released even when the
 * document failed with an error that marked the caller's transaction for rollback (the container
 * refuses any call within such a transaction).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportSlots {

  /** Documents produced at the same time. */
  public static final int AT_ONCE = 2;

  /** How long a caller waits for its turn. */
  static final int WAIT_SECONDS = 30;

  private final Semaphore slots = new Semaphore(AT_ONCE, true);

  /** Waits for a slot; {@link #release()} it in {@code finally}. */
  public void acquire() {
    try {
      if (!slots.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new ReportsBusyException(AT_ONCE);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportsBusyException(AT_ONCE);
    }
  }

  public void release() {
    slots.release();
  }
}
