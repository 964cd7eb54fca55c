package org.coproduction.landscape.reports.run;

import jakarta.ejb.ApplicationException;

/** A person already has as many reports waiting or being produced as one person may. */
@ApplicationException
public class TooManyRunsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int limit;

  public TooManyRunsException(int limit) {
    super(
        "You have "
            + limit
            + " reports waiting or being produced already: download or wait for one of them first");
    this.limit = limit;
  }

  /** How many unfinished reports one person may have. */
  public int limit() {
    return limit;
  }
}
