package org.coproduction.landscape.reports.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.reports.Documents;
import org.coproduction.landscape.reports.Report;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.exchange.Giving360Workbook;
import org.coproduction.landscape.reports.exchange.KumuWorkbook;
import org.coproduction.landscape.reports.workbook.LandscapeWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Every workbook as a screen reader user meets it: each sheet opens with a title row saying what it
 * holds, except the data sheets of the files other tools import (360Giving's grants, Kumu's
 * elements and connections), whose first row must be the column titles; every sheet names its
 * header row {@code ColumnTitle} so that each column's title is announced with its cells; every
 * header cell has text; no cell is merged.
 */
class AccessibleWorkbooksTest {

  /** The sheets whose first row is read by another tool as the column titles. */
  private static final Set<String> EXCHANGE_SHEETS = Set.of("grants", "Elements", "Connections");

  @Test
  void everySheetOfEveryWorkbookHasItsTitleANamedHeaderRowAndNoMergedCells() {
    for (Report report :
        List.of(new LandscapeWorkbook(), new Giving360Workbook(), new KumuWorkbook())) {
      XSSFWorkbook book = Documents.workbook(Documents.produce(report, ReportParameters.none()));
      for (Sheet sheet : book) {
        String where = report.name() + " " + sheet.getSheetName();
        int header = Documents.headerRow(sheet);
        if (EXCHANGE_SHEETS.contains(sheet.getSheetName())) {
          assertEquals(0, header, where + ": the column titles first, as its tool reads it");
        } else {
          assertEquals(1, header, where + ": the title row, then the column titles");
          Cell title = sheet.getRow(0).getCell(0);
          assertEquals(CellType.STRING, title.getCellType(), where);
          assertTrue(title.getStringCellValue().length() > 20, where + ": " + title);
          assertEquals(1, sheet.getRow(0).getPhysicalNumberOfCells(), where + ": the title alone");
        }
        Row titles = sheet.getRow(header);
        for (Cell c : titles) {
          assertFalse(c.getStringCellValue().isBlank(), where + " " + c.getAddress());
        }
        assertEquals(
            titles.getLastCellNum(),
            Documents.header(sheet).size(),
            where + ": the named row is the whole header");
        assertEquals(0, sheet.getNumMergedRegions(), where + ": no merged cells");
      }
    }
  }
}
