package org.coproduction.landscape.reports;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters a report understands: a funder, one of its programmes, and a period (inclusive). A
 * report ignores what it does not use; every value may be absent.
 *
 * @param funderId the funding organisation's id
 * @param programmeId the grant programme's id
 * @param from the first day of the period (award date for grants, start for events)
 * @param to the last day of the period
 */
public record ReportParameters(Long funderId, Long programmeId, LocalDate from, LocalDate to)
    implements Serializable {

  public ReportParameters {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "The period ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** No filter: the whole record. */
  public static ReportParameters none() {
    return new ReportParameters(null, null, null, null);
  }

  public static ReportParameters forFunder(long funderId) {
    return new ReportParameters(funderId, null, null, null);
  }

  public ReportParameters between(LocalDate from, LocalDate to) {
    return new ReportParameters(funderId, programmeId, from, to);
  }

  public ReportParameters inProgramme(Long programmeId) {
    return new ReportParameters(funderId, programmeId, from, to);
  }

  /**
   * The period in words, for a report's heading: "all dates", "from 1 Apr 2020", "1 Apr 2020 to 31
   * Mar 2021".
   */
  public String periodText() {
    var f = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);
    if (from == null && to == null) {
      return "all dates";
    }
    if (to == null) {
      return "from " + f.format(from);
    }
    if (from == null) {
      return "up to " + f.format(to);
    }
    return f.format(from) + " to " + f.format(to);
  }
}
