package org.coproduction.landscape.api;

import static org.coproduction.landscape.testing.Api.array;
import static org.coproduction.landscape.testing.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.reports.ReportNotAllowedException;
import org.coproduction.landscape.reports.lists.ListDownloads;
import org.coproduction.landscape.reports.run.ListRequest;
import org.coproduction.landscape.reports.run.ListRunner;
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
 * A saved search produced as a report: {@code POST /api/reports/runs {"search": id, "format": ...}}
 * queues the search's list with the filters and order it has when asked for; the run is followed
 * and downloaded like any report, holds exactly the rows the list counts in its order, and is in
 * the audit log under the person's name. Nobody produces another's private search, nor the people
 * without being an administrator, then or when the run is produced; bad bodies are refused by
 * field. Run inside the server, which reads the audit log and calls the runner as a server does.
 */
@ExtendWith(ArquillianExtension.class)
class SearchRunsApiIT {

  private static final String RUN = Api.uniqueToken();

  private static final String YORKSHIRE = "E12000003";

  @Inject private Probe probe;

  @Inject private HttpServletRequest request;

  @Inject private ListRunner runner;

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  private Api admin() {
    return Api.at(
            request.getScheme()
                + "://localhost:"
                + request.getLocalPort()
                + request.getContextPath())
        .asAdmin();
  }

  @Test
  void aSavedSearchIsProducedWithTheFiltersItHadWhenAskedFor() throws Exception {
    Api admin = admin();
    Api staff = admin.newAccount("STAFF");
    for (String name : List.of(" Leeds forum", " York circle", " Hull panel")) {
      network(staff, RUN + name, name.contains("Hull") ? "E12000004" : YORKSHIRE);
    }
    String query =
        "q="
            + URLEncoder.encode(RUN, StandardCharsets.UTF_8)
            + "&area="
            + YORKSHIRE
            + "&sort=-name";
    long search = save(staff, RUN + " Yorkshire, Z to A", "networks", query, false);

    Answer asked =
        staff.post("reports/runs", object().add("search", search).add("format", "csv").build());
    asked.expect(202);
    JsonObject run = asked.json();
    assertEquals("list.csv", run.getString("report"));
    assertTrue(run.getString("title").contains(RUN + " Yorkshire, Z to A"), run.toString());
    assertTrue(asked.header("Location").endsWith("/reports/runs/" + run.getString("id")));
    // The run keeps the filters it was asked with: the search may go, the run goes on.
    assertEquals(204, staff.delete("searches/" + search).status());

    JsonObject ready = until(staff, run.getString("id"), "READY");
    assertEquals("networks-" + LocalDate.now() + ".csv", ready.getString("fileName"));
    assertEquals(2, ready.getJsonNumber("rowsRead").longValue(), ready.toString());
    HttpResponse<byte[]> csv = staff.download(ready.getString("download"));
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    assertEquals(
        List.of(RUN + " York circle", RUN + " Leeds forum"),
        rows.subList(1, rows.size()).stream().map(r -> r.get(1)).toList(),
        "the rows the list counts, in its order");

    long again = save(staff, RUN + " Yorkshire again", "networks", query, true);
    String workbook =
        staff
            .post("reports/runs", object().add("search", again).build())
            .expect(202)
            .json()
            .getString("id");
    JsonObject done = until(staff, workbook, "READY");
    assertEquals("list.xlsx", done.getString("report"), "a workbook unless asked otherwise");
    try (XSSFWorkbook book =
        new XSSFWorkbook(
            new ByteArrayInputStream(staff.download(done.getString("download")).body()))) {
      Sheet sheet = book.getSheet("Networks");
      List<String> names = new ArrayList<>();
      // A title row, the column titles, then the rows.
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        names.add(sheet.getRow(r).getCell(1).getStringCellValue());
      }
      assertEquals(List.of(RUN + " York circle", RUN + " Leeds forum"), names);
    }

    List<AuditEntry> exports =
        probe.query(
            AuditEntry.class,
            "select a from AuditEntry a where a.action = ?1 and a.recordType = 'List'"
                + " and a.actor = ?2 order by a.id",
            AuditEntry.Action.EXPORT,
            staff.username());
    assertEquals(2, exports.size(), "each run in the audit log under the person's name");
    assertTrue(exports.get(0).getChanges().endsWith("2 rows"), exports.get(0).getChanges());

