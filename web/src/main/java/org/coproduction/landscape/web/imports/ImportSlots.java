package org.coproduction.landscape.web.imports;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.concurrent.Semaphore;

/**
 * How many imports this server reads, checks or writes at once, from the Import screen and the API
 * together: each holds up to 10,000 rows in memory and a workbook being unpacked, so a third caller
 * is told to come back rather than queued. A singleton with bean-managed concurrency, the place
 * where a Jakarta EE application may hold a semaphore.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ImportSlots {

  /** Imports at the same time. */
  public static final int AT_ONCE = 2;

  private final Semaphore slots = new Semaphore(AT_ONCE);

  /**
   * Takes a slot at once, or refuses; {@link #release()} it in {@code finally}.
   *
   * @throws SpreadsheetReader.Refused ({@code import.busy}) when every slot is taken
   */
  public void acquire() throws SpreadsheetReader.Refused {
    if (!slots.tryAcquire()) {
      throw new SpreadsheetReader.Refused(BUSY);
    }
  }

  public void release() {
    slots.release();
  }

  /** The key of the refusal when every slot is taken. */
  public static final String BUSY = "import.busy";
}
