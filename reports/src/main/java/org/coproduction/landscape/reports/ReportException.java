package org.coproduction.landscape.reports;

/** A report could not be produced: its data could not be read or its document not written. */
public class ReportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }

  public ReportException(String message) {
    super(message);
  }
}
