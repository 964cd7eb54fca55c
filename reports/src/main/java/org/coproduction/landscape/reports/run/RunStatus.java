package org.coproduction.landscape.reports.run;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a person sees of one of their reports at a moment: which report, its state, how many rows
 * have been read from the database and how many bytes written, for how many seconds they have
 * waited, when it was asked for, until when it may be downloaded, and why it failed.
 *
 * @param id the run's random id, which the download link carries
 * @param expiresAt null while unfinished
 * @param failure null unless it failed
 */
public record RunStatus(
    String id,
    String reportName,
    String title,
    String fileName,
    String mediaType,
    ReportRun.State state,
    long rowsRead,
    long bytesWritten,
    long seconds,
    Instant askedAt,
    Instant expiresAt,
    String failure)
    implements Serializable {

  public boolean unfinished() {
    return state == ReportRun.State.WAITING || state == ReportRun.State.PRODUCING;
  }

  public boolean ready() {
    return state == ReportRun.State.READY;
  }

  public boolean failed() {
    return state == ReportRun.State.FAILED;
  }
}
