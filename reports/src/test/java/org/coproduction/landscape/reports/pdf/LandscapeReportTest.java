package org.coproduction.landscape.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.coproduction.landscape.reports.Documents;
import org.coproduction.landscape.reports.LandscapeFixture;
import org.coproduction.landscape.reports.PdfDocuments;
import org.coproduction.landscape.reports.ReportParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The landscape PDF read back with PDFBox: page size, fonts and what a reader sees. */
class LandscapeReportTest {

  static PDDocument pdf;
  static String text;

  @BeforeAll
  static void produce() throws IOException {
    byte[] bytes = Documents.produce(new LandscapeReport(), ReportParameters.none());
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "landscape-test.pdf"), bytes);
    pdf = PdfDocuments.open(bytes);
    text = PdfDocuments.text(pdf);
  }

  @AfterAll
  static void close() throws IOException {
    pdf.close();
  }

  @Test
  void everyPageIsA4Landscape() {
    assertTrue(pdf.getNumberOfPages() >= 6, "pages: " + pdf.getNumberOfPages());
    for (PDPage page : pdf.getPages()) {
      // JasperReports writes a landscape page as a portrait media box turned by 90 degrees.
      PDRectangle box = page.getMediaBox();
      boolean turned = page.getRotation() % 180 != 0;
      float width = turned ? box.getHeight() : box.getWidth();
      float height = turned ? box.getWidth() : box.getHeight();
      assertEquals(PDRectangle.A4.getHeight(), width, 1, "shown 842 points wide");
      assertEquals(PDRectangle.A4.getWidth(), height, 1, "and 595 high");
    }
  }

  @Test
  void everyFontIsEmbeddedAndFromTheFontExtension() throws IOException {
    assertFalse(PdfDocuments.fonts(pdf).isEmpty());
    for (PDFont font : PdfDocuments.fonts(pdf)) {
      assertTrue(font.isEmbedded(), font.getName() + " is embedded");
      assertTrue(font.getName().contains("DejaVu"), font.getName());
    }
  }

  @Test
  void showsTheNationsAndRegionsWithTheirCodesAndTheGaps() {
    for (String s :
        new String[] {
          "E12000001 North East",
          "E12000007 London",
          "W92000004 Wales",
          "S92000003 Scotland",
          "N92000002 Northern Ireland",
          "E12000009 South West"
        }) {
      assertTrue(text.contains(s), s);
    }
    assertTrue(text.contains("gap"));
    assertTrue(text.contains("Health"));
    assertTrue(text.contains("All sectors"));
  }

  @Test
  void countsTheEventsHeldInEachNationAndRegion() {
    assertTrue(text.contains("Events by nation or English region"), text);
    for (String s :
        new String[] {"Wales W92000004 1", "London E12000007 1", "UK-wide K02000001 1"}) {
      assertTrue(text.contains(s), s);
    }
    assertTrue(text.contains("Scotland S92000003 0"));
  }

  @Test
  void comparesLondonWithItsShareOfThePopulationAndCitesTheSource() {
    assertTrue(text.contains("London's share"));
    assertTrue(text.contains("13.1%"), "London is 13.1% of the UK population");
    assertTrue(text.contains("8,866,180") && text.contains("67,596,281"));
    assertTrue(text.contains("ONS mid-year population estimates, mid-2022"));
  }

  @Test
  void showsFundingByStatusIncludingPausedAndLostInCovid() {
    assertTrue(text.contains("Paused"));
    assertTrue(text.contains("Lost"));
    assertTrue(text.contains("£40,000"), "the paused grant to Wales");
    assertTrue(text.contains("£15,000"), "the lost grant to Swansea");
    assertTrue(text.contains("Covid"));
  }

  @Test
  void showsYearsInsightsNationalNetworksAndWhatClosedNetworksLeft() {
    assertTrue(text.contains("Networks founded and closed per year"));
    assertTrue(text.contains("2020 0 1"), "Swansea closed in 2020");
    assertTrue(text.contains("Covid paused the work"));
    assertTrue(text.contains("Co-production Network for Wales"));
    assertTrue(text.contains("Cardiff Housing Co-pro"));
    assertTrue(text.contains("What closed networks left behind"));
    assertTrue(text.contains("Funding lost in the Covid-19 pandemic"));
    assertTrue(text.contains("Short grants end just as trust is built."));
  }

  @Test
  void theChartSaysInWordsWhatItShowsAndEveryTableHeadsItsColumns() {
    List<PDStructureElement> structure = PdfDocuments.structure(pdf);
    List<String> alternatives =
        structure.stream()
            .filter(e -> e.getStructureType().equals("Image"))
            .map(PDStructureElement::getAlternateDescription)
            .toList();
    assertEquals(1, alternatives.size(), "one chart: " + alternatives);
    assertTrue(
        alternatives.get(0).startsWith("Bar chart, Networks founded and closed, by year. "),
        alternatives.get(0));
    assertTrue(
        alternatives.get(0).contains(" 2020: founded 0, closed 1."),
        "Swansea closed in 2020, as the table beside it says: " + alternatives.get(0));
    long rowHeaders =
        structure.stream()
            .filter(e -> e.getStructureType().equals("TH"))
            .filter(e -> PdfDocuments.scope(e).equals("Row"))
            .count();
    assertTrue(rowHeaders >= 12, "the areas head the rows of the area and sector table");
  }

  @Test
  void theDirectoryListsEveryNetworkWithNonAsciiNamesAndAFormulaNameAsText() {
    assertTrue(text.contains("Directory of networks"));
    assertTrue(text.contains("Belfast Health Partners"));
    assertTrue(
        text.contains("Zoë's Collective"), "letters outside ASCII survive: the font is embedded");
    assertTrue(
        text.replace("\n", "").contains(LandscapeFixture.FORMULA_NAME), "the host's name, as text");
    assertFalse(text.contains(LandscapeFixture.PRIVATE_EMAIL));
  }
}
