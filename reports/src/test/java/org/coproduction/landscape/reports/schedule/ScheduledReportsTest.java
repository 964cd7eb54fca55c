package org.coproduction.landscape.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How often a server looks for due reports by e-mail is a setting an operator writes: one under a
 * second stops the application's start with a message naming the setting, rather than a server that
 * looks all the time or never. (The timer itself, every 2 s, is what the web module's {@code
 * ScheduleApiIT} waits for.)
 */
class ScheduledReportsTest {

  @Test
  void aLookUnderASecondIsRefusedNamingTheSetting() {
    for (long seconds : new long[] {0, -10}) {
      ScheduledReports reports = new ScheduledReports();
      reports.checkSeconds = seconds;
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, reports::startLooking);
      assertTrue(
          refused.getMessage().contains("LANDSCAPE_SCHEDULE_CHECK_SECONDS")
              && refused.getMessage().contains("at least 1")
              && refused.getMessage().endsWith(" " + seconds),
          refused.getMessage());
    }
  }
}
