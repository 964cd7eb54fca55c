package org.coproduction.landscape.web.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.funding.GrantImport;
import org.coproduction.landscape.web.faces.Text;
import org.junit.jupiter.api.Test;

/**
 * Uploads as a person might send them, good and bad: the rows of a CSV file and of a workbook read
 * to the same text, and files refused with the message the person reads.
 */
class SpreadsheetReaderTest {

  private final SpreadsheetReader reader =
      new SpreadsheetReader(
          List.of("name", "scope", "founded_on", "membership_estimate", "website"),
          List.of("name", "scope"),
          10_000);

  private static String message(SpreadsheetReader.Refused e) {
    return new Text().format(e.key(), e.arguments());
  }

  private SpreadsheetReader.Refused refused(String fileName, byte[] content) {
    return assertThrows(
        SpreadsheetReader.Refused.class,
        () -> reader.read(fileName, new ByteArrayInputStream(content)));
  }

  @Test
  void aPublished360GivingFileReadsItsNumberedColumnsAsOneAndLeavesOutTheRest() throws Exception {
    GrantImport grants = new GrantImport();
    SpreadsheetReader published =
        new SpreadsheetReader(
            grants.columns(), grants.requiredColumns(), 10_000, grants::columnFor, true);
    String csv =
        "\uFEFFIdentifier,Title,Description,Beneficiary Location:0:Name,"
            + "Beneficiary Location:0:Geographic Code,Beneficiary Location:1:Geographic Code,"
            + "Data Source,Beneficiary Location:2:Geographic Code\n"
            + "360G-x-1,A grant,For a year,Leeds,E08000035,,https://example.org/data,E12000003\n";
    List<Map<String, String>> rows =
        published.read(
            "grantnav.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    assertEquals("E08000035|E12000003", rows.get(0).get(GrantImport.LOCATIONS));
    assertEquals(
        "360G-x-1",
        rows.get(0).get(GrantImport.IDENTIFIER),
        "the byte order mark is not part of a title");
    assertEquals(List.of("Beneficiary Location:0:Name", "Data Source"), published.leftOut());
  }

  @Test
  void aWorkbookReadsAsTheSameTextAsItsCsv() throws Exception {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Networks");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Name");
      header.createCell(1).setCellValue("SCOPE");
      header.createCell(2).setCellValue("founded_on");
      header.createCell(3).setCellValue("membership_estimate");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("d mmmm yyyy"));
      CellStyle thousands = wb.createCellStyle();
      thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("Leeds carers");
      row.createCell(1).setCellValue("LOCAL");
      row.createCell(2).setCellValue(LocalDate.of(2020, 11, 19));
      row.getCell(2).setCellStyle(date);
      row.createCell(3).setCellValue(1200);
      row.getCell(3).setCellStyle(thousands);
      // An empty row, then a row with a gap before its last cell.
      Row third = sheet.createRow(3);
      third.createCell(0).setCellValue("Wales network");
      third.createCell(3).setCellValue(40);
      wb.write(out);
      xlsx = out.toByteArray();
    }
    List<Map<String, String>> rows = reader.read("networks.xlsx", new ByteArrayInputStream(xlsx));
    assertEquals(
        List.of(
            Map.of(
                "name",
                "Leeds carers",
                "scope",
                "LOCAL",
                "founded_on",
                "19/11/2020",
                "membership_estimate",
                "1,200"),
            Map.of(),
            Map.of("name", "Wales network", "membership_estimate", "40")),
        rows,
        "the blank row stays, so that the rows keep the numbers the spreadsheet shows");

    String csv =
        "\uFEFFName,SCOPE,founded_on,membership_estimate\n"
            + "Leeds carers,LOCAL,19/11/2020,\"1,200\"\n\n"
            + "Wales network,,,40\n";
    assertEquals(
        List.of(
            rows.get(0),
            Map.of(),
            Map.of(
                "name",
                "Wales network",
                "scope",
                "",
                "founded_on",
                "",
                "membership_estimate",
                "40")),
        reader.read(
            "networks.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void rowsBelowATitleRowThatIsNotTheFirstKeepTheNumbersTheSpreadsheetShows() throws Exception {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Networks");
      sheet.createRow(0).createCell(0).setCellValue(" "); // row 1: nothing but a space
      Row header = sheet.createRow(2); // row 3, below an absent row 2
      header.createCell(0).setCellValue("name");
      header.createCell(1).setCellValue("scope");
      Row row = sheet.createRow(3); // row 4
      row.createCell(0).setCellValue("Leeds carers");
      row.createCell(1).setCellValue("LOCAL");
      wb.write(out);
      xlsx = out.toByteArray();
    }
    List<Map<String, String>> rows = reader.read("networks.xlsx", new ByteArrayInputStream(xlsx));
    // An import counts rows from 2, below a title row in row 1: the title row here is row 3, so
    // the first two rows stand blank and Leeds is the third, numbered 4 as the spreadsheet shows.
    assertEquals(
        List.of(Map.of(), Map.of(), Map.of("name", "Leeds carers", "scope", "LOCAL")), rows);
  }

  @Test
  void aZipBombWorkbookIsRefusedBeforeItExpands() throws Exception {
    // 100 MB of sheet XML (10,000 rows of 10,000 repeated letters) that deflates to a few hundred
    // KB.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      minimalWorkbookParts(zip);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer w = new java.io.OutputStreamWriter(nonClosing(zip), StandardCharsets.UTF_8);
      w.write(SHEET_START + row(1, "name", "scope"));
      String text = "a".repeat(10_000);
      for (int r = 2; r <= 10_001; r++) {
        w.write(row(r, text, "LOCAL"));
      }
      w.write(SHEET_END);
      w.flush();
      zip.closeEntry();
    }
    assertTrue(bytes.size() < SpreadsheetReader.MAX_BYTES, bytes.size() + " bytes");
    SpreadsheetReader.Refused e = refused("bomb.xlsx", bytes.toByteArray());
    assertEquals("import.zipBomb", e.key());
    assertTrue(message(e).contains("would expand to far more than its size allows"), message(e));
  }

  /**
   * Text of two letters at random: it deflates to about a seventh, a ratio an honest workbook has,
   * so that only the expanded size can stop it.
   */
  private static String randomText(java.util.Random random, int length) {
    char[] text = new char[length];
    for (int i = 0; i < length; i++) {
      text[i] = random.nextBoolean() ? 'a' : 'b';
    }
    return new String(text);
  }

  @Test
  void aSheetThatExpandsBeyond20MbIsRefusedWhateverItsRatio() throws Exception {
    java.util.Random random = new java.util.Random(9);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      minimalWorkbookParts(zip);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer w = new java.io.OutputStreamWriter(nonClosing(zip), StandardCharsets.UTF_8);
      w.write(SHEET_START + row(1, "name", "scope"));
      for (int r = 2; r <= 5_001; r++) {
        w.write(row(r, randomText(random, 4_400), "LOCAL"));
      }
      w.write(SHEET_END);
      w.flush();
      zip.closeEntry();
    }
    // About 22 MB of XML in under 5 MB: a ratio of more than 5 %, so the entry size decides.
    assertTrue(bytes.size() < SpreadsheetReader.MAX_BYTES, bytes.size() + " bytes");
    assertTrue(bytes.size() > 0.05 * 22_000_000, bytes.size() + " bytes");
    assertEquals("import.zipBomb", refused("wide.xlsx", bytes.toByteArray()).key());
  }

  @Test
  void aPartThatExpandsMoreThanTwentyfoldIsRefused() throws Exception {
    // 3 MB of a sentence repeated with a number in it: deflates about 40-fold (between the old
    // limit of 1 % and the new one of 5 %).
    StringBuilder xml = new StringBuilder(SHEET_START + row(1, "name", "scope"));
    java.util.Random random = new java.util.Random(3);
    for (int r = 2; r <= 10_001; r++) {
      xml.append(row(r, "Network of carers " + random.nextInt(100) + " ".repeat(200), "LOCAL"));
    }
    byte[] sheet = xml.append(SHEET_END).toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      minimalWorkbookParts(zip);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(sheet);
      zip.closeEntry();
    }
    double ratio = (double) bytes.size() / sheet.length;
    assertTrue(ratio > 0.01 && ratio < 0.05, "ratio " + ratio);
    assertEquals("import.zipBomb", refused("spaces.xlsx", bytes.toByteArray()).key());
  }

  @Test
  void sharedStringsBeyond8MbAreRefusedBeforeTheyFillTheHeap() throws Exception {
    java.util.Random random = new java.util.Random(5);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      minimalWorkbookParts(zip, true);
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      Writer w = new java.io.OutputStreamWriter(nonClosing(zip), StandardCharsets.UTF_8);
      w.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
      for (int i = 0; i < 90_000; i++) {
        w.write("<si><t>" + randomText(random, 100) + "</t></si>");
      }
      w.write("</sst>");
      w.flush();
      zip.closeEntry();
      part(zip, "xl/worksheets/sheet1.xml", SHEET_START + row(1, "name", "scope") + SHEET_END);
    }
    assertTrue(bytes.size() < SpreadsheetReader.MAX_BYTES, bytes.size() + " bytes");
    SpreadsheetReader.Refused e = refused("strings.xlsx", bytes.toByteArray());
    assertEquals("import.tooMuchText", e.key());
    assertTrue(message(e).contains("more than 8 MB of text"), message(e));
  }

  @Test
  void aSheetWithAnExternalEntityIsRefusedUnread() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      minimalWorkbookParts(zip);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                  + SHEET_START.substring(SHEET_START.indexOf("<worksheet"))
                  + row(1, "name", "scope")
                  + row(2, "&secret;", "LOCAL")
                  + SHEET_END)
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    SpreadsheetReader.Refused e = refused("entity.xlsx", bytes.toByteArray());
    assertEquals("import.unreadableXlsx", e.key());
  }

  @Test
  void aFileIsJudgedByItsContentNotItsName() throws Exception {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    SpreadsheetReader.Refused asCsv = refused("networks.csv", png);
    assertEquals("import.notText", asCsv.key());
    assertTrue(message(asCsv).contains("is not text"), message(asCsv));
    assertEquals("import.notXlsx", refused("networks.xlsx", png).key());
    assertEquals("import.wrongType", refused("networks.png", png).key());

    ByteArrayOutputStream zipOfText = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipOfText)) {
      zip.putNextEntry(new ZipEntry("notes.txt"));
      zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertEquals("import.unreadableXlsx", refused("networks.xlsx", zipOfText.toByteArray()).key());
    assertEquals("import.workbookAsCsv", refused("networks.csv", zipOfText.toByteArray()).key());
    // 0x81 is no character in Windows-1252 either.
    byte[] neither = {
      'n', 'a', 'm', 'e', ',', 's', 'c', 'o', 'p', 'e', '\n', 'x', (byte) 0x81, ','
    };
    SpreadsheetReader.Refused notText = refused("networks.csv", neither);
    assertEquals("import.notUtf8", notText.key());
    assertTrue(message(notText).contains("neither UTF-8 nor Windows-1252"), message(notText));
  }

  @Test
  void aCsvFileSavedByExcelInWindows1252IsReadAsItsOwnLetters() throws Exception {
    byte[] windows1252 =
        "name,scope,website\nCaf\u00e9 \u00a35 \u2013 Ty\u2019n,LOCAL,\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertEquals(
        List.of(
            Map.of("name", "Caf\u00e9 \u00a35 \u2013 Ty\u2019n", "scope", "LOCAL", "website", "")),
        reader.read("networks.csv", new ByteArrayInputStream(windows1252)));
  }

  @Test
  void tooLargeTooLongOrUnknownColumnsAreRefusedWithWhatToDo() throws Exception {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'a';
          }
        };
    SpreadsheetReader.Refused large =
        assertThrows(SpreadsheetReader.Refused.class, () -> reader.read("big.csv", endless));
    assertEquals("import.tooLarge", large.key());

    SpreadsheetReader three = new SpreadsheetReader(List.of("name", "scope"), List.of("name"), 3);
    byte[] fourRows =
        "name,scope\na,LOCAL\nb,LOCAL\nc,LOCAL\nd,LOCAL\n".getBytes(StandardCharsets.UTF_8);
    SpreadsheetReader.Refused tooMany =
        assertThrows(
            SpreadsheetReader.Refused.class,
            () -> three.read("rows.csv", new ByteArrayInputStream(fourRows)));
    assertEquals("An import holds at most 3 rows: split the file.", message(tooMany));

    SpreadsheetReader.Refused unknown =
        refused("networks.csv", "name,scope,colour\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(message(unknown).startsWith("The column 'colour' is not one"), message(unknown));
    SpreadsheetReader.Refused missing =
        refused("networks.csv", "name,website\nx,\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("The first row must name at least the columns name, scope.", message(missing));
  }

  private static final String SHEET_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  private static final String SHEET_END = "</sheetData></worksheet>";

  private static String row(int r, String a, String b) {
    return "<row r=\""
        + r
        + "\"><c r=\"A"
        + r
        + "\" t=\"inlineStr\"><is><t>"
        + a
        + "</t></is></c><c r=\"B"
        + r
        + "\" t=\"inlineStr\"><is><t>"
        + b
        + "</t></is></c></row>";
  }

  /** The parts every workbook has besides its sheet: content types, relations, the workbook. */
  private static void minimalWorkbookParts(ZipOutputStream zip) throws IOException {
    minimalWorkbookParts(zip, false);
  }

  private static void minimalWorkbookParts(ZipOutputStream zip, boolean sharedStrings)
      throws IOException {
    part(
        zip,
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + (sharedStrings
                ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                : "")
            + "</Types>");
    part(
        zip,
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
    part(
        zip,
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    part(
        zip,
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + (sharedStrings
                ? "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                : "")
            + "</Relationships>");
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() {}
    };
  }
}
