package org.coproduction.landscape.reports.schedule;

import java.time.Instant;
import java.time.ZoneId;

/** How often a scheduled report is sent. */
public enum Cadence {
  WEEKLY,
  MONTHLY;

  /** The sending times are kept on the clock of the people who read them. */
  static final ZoneId ZONE = ZoneId.of("Europe/London");

  /**
   * The sending after {@code due}: a week later, or a month later on the same day (the month's last
   * day where it is shorter), at the same time of day in London.
   */
  public Instant after(Instant due) {
    var local = due.atZone(ZONE);
    return (this == WEEKLY ? local.plusWeeks(1) : local.plusMonths(1)).toInstant();
  }
}
