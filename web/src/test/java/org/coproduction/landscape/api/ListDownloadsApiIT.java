package org.coproduction.landscape.api;

import static org.coproduction.landscape.testing.Api.array;
import static org.coproduction.landscape.testing.Api.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.reports.sheet.Column;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Api.Answer;
import org.coproduction.landscape.testing.Deployments;
import org.coproduction.landscape.testing.Probe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Download what you see" as a script does it: {@code GET /api/<kind>/export.xlsx} and {@code
 * export.csv} with a list's parameters give exactly the rows the list counts, in its order, with
 * the kind's columns; formula-like text arrives as text; each download is in the audit log; a
 * filter or sort the list does not know is refused by name, strangers are asked to sign in, and the
 * list of people is for administrators only. Run inside the server, which reads the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class ListDownloadsApiIT {

  private static final String RUN = Api.uniqueToken();

  private static final String WALES = "W92000004";

  @Inject private Probe probe;

  @Inject private HttpServletRequest request;

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  /** The application as a client reaches it from inside the server. */
  private String application() {
    return request.getScheme()
        + "://localhost:"
        + request.getLocalPort()
        + request.getContextPath();
  }

  private Api admin() {
    return Api.at(application()).asAdmin();
  }

  @Test
  void aFilteredSortedListDownloadsAsExactlyItsRowsInBothFormats() throws IOException {
    Api admin = admin();
    Api staff = admin.newAccount("STAFF");
    Api viewer = admin.newAccount("VIEWER");
    String formula = "=HYPERLINK(\"http://example.invalid\",\"" + RUN + "\")";
    for (String name :
        List.of(RUN + " Cardiff forum", RUN + " Swansea circle", formula, RUN + " Wrexham hub")) {
      network(staff, name, WALES);
    }
    network(staff, RUN + " Glasgow forum", "S92000003");
    String query =
        "?q=" + URLEncoder.encode(RUN, StandardCharsets.UTF_8) + "&area=" + WALES + "&sort=-name";
    List<String> listed =
        viewer.get("networks" + query + "&size=500").expect(200).itemStrings("name");
    assertEquals(4, listed.size(), "the list counts the Welsh networks only: " + listed);

    HttpResponse<byte[]> xlsx = viewer.download("networks/export.xlsx" + query + "&page=3");
    assertEquals(200, xlsx.statusCode());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        xlsx.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"networks-" + LocalDate.now() + ".xlsx\"",
        xlsx.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("no-store", xlsx.headers().firstValue("Cache-Control").orElse(""));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheet("Networks");
      String title = sheet.getRow(0).getCell(0).getStringCellValue();
      assertTrue(
          title.startsWith("List of networks") && title.contains("area " + WALES),
          "a title row names the list and its filters: " + title);
      assertEquals(titles(RecordSheet.NETWORKS), row(sheet.getRow(1)), "then the column titles");
      List<String> names = new ArrayList<>();
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        names.add(sheet.getRow(r).getCell(1).getStringCellValue());
      }
      assertEquals(listed, names, "the list's rows in its order (the page is ignored)");
      Row first = sheet.getRow(2);
      assertEquals("Local", first.getCell(2).getStringCellValue());
      assertEquals(WALES, first.getCell(6).getStringCellValue(), "GSS code");
      assertEquals("Wales", first.getCell(7).getStringCellValue(), "area name");
      Cell risky = sheet.getRow(2 + listed.indexOf(formula)).getCell(1);
      assertEquals(CellType.STRING, risky.getCellType(), "formula-like text stays text");
      assertTrue(risky.getCellStyle().getQuotePrefixed(), "shown with the quote prefix");
      Sheet about = book.getSheet("About");
      String aboutText = text(about);
      assertTrue(aboutText.contains("area " + WALES), aboutText);
      assertTrue(aboutText.contains("4 rows"), aboutText);
    }

    HttpResponse<byte[]> csv = viewer.download("networks/export.csv" + query);
    assertEquals(200, csv.statusCode());
    assertEquals(
        "text/csv;charset=utf-8",
        csv.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
    byte[] bytes = csv.body();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Arrays.copyOf(bytes, 3),
        "a byte order mark, so that Excel reads UTF-8");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
            .getRecords();
    assertEquals(titles(RecordSheet.NETWORKS), records.get(0).toList());
    List<String> names = records.subList(1, records.size()).stream().map(r -> r.get(1)).toList();
    assertEquals(
        listed.stream().map(n -> n.startsWith("=") ? "'" + n : n).toList(),
        names,
        "the same rows; formula-like text prefixed with an apostrophe");

    List<AuditEntry> exports =
        probe.query(
            AuditEntry.class,
            "select a from AuditEntry a where a.action = ?1 and a.recordType = 'List'"
                + " and a.actor = ?2 order by a.id",
            AuditEntry.Action.EXPORT,
            viewer.username());
    assertEquals(2, exports.size(), "each download in the audit log");
    assertEquals("networks-" + LocalDate.now() + ".xlsx", exports.get(0).getRecordLabel());
    assertEquals("networks-" + LocalDate.now() + ".csv", exports.get(1).getRecordLabel());
    String note = exports.get(1).getChanges();
    assertTrue(note.contains("area " + WALES) && note.contains("sorted by name, descending"), note);
    assertTrue(note.endsWith("4 rows"), note);
  }

  @Test
  void everyKindDownloadsWithItsOwnColumns() throws IOException {
    Api admin = admin();
    for (RecordSheet kind : RecordSheet.values()) {
      HttpResponse<byte[]> xlsx = admin.download(kind.kind() + "/export.xlsx");
      assertEquals(200, xlsx.statusCode(), kind.kind());
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        assertEquals(titles(kind), row(book.getSheet(kind.title()).getRow(1)), kind.kind());
        assertTrue(book.getSheet("About") != null, kind.kind() + " has an About sheet");
      }
      HttpResponse<byte[]> csv = admin.download(kind.kind() + "/export.csv");
      assertEquals(200, csv.statusCode(), kind.kind());
      String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
      assertEquals(
          titles(kind),
          CSVFormat.RFC4180.parse(new StringReader(text)).getRecords().get(0).toList());
    }
  }

  @Test
  void whatTheListDoesNotKnowIsRefusedByNameAndNothingIsRecorded() {
    Api viewer = admin().newAccount("VIEWER");
    for (String[] bad :
        List.of(
            new String[] {"networks/export.xlsx?colour=red", "colour"},
            new String[] {"networks/export.csv?sort=colour", "sort"},
            new String[] {"networks/export.csv?area=Wales", "area"},
            new String[] {"grants/export.xlsx?status=LOST_AT_SEA", "status"},
            new String[] {"events/export.csv?from=yesterday", "from"})) {
      HttpResponse<byte[]> answer = viewer.download(bad[0]);
      Answer refused =
          new Answer(
              bad[0],
              answer.statusCode(),
              answer.headers(),
              new String(answer.body(), StandardCharsets.UTF_8));
      assertEquals(400, refused.status(), bad[0] + ": " + refused.body());
      assertEquals(List.of(bad[1]), refused.errorFields(), refused.body());
    }
    assertEquals(
        200,
        viewer.download("networks/export.csv").statusCode(),
        "refusals leave no report slot taken");
    assertEquals(
        1,
        probe.count("select count(a) from AuditEntry a where a.actor = ?1", viewer.username()),
        "a refused download is not recorded; the one that follows is");
  }

  @Test
  void strangersSignInAndPeopleAreForAdministratorsOnly() {
    Api admin = admin();
    assertEquals(401, Api.at(application()).download("networks/export.csv").statusCode());
    String email = RUN.toLowerCase() + "@example.org";
    admin
        .post(
            "people",
            object()
                .add("name", RUN + " Person")
                .add("email", email)
                .add(
                    "lawfulBasis",
                    object()
                        .add("basis", "CONSENT")
                        .add("source", "Sign-up form")
                        .add("recordedOn", "2026-01-10"))
                .build())
        .expect(201);
    for (String role : List.of("VIEWER", "STAFF")) {
      Api other = admin.newAccount(role);
      assertEquals(403, other.download("people/export.xlsx").statusCode(), role);
      assertEquals(403, other.download("people/export.csv").statusCode(), role);
    }
    HttpResponse<byte[]> people =
        admin.download("people/export.csv?q=" + URLEncoder.encode(RUN, StandardCharsets.UTF_8));
    assertEquals(200, people.statusCode());
    String text = new String(people.body(), StandardCharsets.UTF_8);
    assertTrue(text.contains(email), "the administrator's download holds the e-mail address");
  }

  private static List<String> titles(RecordSheet kind) {
    return kind.columns().stream().map(Column::title).toList();
  }

  private static List<String> row(Row row) {
    List<String> cells = new ArrayList<>();
    row.forEach(c -> cells.add(c.getStringCellValue()));
    return cells;
  }

  private static String text(Sheet sheet) {
    StringBuilder s = new StringBuilder();
    sheet.forEach(
        r ->
            r.forEach(
                c ->
                    s.append(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "")
                        .append('\t')));
    return s.toString();
  }

  private static void network(Api as, String name, String area) {
    as.post(
            "networks",
            object().add("name", name).add("scope", "LOCAL").add("areas", array(area)).build())
        .expect(201);
  }
}