    // Someone else may use the shared search, not the private one.
    Api viewer = admin.newAccount("VIEWER");
    long mine = save(staff, RUN + " mine alone", "networks", query, false);
    assertEquals(
        404,
        viewer.post("reports/runs", object().add("search", mine).build()).status(),
        "another's private search is not found");
    viewer.post("reports/runs", object().add("search", again).build()).expect(202);
  }

  @Test
  void badRequestsAreRefusedByFieldAndThePeopleAreForAdministrators() {
    Api admin = admin();
    Api staff = admin.newAccount("STAFF");
    long networks = save(staff, RUN + " all networks", "networks", "", false);
    refused(staff.post("reports/runs", object().add("search", "seven").build()), "search");
    refused(staff.post("reports/runs", object().add("search", -1).build()), "search");
    refused(
        staff.post("reports/runs", object().add("search", networks).add("format", "pdf").build()),
        "format");
    refused(
        staff.post(
            "reports/runs",
            object().add("search", networks).add("report", "landscape.pdf").build()),
        "report");
    refused(
        staff.post(
            "reports/runs", object().add("report", "landscape.pdf").add("format", "csv").build()),
        "format");
    assertEquals(
        404,
        staff.post("reports/runs", object().add("search", 999_999_999L).build()).status(),
        "no such search");

    long people = save(admin, RUN + " everyone", "people", "", true);
    assertEquals(
        404,
        staff.post("reports/runs", object().add("search", people).build()).status(),
        "a shared search of people is not staff's to produce");
    admin.post("reports/runs", object().add("search", people).build()).expect(202);
  }

  @Test
  void theServerProducingARunChecksThePersonsAccountAsItIsThen() throws IOException {
    Api staff = admin().newAccount("STAFF");
    ListRequest people = new ListRequest("people", "");
    ListRequest networks = new ListRequest("networks", "area=" + YORKSHIRE);
    var out = new ByteArrayOutputStream();
    assertThrows(
        ReportNotAllowedException.class,
        () ->
            runner.produceFor(staff.username(), people, ListDownloads.Format.CSV, out, rows -> {}),
        "the people are for administrators, whoever asks the server");
    assertThrows(
        ReportNotAllowedException.class,
        () ->
            runner.produceFor(
                "nobody-" + RUN.toLowerCase(), networks, ListDownloads.Format.CSV, out, r -> {}),
        "an account that is gone");
    assertEquals(0, out.size(), "nothing written for them");
    probe.execute("update user_account set enabled = false where username = ?1", staff.username());
    assertThrows(
        ReportNotAllowedException.class,
        () ->
            runner.produceFor(
                staff.username(), networks, ListDownloads.Format.CSV, out, rows -> {}),
        "an account disabled since it asked");
    probe.execute("update user_account set enabled = true where username = ?1", staff.username());
    long rows =
        runner.produceFor(staff.username(), networks, ListDownloads.Format.CSV, out, r -> {});
    assertEquals(
        staff.get("networks?area=" + YORKSHIRE + "&size=1").expect(200).json().getInt("total"),
        rows,
        "the list as the person reads it");
  }

  private static long save(Api as, String name, String kind, String query, boolean shared) {
    return as.post(
            "searches",
            object()
                .add("name", name)
                .add("kind", kind)
                .add("query", query)
                .add("shared", shared)
                .build())
        .expect(201)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private static void refused(Answer answer, String field) {
    assertEquals(400, answer.status(), answer.body());
    assertEquals(List.of(field), answer.errorFields(), answer.body());
  }

  private static void network(Api as, String name, String area) {
    as.post(
            "networks",
            object().add("name", name).add("scope", "LOCAL").add("areas", array(area)).build())
        .expect(201);
  }

  /** Polls the run until its status is {@code status}; fails on any other final status. */
  private static JsonObject until(Api as, String id, String status) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      JsonObject run = as.get("reports/runs/" + id).expect(200).json();
      String now = run.getString("status");
      if (now.equals(status)) {
        return run;
      }
      if (now.equals("READY") || now.equals("FAILED") || System.nanoTime() > deadline) {
        throw new AssertionError("expected " + status + ": " + run);
      }
      Thread.sleep(300);
    }
  }
}
