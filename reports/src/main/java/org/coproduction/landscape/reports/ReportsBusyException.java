package org.coproduction.landscape.reports;

import jakarta.ejb.ApplicationException;

/** Too many documents are being produced at once: the caller may try again in a minute. */
@ApplicationException
public class ReportsBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReportsBusyException(int atOnce) {
    super(atOnce + " reports are being produced already: try again in a minute");
  }
}
