package org.coproduction.landscape.reports.workbook;

import static org.coproduction.landscape.reports.Documents.header;
import static org.coproduction.landscape.reports.Documents.rowWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.reports.Documents;
import org.coproduction.landscape.reports.LandscapeFixture;
import org.coproduction.landscape.reports.ReportParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The landscape workbook read back with POI, as a spreadsheet would read it. */
class LandscapeWorkbookTest {

  static XSSFWorkbook book;

  @BeforeAll
  static void produce() throws java.io.IOException {
    byte[] xlsx = Documents.produce(new LandscapeWorkbook(), ReportParameters.none());
    java.nio.file.Files.write(java.nio.file.Path.of("target", "landscape-test.xlsx"), xlsx);
    book = Documents.workbook(xlsx);
  }

  @Test
  void hasEverySheetInOrder() {
    List<String> names = new ArrayList<>();
    book.forEach(s -> names.add(s.getSheetName()));
    assertEquals(LandscapeWorkbook.SHEETS, names);
  }

  @Test
  void everySheetHasATitleRowANamedFrozenHeaderRowAFilterSetWidthsAndNoMergedCells() {
    for (Sheet s : book) {
      XSSFSheet sheet = (XSSFSheet) s;
      String title = sheet.getRow(0).getCell(0).getStringCellValue();
      assertTrue(title.length() > s.getSheetName().length(), s.getSheetName() + ": " + title);
      assertEquals(
          1, Documents.headerRow(sheet), s.getSheetName() + ": the header row, named, below it");
      assertNotNull(sheet.getPaneInformation(), s.getSheetName());
      assertTrue(sheet.getPaneInformation().isFreezePane(), s.getSheetName());
      assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), s.getSheetName());
      assertTrue(
          sheet.getCTWorksheet().isSetAutoFilter(), s.getSheetName() + " has an auto-filter");
      assertTrue(
          sheet.getCTWorksheet().getAutoFilter().getRef().startsWith("A2:"), s.getSheetName());
      assertEquals(0, sheet.getNumMergedRegions(), s.getSheetName() + ": no merged cells");
      java.util.Set<Long> widths = new java.util.HashSet<>();
      for (var col : sheet.getCTWorksheet().getColsArray(0).getColList()) {
        if (col.getCustomWidth()) {
          for (long c = col.getMin(); c <= col.getMax(); c++) {
            widths.add(c);
          }
        }
      }
      for (long c = 1; c <= sheet.getRow(1).getLastCellNum(); c++) {
        assertTrue(
            widths.contains(c), s.getSheetName() + " column " + c + " has an explicit width");
      }
    }
  }

  @Test
  void summaryCountsActiveNetworksPerAreaAndSectorWithGapsAndTotals() {
    Sheet summary = book.getSheet("Summary");
    List<String> header = header(summary);
    assertEquals(List.of("GSS code", "ITL1 code", "Area", "Nation"), header.subList(0, 4));
    int health = header.indexOf("Health");
    int housing = header.indexOf("Housing");
    int entries = header.indexOf("Sector entries");
    int networks = header.indexOf("Active networks");
    int gaps = header.indexOf("Gaps");
    FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();

    // London: the regional collective and the Camden forum (a London borough), both in health.
    Row london = rowWith(summary, 0, "E12000007");
    assertEquals("TLI", london.getCell(1).getStringCellValue());
    assertEquals("London", london.getCell(2).getStringCellValue());
    assertEquals(2, (int) london.getCell(health).getNumericCellValue());
    assertEquals(2, (int) london.getCell(networks).getNumericCellValue());
    assertEquals(CellType.FORMULA, london.getCell(entries).getCellType());
    assertEquals(2, (int) eval.evaluate(london.getCell(entries)).getNumberValue());
    assertEquals(
        2,
        (int) london.getCell(entries).getNumericCellValue(),
        "the formula carries its value for readers that do not recalculate");
    // London has no housing network: a gap, shaded, shown in words, and counted.
    Cell londonHousing = london.getCell(housing);
    assertEquals(0, (int) londonHousing.getNumericCellValue());
    assertEquals(
        org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND,
        londonHousing.getCellStyle().getFillPattern());
    assertEquals(
        "0 (gap)",
        new DataFormatter(Locale.UK).formatCellValue(londonHousing),
        "the shade is not the only sign of a gap");
    assertEquals("2", new DataFormatter(Locale.UK).formatCellValue(london.getCell(health)));
    assertEquals(3, (int) eval.evaluate(london.getCell(gaps)).getNumberValue());

    // Wales: the national network (health, social care) and Cardiff (housing); Swansea closed.
    Row wales = rowWith(summary, 0, "W92000004");
    assertEquals(2, (int) wales.getCell(networks).getNumericCellValue());
    assertEquals(3, (int) eval.evaluate(wales.getCell(entries)).getNumberValue());

    // The total row adds every row; active networks: 6 (two closed, Belfast is dormant, England's
    // is emerging).
    Row total = rowWith(summary, 2, "Total");
    assertEquals("K02000001", total.getCell(0).getStringCellValue());
    assertEquals(CellType.FORMULA, total.getCell(networks).getCellType());
    assertEquals(6, (int) eval.evaluate(total.getCell(networks)).getNumberValue());
    assertEquals(6, (int) total.getCell(networks).getNumericCellValue());
    assertEquals(
        41,
        (int) total.getCell(gaps).getNumericCellValue(),
        "gaps in the twelve areas: 48 cells, 7 filled");
    assertEquals(4, (int) eval.evaluate(total.getCell(health)).getNumberValue());
    // Events held: the workshop in Wales, the conference in Camden (London), the online
    // roundtable with no area (UK-wide); the last column, totalled.
    int events = header.indexOf("Events held");
    assertEquals(header.size() - 1, events, "the last column");
    assertEquals(1, (int) wales.getCell(events).getNumericCellValue());
    assertEquals(1, (int) london.getCell(events).getNumericCellValue(), "a borough in London");
    assertEquals(1, (int) rowWith(summary, 2, "UK-wide").getCell(events).getNumericCellValue());
    assertEquals(0, (int) rowWith(summary, 0, "S92000003").getCell(events).getNumericCellValue());
    assertEquals(3, (int) eval.evaluate(total.getCell(events)).getNumberValue());
    // Twelve areas, the two rows for what cannot be placed, and the total.
    assertEquals(16, summary.getLastRowNum());
  }

  @Test
  void networksSheetHasCodesBesideNamesAndTypedDates() {
    Sheet networks = book.getSheet("Networks");
    List<String> header = header(networks);
    Row camden = rowWith(networks, 1, "Camden Health Forum");
    assertEquals("E09000007", camden.getCell(header.indexOf("Area codes")).getStringCellValue());
    assertEquals("London borough", camden.getCell(header.indexOf("Areas")).getStringCellValue());
    Cell founded = camden.getCell(header.indexOf("Founded"));
    assertEquals(CellType.NUMERIC, founded.getCellType());
    assertTrue(DateUtil.isCellDateFormatted(founded));
    assertEquals(
        java.time.LocalDate.of(2017, 3, 1), founded.getLocalDateTimeCellValue().toLocalDate());
    Row swansea = rowWith(networks, 1, "Swansea Care Circle");
    assertEquals("Closed", swansea.getCell(header.indexOf("Status")).getStringCellValue());
    assertEquals(
        "Cardiff Housing Co-pro",
        swansea.getCell(header.indexOf("Successor")).getStringCellValue());
    assertEquals(CellType.NUMERIC, swansea.getCell(header.indexOf("Network ID")).getCellType());
  }

  @Test
  void fundingSheetHas360GivingTitlesStatusAndMoney() {
    Sheet funding = book.getSheet("Funding");
    List<String> header = header(funding);
    assertEquals(
        List.of(
            "Identifier",
            "Title",
            "Description",
            "Currency",
            "Amount Applied For",
            "Amount Awarded"),
        header.subList(0, 6));
    assertTrue(header.contains("Recipient Org:Identifier"));
    assertTrue(header.contains("Beneficiary Location:0:Geographic Code"));
    Row paused = rowWith(funding, 0, "360G-cft-003");
    assertEquals("Paused", paused.getCell(header.indexOf("Status")).getStringCellValue());
    Cell awarded = paused.getCell(header.indexOf("Amount Awarded"));
    assertEquals(40000.0, awarded.getNumericCellValue());
    assertEquals("#,##0.00", awarded.getCellStyle().getDataFormatString());
    Row lost = rowWith(funding, 0, "360G-cft-004");
    assertEquals("Lost", lost.getCell(header.indexOf("Status")).getStringCellValue());
    assertEquals(
        "Funding withdrawn during Covid-19",
        lost.getCell(header.indexOf("Covid Impact")).getStringCellValue());
    assertEquals(8, funding.getLastRowNum(), "every grant, awarded or not");
  }

  @Test
  void eventsSheetSaysWhereEachWasHeldAndWhichSeriesItBelongsTo() {
    Sheet events = book.getSheet("Events");
    List<String> header = header(events);
    Row workshop = rowWith(events, 1, "Workshop: sharing power in housing");
    assertEquals("W92000004", workshop.getCell(header.indexOf("Area codes")).getStringCellValue());
    assertEquals("Wales", workshop.getCell(header.indexOf("Areas")).getStringCellValue());
    assertEquals(
        "Roundtable on the co-production landscape",
        workshop.getCell(header.indexOf("Follows on from")).getStringCellValue());
    Row roundtable = rowWith(events, 1, "Roundtable on the co-production landscape");
    assertEquals(
        "Workshop: sharing power in housing",
        roundtable.getCell(header.indexOf("Followed by")).getStringCellValue());
    Row conference = rowWith(events, 1, "Co-production conference");
    assertEquals(
        "E09000007", conference.getCell(header.indexOf("Area codes")).getStringCellValue());
  }

  @Test
  void aNameThatLooksLikeAFormulaStaysText() {
    List<Cell> cells = Documents.cellsWithText(book, LandscapeFixture.FORMULA_NAME);
    assertTrue(
        cells.size() >= 4,
        "in Networks (host), Organisations, Funding (recipient), Events (convenor): "
            + cells.size());
    for (Cell c : cells) {
      assertEquals(CellType.STRING, c.getCellType());
      assertTrue(
          c.getCellStyle().getQuotePrefixed(), c.getSheet().getSheetName() + " " + c.getAddress());
    }
  }

  @Test
  void holdsNoPersonalDataBeyondPublicRoles() {
    String all = Documents.allText(book);
    assertFalse(all.contains(LandscapeFixture.PRIVATE_EMAIL));
    assertFalse(all.contains(LandscapeFixture.PRIVATE_NAME));
    assertTrue(
        all.contains("Alex Host; Sam Facilitator"), "hosts and facilitators are public roles");
  }

  @Test
  void areasSheetListsTheCodesAndAboutExplainsEveryColumn() {
    Sheet areas = book.getSheet("Areas");
    assertEquals("TLI", rowWith(areas, 0, "E12000007").getCell(1).getStringCellValue());
    assertEquals("London borough", rowWith(areas, 0, "E09").getCell(2).getStringCellValue());
    Sheet about = book.getSheet("About");
    assertEquals("Funding", rowWith(about, 1, "Amount Awarded").getCell(0).getStringCellValue());
    assertTrue(rowWith(about, 1, "Source").getCell(2).getStringCellValue().contains("Landscape"));
    assertTrue(
        Documents.allText(book).contains("8,866,180"), "the population figure and its source");
  }
}
