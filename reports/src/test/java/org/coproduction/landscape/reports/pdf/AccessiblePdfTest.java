package org.coproduction.landscape.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.coproduction.landscape.demo.DemoGenerator;
import org.coproduction.landscape.demo.DemoLandscape;
import org.coproduction.landscape.demo.DemoSize;
import org.coproduction.landscape.reports.Documents;
import org.coproduction.landscape.reports.LandscapeFixture;
import org.coproduction.landscape.reports.PdfDocuments;
import org.coproduction.landscape.reports.PdfDocuments.Marked;
import org.coproduction.landscape.reports.Report;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.testing.Boundaries;
import org.coproduction.landscape.testing.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDFs as a screen reader meets them, over the demo landscape with generated networks and
 * grants on top, so that the directory of networks and the list of grants run over many pages: one
 * table per nation (and one of grants) with one header row, however many pages it takes, while a
 * sighted reader sees the column titles again at the top of every page; page footers read as
 * furniture; headings from H1 down without a skipped level. Every PDF also passes veraPDF's
 * PDF/UA-1 check ({@link Documents#publishable}).
 */
class AccessiblePdfTest {

  static PDDocument landscape;
  static PDDocument funder;

  @BeforeAll
  static void produce() throws Exception {
    try (FreshDatabase db = FreshDatabase.named("accessible_pdf")) {
      db.inTransaction(em -> Boundaries.wired(DemoLandscape.class, em).loadIfEmpty());
      db.inTransaction(em -> DemoGenerator.generate(em, DemoSize.of(400)));
      long richest =
          Long.parseLong(
              db.strings(
                      "select g.funder_id from funding_grant g group by g.funder_id"
                          + " order by count(*) desc, g.funder_id")
                  .get(0));
      try (Connection c = db.connect()) {
        c.setAutoCommit(false);
        landscape = PdfDocuments.open(produce(new LandscapeReport(), ReportParameters.none(), c));
        funder =
            PdfDocuments.open(produce(new FunderReport(), ReportParameters.forFunder(richest), c));
      }
    }
  }

  private static byte[] produce(Report report, ReportParameters parameters, Connection c)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report.write(LandscapeFixture.source(c), parameters, out);
    return Documents.publishable(report, out.toByteArray());
  }

  @AfterAll
  static void close() throws IOException {
    landscape.close();
    funder.close();
  }

  @Test
  void theDirectoryIsOneTablePerNationWithOneHeaderRowOverManyPages() throws IOException {
    List<PDStructureElement> tables = tablesAfter(landscape, "H3", "Network");
    assertEquals(5, tables.size(), "one table after each heading: four nations and UK-wide");
    int longest = 0;
    for (PDStructureElement table : tables) {
      assertOneHeaderRowThenData(table, 8);
      longest = Math.max(longest, PdfDocuments.children(table, "TR").size());
    }
    assertTrue(longest > 60, "one nation's table runs over pages: " + longest + " rows");
    assertTrue(
        pagesShowing(landscape, "Host organisation") > 1,
        "a sighted reader sees the column titles again on every page of the directory");
  }

  /**
   * The directory's rows are written into the file as each finishes, while the pages are, not held
   * until the document closes: what lets the directory of a large landscape fit in a bounded heap.
   * That they read as the same tables is the test above.
   */
  @Test
  void theDirectorysRowsAreWrittenAsEachFinishes() throws IOException {
    Map<COSObjectKey, Long> offsets = landscape.getDocument().getXrefTable();
    PDPage last = landscape.getPage(landscape.getNumberOfPages() - 1);
    long lastPage = offsets.get(last.getCOSObject().getCOSObject(COSName.CONTENTS).getKey());
    List<PDStructureElement> tables = tablesAfter(landscape, "H3", "Network");
    assertEquals(5, tables.size());
    for (PDStructureElement table : tables) {
      for (PDStructureElement row : PdfDocuments.children(table, "TR")) {
        assertTrue(
            offsets.get(row.getCOSObject().getKey()) < lastPage,
            "a row is in the file before the last page's content");
      }
    }
  }

  @Test
  void aSectionsTableThatRunsOntoTheNextPageIsOneTable() throws IOException {
    List<PDStructureElement> tables = tablesAfter(landscape, null, "National or UK-wide network");
    assertEquals(1, tables.size(), "the national networks and their members: one table");
    assertOneHeaderRowThenData(tables.get(0), 6);
    assertTrue(
        pagesShowing(landscape, "National or UK-wide network") > 1,
        "it runs over more than one page, its column titles shown again");
  }

  @Test
  void theFundersGrantsAreOneTableWithOneHeaderRowOverManyPages() throws IOException {
    List<PDStructureElement> tables = tablesAfter(funder, null, "Identifier");
    assertEquals(1, tables.size(), "the grants are one table");
    assertOneHeaderRowThenData(tables.get(0), 9);
    assertTrue(pagesShowing(funder, "Applied for") > 1, "the grants run over pages");
  }

  @Test
  void columnTitlesPrintedAgainAndPageFootersAreFurniture() throws IOException {
    for (PDDocument pdf : List.of(landscape, funder)) {
      int again = 0;
      for (int i = 0; i < pdf.getNumberOfPages(); i++) {
        List<Marked> marked = PdfDocuments.marked(pdf.getPage(i));
        for (Marked m : marked) {
          if (m.text().startsWith("Page ")) {
            assertTrue(m.artifact(), "the page number is furniture: " + m);
          }
        }
        if (i > 0 && showsAsArtifact(marked, "Host organisation", "Applied for")) {
          again++;
        }
      }
      assertTrue(again > 0, "column titles printed again at the top of a page are furniture");
    }
  }

  @Test
  void headingsGoFromTheTitleDownWithoutSkippingALevel() {
    for (PDDocument pdf : List.of(landscape, funder)) {
      List<Integer> levels = new ArrayList<>();
      for (PDStructureElement e : PdfDocuments.structure(pdf)) {
        if (e.getStructureType().matches("H[1-6]")) {
          levels.add(Integer.parseInt(e.getStructureType().substring(1)));
        }
      }
      assertEquals(1, levels.get(0), "the title is the first heading, H1: " + levels);
      assertEquals(1, levels.stream().filter(l -> l == 1).count(), "one H1: " + levels);
      for (int i = 1; i < levels.size(); i++) {
        assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "no level skipped: " + levels);
      }
      assertTrue(levels.stream().filter(l -> l == 2).count() >= 5, "sections: " + levels);
    }
  }

  @Test
  void everyHeaderCellSaysWhatItHeads() {
    for (PDDocument pdf : List.of(landscape, funder)) {
      int headers = 0;
      for (PDStructureElement e : PdfDocuments.structure(pdf)) {
        if (e.getStructureType().equals("TH")) {
          headers++;
          String scope = PdfDocuments.scope(e);
          assertTrue(scope.equals("Column") || scope.equals("Row"), "scope " + scope);
        }
      }
      assertTrue(headers > 20, "header cells: " + headers);
    }
  }

  /** Checks a table: its first row holds only header cells, every other row only data cells. */
  private static void assertOneHeaderRowThenData(PDStructureElement table, int columns) {
    List<PDStructureElement> rows = PdfDocuments.children(table, "TR");
    assertTrue(rows.size() > 1, "a header row and data rows");
    for (int r = 0; r < rows.size(); r++) {
      PDStructureElement row = rows.get(r);
      assertEquals(
          r == 0 ? columns : 0, PdfDocuments.children(row, "TH").size(), "header cells, row " + r);
      assertEquals(
          r == 0 ? 0 : columns, PdfDocuments.children(row, "TD").size(), "data cells, row " + r);
    }
  }

  /**
   * The tables whose first header cell reads {@code firstTitle} and, when {@code heading} is given,
   * that come straight after a heading of that type.
   */
  private static List<PDStructureElement> tablesAfter(
      PDDocument pdf, String heading, String firstTitle) throws IOException {
    List<PDStructureElement> found = new ArrayList<>();
    PDStructureElement all =
        (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
    String previous = null;
    for (Object kid : all.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if (e.getStructureType().equals("Table")
            && (heading == null || heading.equals(previous))
            && firstTitle.equals(PdfDocuments.firstHeaderText(e))) {
          found.add(e);
        }
        previous = e.getStructureType();
      }
    }
    return found;
  }

  private static int pagesShowing(PDDocument pdf, String text) throws IOException {
    int pages = 0;
    for (PDPage page : pdf.getPages()) {
      if (PdfDocuments.marked(page).stream().anyMatch(m -> m.text().contains(text))) {
        pages++;
      }
    }
    return pages;
  }

  private static boolean showsAsArtifact(List<Marked> marked, String... texts) {
    for (Marked m : marked) {
      for (String t : texts) {
        if (m.text().equals(t)) {
          return m.artifact();
        }
      }
    }
    return false;
  }
}
