package org.coproduction.landscape.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.reports.exchange.EventsCalendar;
import org.coproduction.landscape.reports.exchange.Giving360Json;
import org.coproduction.landscape.reports.exchange.Giving360Workbook;
import org.coproduction.landscape.reports.exchange.KumuWorkbook;
import org.coproduction.landscape.reports.pdf.FunderReport;
import org.coproduction.landscape.reports.pdf.LandscapeReport;
import org.coproduction.landscape.reports.workbook.LandscapeWorkbook;
import org.coproduction.landscape.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The boundary outside the container: the catalogue, the checks before a download, and the audit of
 * every export.
 */
class ReportsTest {

  /** The audit log's entries, kept in memory. */
  static final class RecordingAuditLog extends AuditLog {
    final List<String> entries = new ArrayList<>();

    @Override
    public void recordAction(
        AuditEntry.Action action, String recordType, Long recordId, String label, String note) {
      entries.add(action + " " + recordType + " " + recordId + " " + label + " | " + note);
    }
  }

  final RecordingAuditLog audit = new RecordingAuditLog();

  final Reports reports =
      new Reports(
          dataSource(),
          audit,
          List.of(
              new LandscapeReport(),
              new FunderReport(),
              new LandscapeWorkbook(),
              new Giving360Json(),
              new Giving360Workbook(),
              new EventsCalendar(),
              new KumuWorkbook()));

  static DataSource dataSource() {
    LandscapeFixture.funderId();
    try {
      if (TestDatabase.URL.startsWith("jdbc:postgresql")) {
        var ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(TestDatabase.URL);
        ds.setUser(TestDatabase.USER);
        ds.setPassword(TestDatabase.PASSWORD);
        return ds;
      }
      var ds =
          (DataSource)
              Class.forName("org.h2.jdbcx.JdbcDataSource").getDeclaredConstructor().newInstance();
      ds.getClass().getMethod("setURL", String.class).invoke(ds, TestDatabase.URL);
      ds.getClass().getMethod("setUser", String.class).invoke(ds, TestDatabase.USER);
      ds.getClass().getMethod("setPassword", String.class).invoke(ds, TestDatabase.PASSWORD);
      return ds;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theCatalogueHasTheSevenDownloadsPdfsFirst() {
    List<String> names = reports.catalogue().stream().map(Reports.Description::name).toList();
    assertEquals(7, names.size());
    assertEquals(List.of("funder.pdf", "landscape.pdf"), names.subList(0, 2));
    assertTrue(
        names.containsAll(
            List.of(
                "landscape.xlsx", "360giving.json", "360giving.xlsx", "events.ics", "kumu.xlsx")));
  }

  @Test
  void everyExportIsRecordedInTheAuditLog() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.Download d = reports.kumuWorkbook(out);
    assertEquals("kumu.xlsx", d.fileName());
    assertTrue(d.mediaType().contains("spreadsheetml"));
    assertTrue(out.size() > 0);
    long funder = LandscapeFixture.funderId();
    reports.funderPdf(funder, null, null, null, new ByteArrayOutputStream());
    assertEquals(2, audit.entries.size());
    assertTrue(
        audit.entries.get(0).startsWith("EXPORT Report null kumu.xlsx"), audit.entries.get(0));
    assertTrue(
        audit
            .entries
            .get(1)
            .startsWith(
                "EXPORT Report "
                    + funder
                    + " funder-"
                    + funder
                    + ".pdf | Funder report; funder #"
                    + funder),
        audit.entries.get(1));
  }

  @Test
  void aDownloadIsCheckedBeforeItStreams() {
    assertEquals(
        "funder-" + LandscapeFixture.funderId() + ".pdf",
        reports
            .describe("funder.pdf", ReportParameters.forFunder(LandscapeFixture.funderId()))
            .fileName());
    assertThrows(
        InvalidRecordException.class,
        () -> reports.describe("funder.pdf", ReportParameters.none()));
    assertThrows(
        RecordNotFoundException.class,
        () -> reports.describe("funder.pdf", ReportParameters.forFunder(987654321L)));
    assertThrows(
        RecordNotFoundException.class,
        () -> reports.describe("nothing.pdf", ReportParameters.none()));
    assertTrue(audit.entries.isEmpty(), "nothing was exported");
  }
}
