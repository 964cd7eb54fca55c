package org.coproduction.landscape.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import org.coproduction.landscape.reports.exchange.EventsCalendar;
import org.coproduction.landscape.reports.pdf.LandscapeReport;
import org.coproduction.landscape.reports.workbook.LandscapeWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The progress a person sees while a document is produced: every row read from the database is
 * counted, whether the report reads it itself or JasperReports reads it from a cursor.
 */
class RowsReadTest {

  @Test
  void thePdfCountsTheRowsItReadsWhileNothingIsWrittenYet() throws Exception {
    try (Connection c = LandscapeFixture.connection()) {
      AtomicLong read = new AtomicLong();
      long[] readWhenNothingWritten = {-1};
      ByteArrayOutputStream out =
          new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
              if (size() == 0 && readWhenNothingWritten[0] < 0) {
                readWhenNothingWritten[0] = read.get();
              }
              super.write(b, off, len);
            }
          };
      new LandscapeReport().write(source(c, read), ReportParameters.none(), out);
      assertTrue(out.size() > 0);
      assertTrue(read.get() > 0, "the figures and the networks are read");
      assertEquals(
          read.get(),
          readWhenNothingWritten[0],
          "every row is read while the PDF has written nothing: rows are its only progress then");
      c.rollback();
    }
  }

  @Test
  void theWorkbookCountsEveryRowOfItsSheets() throws Exception {
    try (Connection c = LandscapeFixture.connection()) {
      long records =
          count(c, "select count(*) from network")
              + count(c, "select count(*) from organisation")
              + count(c, "select count(*) from funding_grant")
              + count(c, "select count(*) from event")
              + count(c, "select count(*) from insight");
      AtomicLong read = new AtomicLong();
      new LandscapeWorkbook()
          .write(source(c, read), ReportParameters.none(), new ByteArrayOutputStream());
      assertTrue(read.get() >= records, read.get() + " rows read for " + records + " records");
      c.rollback();
    }
  }

  @Test
  void theCalendarCountsItsEventsAndTheirPublicRoles() throws Exception {
    try (Connection c = LandscapeFixture.connection()) {
      long events = count(c, "select count(*) from event");
      long roles =
          count(
              c,
              "select count(*) from event_participation x join person p on p.id = x.person_id"
                  + " where x.role in ('HOST', 'FACILITATOR') and p.anonymised = false");
      AtomicLong read = new AtomicLong();
      new EventsCalendar()
          .write(source(c, read), ReportParameters.none(), new ByteArrayOutputStream());
      assertEquals(events + roles, read.get());
      c.rollback();
    }
  }

  private static ReportSource source(Connection c, AtomicLong read) {
    return new ReportSource(
        c, LandscapeFixture.CLOCK, ReportSource.DEFAULT_PREFIX, read::addAndGet);
  }

  private static long count(Connection c, String sql) throws Exception {
    try (var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
