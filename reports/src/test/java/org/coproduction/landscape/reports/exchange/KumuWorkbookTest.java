package org.coproduction.landscape.reports.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.reports.Documents;
import org.coproduction.landscape.reports.LandscapeFixture;
import org.coproduction.landscape.reports.ReportParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Kumu workbook read back as Kumu's importer reads it: two sheets, labels joining them. */
class KumuWorkbookTest {

  static XSSFWorkbook book;

  @BeforeAll
  static void produce() {
    book = Documents.workbook(Documents.produce(new KumuWorkbook(), ReportParameters.none()));
  }

  @Test
  void hasElementsAndConnectionsWithKumusColumns() {
    assertEquals(
        List.of("Label", "Type", "Description", "Tags"),
        Documents.header(book.getSheet("Elements")));
    assertEquals(
        List.of("From", "To", "Type", "Strength"), Documents.header(book.getSheet("Connections")));
  }

  @Test
  void membersPointAtTheirNationalNetwork() {
    Sheet connections = book.getSheet("Connections");
    Row cardiff = Documents.rowWith(connections, 0, "Cardiff Housing Co-pro");
    assertEquals("Co-production Network for Wales", cardiff.getCell(1).getStringCellValue());
    assertEquals("member of", cardiff.getCell(2).getStringCellValue());
    assertEquals(1, (int) cardiff.getCell(3).getNumericCellValue());
    Row swansea = Documents.rowWith(connections, 1, "Cardiff Housing Co-pro");
    assertEquals("Swansea Care Circle", swansea.getCell(0).getStringCellValue());
    assertEquals("succeeded by", swansea.getCell(2).getStringCellValue());
  }

  @Test
  void everyConnectionJoinsTwoElements() {
    Sheet elements = book.getSheet("Elements");
    java.util.Set<String> labels = new java.util.HashSet<>();
    for (Row r : elements) {
      if (r.getRowNum() > 0) {
        assertTrue(labels.add(r.getCell(0).getStringCellValue()), "labels are unique");
      }
    }
    for (Row r : book.getSheet("Connections")) {
      if (r.getRowNum() > 0) {
        assertTrue(
            labels.contains(r.getCell(0).getStringCellValue()), r.getCell(0).getStringCellValue());
        assertTrue(
            labels.contains(r.getCell(1).getStringCellValue()), r.getCell(1).getStringCellValue());
      }
    }
  }

  @Test
  void tagsAreSeparatedByBars() {
    Row wales = Documents.rowWith(book.getSheet("Elements"), 0, "Co-production Network for Wales");
    assertEquals("National network", wales.getCell(1).getStringCellValue());
    assertEquals("active|Health|Social care|Wales", wales.getCell(3).getStringCellValue());
  }

  @Test
  void aFormulaNameStaysText() {
    List<Cell> cells = Documents.cellsWithText(book, LandscapeFixture.FORMULA_NAME);
    assertEquals(2, cells.size(), "the host element and its 'hosts' connection");
    for (Cell c : cells) {
      assertEquals(CellType.STRING, c.getCellType());
      assertTrue(c.getCellStyle().getQuotePrefixed());
    }
  }
}
