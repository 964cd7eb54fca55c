package org.coproduction.landscape.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.demo.DemoGenerator;
import org.coproduction.landscape.demo.DemoLandscape;
import org.coproduction.landscape.demo.DemoSize;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.reports.Documents;
import org.coproduction.landscape.reports.LandscapeFigures;
import org.coproduction.landscape.reports.LandscapeFixture;
import org.coproduction.landscape.reports.PdfDocuments;
import org.coproduction.landscape.reports.Report;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.TableArea;
import org.coproduction.landscape.reports.pdf.LandscapeReport;
import org.coproduction.landscape.reports.workbook.LandscapeWorkbook;
import org.coproduction.landscape.testing.Boundaries;
import org.coproduction.landscape.testing.FreshDatabase;
import org.coproduction.landscape.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The money figures say the same on the dashboard, in the landscape PDF and in the landscape
 * workbook, under the same names, and the dashboard's map counts the active networks of each area
 * as the documents' tables do: each is read as its reader would see it (the dashboard's figures as
 * the page gets them, the PDF's text with PDFBox, the workbook's About sheet with POI) over the
 * same records: the reports' test landscape, the demo landscape, and the demo with generated
 * networks and grants on top.
 */
class FiguresAgreeTest {

  @Test
  void overTheReportsTestLandscape() throws Exception {
    LandscapeFixture.funderId();
    try (Connection c = LandscapeFixture.connection()) {
      agree(TestDatabase::inTransaction, c);
    }
  }

  @Test
  void overTheDemoLandscapeAndThenWithGeneratedDataOnTop() throws Exception {
    try (FreshDatabase db = FreshDatabase.named("figures_agree")) {
      db.inTransaction(em -> Boundaries.wired(DemoLandscape.class, em).loadIfEmpty());
      try (Connection c = db.connect()) {
        c.setAutoCommit(false);
        agree(db::inTransaction, c);
      }
      db.inTransaction(em -> DemoGenerator.generate(em, DemoSize.of(500)));
      try (Connection c = db.connect()) {
        c.setAutoCommit(false);
        agree(db::inTransaction, c);
      }
    }
  }

  /** Runs a piece of work in a transaction of the database under test. */
  private interface Transactions {
    <R> R inTransaction(Function<EntityManager, R> work);
  }

  private static void agree(Transactions database, Connection c) throws Exception {
    Landscape.Figures dashboard =
        database.inTransaction(
            em -> {
              Landscape landscape = new Landscape();
              landscape.em = em;
              return landscape.figures();
            });
    Map<Area, Long> map =
        database.inTransaction(
            em -> {
              Landscape landscape = new Landscape();
              landscape.em = em;
              return landscape.activeNetworksByArea();
            });
    ReportSource source = LandscapeFixture.source(c);
    Map<LandscapeFigure, BigDecimal> reports = new LandscapeFigures(source).money();
    LandscapeFigures.Grid grid = new LandscapeFigures(source).grid();
    for (TableArea area : TableArea.ukTable()) {
      assertEquals(
          grid.networks(area),
          map.get(Area.ofGssCode(area.gssCode()).orElseThrow()),
          "active networks in " + area.name() + ": the dashboard's map and the documents' tables");
    }
    assertTrue(
        map.values().stream().mapToLong(Long::longValue).sum() > 0,
        "the records hold active networks in areas, so the comparison means something");
    assertTrue(
        dashboard.poundsOf(LandscapeFigure.FUNDING_AWARDED).signum() > 0,
        "the records hold awarded funding, so the comparison means something");

    String pdf;
    try (PDDocument d = PdfDocuments.open(produce(new LandscapeReport(), source))) {
      pdf = PdfDocuments.text(d).replaceAll("\\s+", " ");
    }
    String about;
    try (XSSFWorkbook book = Documents.workbook(produce(new LandscapeWorkbook(), source))) {
      about = Documents.allText(book);
    }
    c.rollback();

    NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
    pounds.setMaximumFractionDigits(0);
    for (LandscapeFigure f : LandscapeFigure.values()) {
      BigDecimal shown = dashboard.poundsOf(f);
      assertEquals(0, shown.compareTo(reports.get(f)), f.label() + ": dashboard and documents");
      String value = pounds.format(shown);
      assertTrue(pdf.contains(f.label() + " " + value), f.label() + " " + value + " in the PDF");
      assertTrue(
          about.contains(f.label() + ": " + value), f.label() + ": " + value + " in the workbook");
    }
  }

  private static byte[] produce(Report report, ReportSource source) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report.write(source, ReportParameters.none(), out);
    return Documents.publishable(report, out.toByteArray());
  }
}
