package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.schedule.ReportSchedule;

/**
 * A scheduled report as a script sees it: what it sends (a report with its filters, or a saved
 * search's list as it was when scheduled), how often and to whom, when it is next due, and how the
 * last send went: when it was sent, or why not and when it is tried again.
 */
@JsonbPropertyOrder({"id", "title", "report", "filters", "list", "cadence", "recipients"})
public record ScheduleJson(
    long id,
    String title,
    String report,
    Filters filters,
    String list,
    String cadence,
    List<String> recipients,
    Instant nextDueAt,
    Instant lastSentAt,
    String lastFailure,
    Instant retryAt,
    int failedTries,
    String href) {

  /** The document's filters, as a run takes them. */
  public record Filters(Long funder, Long programme, LocalDate from, LocalDate to) {}

  static ScheduleJson of(ReportSchedule s, String href) {
    ReportParameters p = s.parameters();
    return new ScheduleJson(
        s.getId(),
        s.getTitle(),
        s.getReportName(),
        s.list() == null ? new Filters(p.funderId(), p.programmeId(), p.from(), p.to()) : null,
        s.list() == null
            ? null
            : s.list().kind()
                + (s.list().parameters().isEmpty() ? "" : "?" + s.list().parameters()),
        s.getCadence().name(),
        s.recipients(),
        s.getNextDueAt(),
        s.getLastSentAt(),
        s.getLastFailure(),
        s.getRetryAt(),
        s.getAttempts(),
        href);
  }
}
