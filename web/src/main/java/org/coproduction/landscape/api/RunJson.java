package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.coproduction.landscape.reports.run.RunStatus;

/**
 * A report run as a script sees it: its id, the report and its title, its status (WAITING,
 * PRODUCING, READY, FAILED), its progress (rows read from the database, bytes written, seconds
 * since it was asked for), when it was asked for and until when it may be downloaded, why it failed
 * ({@code message}), and once ready the address of its file ({@code download}).
 */
@JsonbPropertyOrder({"id", "report", "title", "status"})
public record RunJson(
    String id,
    String report,
    String title,
    String status,
    String fileName,
    String mediaType,
    long rowsRead,
    long bytesWritten,
    long seconds,
    Instant askedAt,
    Instant expiresAt,
    String message,
    String download) {

  static RunJson of(RunStatus s, String self) {
    return new RunJson(
        s.id(),
        s.reportName(),
        s.title(),
        s.state().name(),
        s.fileName(),
        s.mediaType(),
        s.rowsRead(),
        s.bytesWritten(),
        s.seconds(),
        s.askedAt(),
        s.expiresAt(),
        s.failure(),
        s.ready() ? self + "/download" : null);
  }
}
