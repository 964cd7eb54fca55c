package org.coproduction.landscape.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.ReportsBusyException;

/**
 * How a report becomes a download: checked first (unknown funder 404, missing filter 400), then
 * streamed as it is produced, never cached, with its file name. Every download is recorded in the
 * audit log by {@link Reports}.
 */
final class Downloads {

  private Downloads() {}

  static Response of(Reports reports, String name, ReportParameters parameters) {
    Reports.Download d = reports.describe(name, parameters);
    StreamingOutput body = out -> reports.produce(name, parameters, out);
    return Response.ok(body, d.mediaType())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
        .build();
  }

  /** The filters of a download, from query parameters; dates are YYYY-MM-DD. */
  static ReportParameters parameters(Long funder, Long programme, String from, String to) {
    try {
      return new ReportParameters(funder, programme, date("from", from), date("to", to));
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException("to", e.getMessage());
    }
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException(
          name, "'" + value + "' is not a date: write it as YYYY-MM-DD");
    }
  }

  /** 503 with Retry-After: the server is producing as many documents as it may at once. */
  @Provider
  public static class Busy implements ExceptionMapper<ReportsBusyException> {
    @Override
    public Response toResponse(ReportsBusyException e) {
      return Errors.response(Status.SERVICE_UNAVAILABLE, null, e.getMessage())
          .header(HttpHeaders.RETRY_AFTER, "60")
          .build();
    }
  }
}
