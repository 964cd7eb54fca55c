package org.coproduction.landscape.reports.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

/**
 * The Kumu workbook read back as Kumu's importer reads it: two sheets, each row with a stable ID,
 * connections joining elements by those IDs, so that a workbook imported again updates the map
 * rather than duplicating it.
 */
class KumuWorkbookTest {

  private static final Pattern ID = Pattern.compile("(network|organisation|relation|hosting)-\\d+");

  static XSSFWorkbook book;

  @BeforeAll
  static void produce() {
    book = Documents.workbook(Documents.produce(new KumuWorkbook(), ReportParameters.none()));
  }

  @Test
  void hasElementsAndConnectionsWithKumusColumns() {
    assertEquals(
        List.of(
            "ID",
            "Label",
            "Type",
            "Description",
            "Tags",
            "Degree",
            "Reach",
            "Betweenness",
            "Closeness"),
        Documents.header(book.getSheet("Elements")));
    assertEquals(
        List.of("ID", "From", "To", "Type", "Strength"),
        Documents.header(book.getSheet("Connections")));
  }

  @Test
  void everyNetworkCarriesItsMeasuresCountedFromItsConnections() {
    Map<String, Integer> degree = new HashMap<>();
    for (Row r : Documents.dataRows(book.getSheet("Connections"))) {
      if (r.getCell(0).getStringCellValue().startsWith("relation-")) {
        degree.merge(r.getCell(1).getStringCellValue(), 1, Integer::sum);
        degree.merge(r.getCell(2).getStringCellValue(), 1, Integer::sum);
      }
    }
    int networks = 0;
    for (Row r : Documents.dataRows(book.getSheet("Elements"))) {
      String id = r.getCell(0).getStringCellValue();
      if (id.startsWith("organisation-")) {
        assertTrue(
            r.getCell(5) == null || r.getCell(5).getCellType() == CellType.BLANK,
            "an organisation has no measures: " + id);
        continue;
      }
      networks++;
      assertEquals(
          degree.getOrDefault(id, 0), (int) r.getCell(5).getNumericCellValue(), "degree of " + id);
      double betweenness = r.getCell(7).getNumericCellValue();
      assertTrue(betweenness >= 0 && betweenness <= 1, id + ": " + betweenness);
    }
    assertTrue(networks > 0);
    // Cardiff and Swansea are members of the Wales network, and Swansea was succeeded by Cardiff:
    // three networks each next to the other two, none between them.
    Row cardiff = Documents.rowWith(book.getSheet("Elements"), 1, "Cardiff Housing Co-pro");
    assertEquals(2, (int) cardiff.getCell(6).getNumericCellValue(), "reaches Wales and Swansea");
    assertEquals(0.0, cardiff.getCell(7).getNumericCellValue(), 1e-9);
    assertEquals(1.0, cardiff.getCell(8).getNumericCellValue(), 1e-9);
    Row glasgow = Documents.rowWith(book.getSheet("Elements"), 1, "Glasgow Housing Voices");
    assertEquals(1, (int) glasgow.getCell(6).getNumericCellValue(), "the Scottish network only");
  }

  @Test
  void membersPointAtTheirNationalNetworkByItsId() {
    Map<String, String> ids = idsByLabel(book);
    Sheet connections = book.getSheet("Connections");
    Row cardiff = connection(connections, ids.get("Cardiff Housing Co-pro"), "member of");
    assertEquals(
        ids.get("Co-production Network for Wales"), cardiff.getCell(2).getStringCellValue());
    assertEquals(1, (int) cardiff.getCell(4).getNumericCellValue());
    assertTrue(cardiff.getCell(0).getStringCellValue().startsWith("relation-"));
    Row swansea = connection(connections, ids.get("Swansea Care Circle"), "succeeded by");
    assertEquals(ids.get("Cardiff Housing Co-pro"), swansea.getCell(2).getStringCellValue());
  }

  @Test
  void everyElementAndConnectionHasAStableIdAndEveryConnectionJoinsTwoElements() {
    Set<String> elements = new HashSet<>();
    Set<String> labels = new HashSet<>();
    for (Row r : Documents.dataRows(book.getSheet("Elements"))) {
      String id = r.getCell(0).getStringCellValue();
      assertTrue(ID.matcher(id).matches(), id);
      assertTrue(elements.add(id), "IDs are unique: " + id);
      assertTrue(labels.add(r.getCell(1).getStringCellValue()), "labels are unique");
    }
    Set<String> connections = new HashSet<>();
    for (Row r : Documents.dataRows(book.getSheet("Connections"))) {
      String id = r.getCell(0).getStringCellValue();
      assertTrue(ID.matcher(id).matches(), id);
      assertTrue(connections.add(id), "IDs are unique: " + id);
      assertTrue(elements.contains(r.getCell(1).getStringCellValue()), id + " from");
      assertTrue(elements.contains(r.getCell(2).getStringCellValue()), id + " to");
    }
    assertTrue(connections.stream().anyMatch(c -> c.startsWith("hosting-")), "hosts too");
  }

  @Test
  void aRenamedNetworkKeepsItsIdAndItsConnections() throws Exception {
    XSSFWorkbook before;
    XSSFWorkbook after;
    try (Connection c = LandscapeFixture.connection()) {
      before = Documents.workbook(kumu(c));
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "update network set name = 'Cardiff Housing Voices' where name = 'Cardiff Housing Co-pro'");
      }
      after = Documents.workbook(kumu(c));
      c.rollback();
    }
    Map<String, String> was = idsByLabel(before);
    Map<String, String> is = idsByLabel(after);
    assertEquals(was.get("Cardiff Housing Co-pro"), is.get("Cardiff Housing Voices"));
    assertEquals(
        rows(before.getSheet("Connections")),
        rows(after.getSheet("Connections")),
        "the same connections, by the same IDs: Kumu updates rather than duplicates");
  }

  @Test
  void tagsAreSeparatedByBars() {
    Row wales = Documents.rowWith(book.getSheet("Elements"), 1, "Co-production Network for Wales");
    assertEquals("National network", wales.getCell(2).getStringCellValue());
    assertEquals("active|Health|Social care|Wales", wales.getCell(4).getStringCellValue());
  }

  @Test
  void aFormulaNameStaysText() {
    List<Cell> cells = Documents.cellsWithText(book, LandscapeFixture.FORMULA_NAME);
    assertEquals(1, cells.size(), "the host element's label");
    for (Cell c : cells) {
      assertEquals(CellType.STRING, c.getCellType());
      assertTrue(c.getCellStyle().getQuotePrefixed());
    }
  }

  private static byte[] kumu(Connection c) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new KumuWorkbook().write(LandscapeFixture.source(c), ReportParameters.none(), out);
    return out.toByteArray();
  }

  private static Map<String, String> idsByLabel(XSSFWorkbook workbook) {
    Map<String, String> ids = new HashMap<>();
    for (Row r : Documents.dataRows(workbook.getSheet("Elements"))) {
      ids.put(r.getCell(1).getStringCellValue(), r.getCell(0).getStringCellValue());
    }
    return ids;
  }

  private static Row connection(Sheet connections, String from, String type) {
    for (Row r : Documents.dataRows(connections)) {
      if (r.getCell(1).getStringCellValue().equals(from)
          && r.getCell(3).getStringCellValue().equals(type)) {
        return r;
      }
    }
    throw new AssertionError("no connection " + type + " from " + from);
  }

  private static List<List<String>> rows(Sheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (Row r : Documents.dataRows(sheet)) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        cells.add(r.getCell(i).getStringCellValue());
      }
      rows.add(cells);
    }
    return rows;
  }
}
