package org.coproduction.landscape.reports;

import jakarta.ejb.ApplicationException;

/**
 * The person a report is produced for may no longer run reports: their account was deleted,
 * disabled or given a role without reports since they asked for it.
 */
@ApplicationException(rollback = true)
public class ReportNotAllowedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReportNotAllowedException() {
    super("Your account may no longer run reports: ask an administrator");
  }
}
