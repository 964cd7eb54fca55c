package org.coproduction.landscape.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.coproduction.landscape.reports.Documents;
import org.coproduction.landscape.reports.LandscapeFixture;
import org.coproduction.landscape.reports.PdfDocuments;
import org.coproduction.landscape.reports.ReportParameters;
import org.junit.jupiter.api.Test;

/** The funder report for the fixture's "Community Fund Test", read back with PDFBox. */
class FunderReportTest {

  static String text(ReportParameters parameters) throws IOException {
    byte[] bytes = Documents.produce(new FunderReport(), parameters);
    java.nio.file.Files.write(java.nio.file.Path.of("target", "funder-test.pdf"), bytes);
    try (PDDocument pdf = PdfDocuments.open(bytes)) {
      for (PDFont font : PdfDocuments.fonts(pdf)) {
        assertTrue(font.isEmbedded(), font.getName());
      }
      assertEquals(
          842,
          pdf.getPage(0).getRotation() % 180 == 0
              ? pdf.getPage(0).getMediaBox().getWidth()
              : pdf.getPage(0).getMediaBox().getHeight(),
          1);
      return PdfDocuments.text(pdf);
    }
  }

  @Test
  void totalsGrantsByRegionNetworksEventsAndInsightsOfOneFunder() throws IOException {
    String text = text(ReportParameters.forFunder(LandscapeFixture.funderId()));
    assertTrue(text.contains("Funding from Community Fund Test"));
    assertTrue(text.contains("GB-CHC-1036733"));
    assertTrue(
        text.contains("Awarded £83,000"), "25,000 + 10,000.50 + 40,000 paused + 8,000 completed");
    assertTrue(text.contains("Paused £40,000"));
    assertTrue(text.contains("Lost £15,000"));
    assertTrue(text.contains("E12000007 TLI London"));
    assertTrue(text.contains("W92000004 TLL Wales"));
    assertTrue(text.contains("Networks reached"));
    assertTrue(text.contains("North East Together"));
    assertTrue(
        text.contains("Roundtable on the co-production landscape"),
        "an event of a network it reached");
    assertFalse(
        text.contains("Workshop: sharing power in housing"),
        "Cardiff was funded by another funder");
    assertTrue(text.contains("Short grants end just as trust is built."));
    assertTrue(text.contains("360G-cft-004"));
    assertFalse(text.contains("360G-wt-1"), "another funder's grant");
    assertTrue(
        text.replace("\n", "").contains(LandscapeFixture.FORMULA_NAME),
        "a recipient's name as text");
  }

  @Test
  void itsChartsSayInWordsWhatTheyShow() throws IOException {
    byte[] bytes =
        Documents.produce(
            new FunderReport(), ReportParameters.forFunder(LandscapeFixture.funderId()));
    try (PDDocument pdf = PdfDocuments.open(bytes)) {
      List<String> alternatives =
          PdfDocuments.structure(pdf).stream()
              .filter(e -> e.getStructureType().equals("Image"))
              .map(e -> e.getAlternateDescription())
              .toList();
      assertEquals(2, alternatives.size(), "two charts: " + alternatives);
      String areas = alternatives.get(0);
      assertTrue(
          areas.startsWith("Bar chart, Awarded, paused and lost, by nation or English region."),
          areas);
      assertTrue(areas.contains(", paused £40,000,"), "the paused grant to Wales: " + areas);
      assertTrue(areas.contains(", lost £15,000."), "the lost grant to Swansea: " + areas);
      assertTrue(
          alternatives.get(1).startsWith("Bar chart, Awarded by sector of the recipient network. "),
          alternatives.get(1));
      assertTrue(alternatives.get(1).contains(": awarded £"), alternatives.get(1));
    }
  }

  @Test
  void saysWhatTheDataQualityChecksFindAmongItsGrants() throws Exception {
    String text = text(ReportParameters.forFunder(LandscapeFixture.funderId())).replace("\n", " ");
    assertTrue(text.contains("Data quality"), "a section of its own");
    long withoutProgramme;
    try (java.sql.Connection c = LandscapeFixture.connection();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "select count(*) from funding_grant g where g.funder_id = ? and g.status in "
                    + org.coproduction.landscape.reports.LandscapeFigures.AWARDED_STATUSES
                    + " and g.programme_id is null")) {
      s.setLong(1, LandscapeFixture.funderId());
      try (java.sql.ResultSet r = s.executeQuery()) {
        r.next();
        withoutProgramme = r.getLong(1);
      }
    }
    assertTrue(withoutProgramme > 0, "the fixture's funder makes grants outside a programme");
    assertTrue(
        text.contains(
            "No grant programme: "
                + withoutProgramme
                + (withoutProgramme == 1 ? " grant" : " grants")),
        text);
    assertFalse(text.contains("Amount awarded is 0"), "no grant of it was awarded for nothing");
  }

  @Test
  void aProgrammeAndAPeriodNarrowTheGrants() throws IOException {
    String text =
        text(
            ReportParameters.forFunder(LandscapeFixture.funderId())
                .between(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)));
    assertTrue(text.contains("1 Jan 2020 to 31 Dec 2021"));
    assertTrue(text.contains("360G-cft-002"));
    assertTrue(text.contains("360G-cft-005"), "applied for, planned to start in 2021");
    assertFalse(text.contains("360G-cft-001"));
  }

  @Test
  void needsAFunder() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Documents.produce(new FunderReport(), ReportParameters.none()));
  }
}
