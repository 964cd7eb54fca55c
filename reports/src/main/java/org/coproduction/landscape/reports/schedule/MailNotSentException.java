package org.coproduction.landscape.reports.schedule;

import jakarta.ejb.ApplicationException;

/** A scheduled report could not be produced or sent just now: the message says why. */
@ApplicationException(rollback = false)
public class MailNotSentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MailNotSentException(String message) {
    super(message);
  }
}
