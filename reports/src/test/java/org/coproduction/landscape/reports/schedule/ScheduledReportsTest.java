package org.coproduction.landscape.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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

  /**
   * A server's look runs on its scheduled executor, which never runs a task again once it has
   * thrown: whatever fails during one look (the database, a class that cannot be loaded), the next
   * look still happens.
   */
  @Test
  void aLookThatFailsLeavesTheNextLookToGoAhead() {
    AtomicInteger asked = new AtomicInteger();
    ScheduledReports reports = new ScheduledReports();
    reports.queue =
        new ScheduleQueue() {
          @Override
          public List<Long> due(Instant now, int max) {
            if (asked.incrementAndGet() == 1) {
              throw new IllegalStateException("the database is not answering");
            }
            throw new NoClassDefFoundError("a class of the report could not be loaded");
          }
        };
    reports.tick();
    reports.tick();
    assertEquals(2, asked.get(), "both looks asked what is due, neither ended the looking");
  }
}
