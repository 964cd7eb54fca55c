package org.coproduction.landscape.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.reports.PdfUa;
import org.coproduction.landscape.reports.run.RunQueue;
import org.coproduction.landscape.reports.workbook.LandscapeWorkbook;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Api.Answer;
import org.coproduction.landscape.testing.Deployments;
import org.coproduction.landscape.testing.Probe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Report runs over the API, as a script uses them: asked for, followed until ready and downloaded
 * as the real document (read back by PDFBox and POI, from the client) and audited under the person
 * who asked; nobody else sees them; bad input is named; a fourth unfinished run is refused while
 * the cluster's two slots are held (here by runs another "server" produces, written into the
 * database); a run whose server fell silent is failed, and an expired run is deleted, by the
 * server's own timer.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportRunsApiIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  @ArquillianResource private URL url;

  @Inject private Probe probe;

  private static Api viewer;
  private static Api other;
  private static long funder;
  private static String funderName;

  @BeforeEach
  void world() {
    if (viewer != null) {
      return;
    }
    Api admin = Api.at(url).asAdmin();
    viewer = admin.newAccount("VIEWER");
    other = admin.newAccount("VIEWER");
    funderName = "Runs Foundation " + Api.uniqueToken();
    funder =
        admin
            .post(
                "organisations",
                Api.object()
                    .add("name", funderName)
                    .add("type", "FUNDER")
                    .add("area", "E12000003")
                    .add("roles", Api.array("FUNDER"))
                    .build())
            .expect(201)
            .id();
  }

  @Test
  @Order(1)
  void theReportsOfTheScreenAreListed() {
    List<JsonObject> reports =
        viewer.get("reports").expect(200).array().getValuesAs(JsonObject.class);
    assertEquals(
        List.of(
            "funder.pdf",
            "landscape.pdf",
            "360giving.xlsx",
            "kumu.xlsx",
            "landscape.xlsx",
            "360giving.json",
            "events.ics"),
        reports.stream().map(r -> r.getString("id")).toList());
    JsonObject funderReport = reports.get(0);
    assertEquals("application/pdf", funderReport.getString("mediaType"));
    assertEquals(
        List.of("funder", "programme", "from", "to"), Api.strings(funderReport, "filters"));
    assertTrue(funderReport.getBoolean("forOneFunder"));
  }

  @Test
  @Order(2)
  @RunAsClient
  void aFunderReportIsAskedForFollowedAndDownloadedAsThePdf() throws Exception {
    Answer asked =
        viewer
            .post(
                "reports/runs",
                Api.object()
                    .add("report", "funder.pdf")
                    .add(
                        "filters",
                        Api.object()
                            .add("funder", funder)
                            .add("from", "2020-04-01")
                            .add("to", "2030-03-31"))
                    .build())
            .expect(202);
    String id = asked.json().getString("id");
    assertEquals(viewer.base().resolve("reports/runs/" + id).toString(), asked.header("Location"));
    assertTrue(
        List.of("WAITING", "PRODUCING", "READY").contains(asked.json().getString("status")),
        asked.body());

    JsonObject ready = until(viewer, id, "READY");
    assertEquals("funder-" + funder + ".pdf", ready.getString("fileName"));
    assertTrue(ready.getJsonNumber("bytesWritten").longValue() > 1000, ready.toString());
    assertTrue(ready.getString("download").endsWith("/reports/runs/" + id + "/download"));
    assertNotNull(ready.getString("expiresAt"));

    HttpResponse<byte[]> file = download(viewer, id);
    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"funder-" + funder + ".pdf\"",
        file.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("no-store", file.headers().firstValue("Cache-Control").orElse(""));
    assertEquals(ready.getJsonNumber("bytesWritten").longValue(), file.body().length);
    assertEquals(List.of(), PdfUa.failedRules(file.body()), "PDF/UA-1, as veraPDF checks it");
    try (PDDocument pdf = Loader.loadPDF(file.body())) {
      assertTrue(
          new PDFTextStripper().getText(pdf).contains(funderName),
          "the funder's name is in the report");
    }
  }

  @Test
  @Order(3)
  @RunAsClient
  void theLandscapeWorkbookIsDownloadedAsASpreadsheet() throws Exception {
    String id =
        viewer
            .post("reports/runs", Api.object().add("report", "landscape.xlsx").build())
            .expect(202)
            .json()
            .getString("id");
    until(viewer, id, "READY");
    HttpResponse<byte[]> file = download(viewer, id);
    assertEquals(200, file.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      List<String> sheets = new ArrayList<>();
      book.forEach(s -> sheets.add(s.getSheetName()));
      assertEquals(LandscapeWorkbook.SHEETS, sheets);
    }
  }

  @Test
  @Order(4)
  void nobodyElseSeesOrDownloadsARunAndUnknownIdsAreNotFound() throws Exception {
    String id =
        viewer
            .post("reports/runs", Api.object().add("report", "events.ics").build())
            .expect(202)
            .json()
            .getString("id");
    until(viewer, id, "READY");
    assertEquals(
        1,
        probe.count(
            "select count(a) from AuditEntry a where a.actor = ?1 and a.recordLabel = ?2",
            viewer.username(),
            "events.ics"),
        "produced by the server's own thread, the export is audited under the person who asked");
    Answer foreign = other.get("reports/runs/" + id).expect(404);
    assertEquals(List.of("id"), foreign.errorFields());
    assertEquals(404, download(other, id).statusCode(), "someone else's file");
    assertEquals(404, download(other, id).statusCode());
    viewer.get("reports/runs/" + UUID.randomUUID()).expect(404);
    viewer.get("reports/runs/not-an-id").expect(404);
    assertEquals(404, download(viewer, UUID.randomUUID().toString()).statusCode());
    Api.at(url).get("reports/runs/" + id).expect(401);
  }

  @Test
  @Order(5)
  void badInputIsNamed() {
    Answer unknown =
        viewer.post("reports/runs", Api.object().add("report", "secrets.pdf").build()).expect(404);
    assertEquals(List.of("report"), unknown.errorFields());
    assertTrue(unknown.errorFor("report").contains("secrets.pdf"), unknown.body());

    Answer noReport = viewer.post("reports/runs", Api.object().build()).expect(400);
    assertEquals(List.of("report"), noReport.errorFields(), noReport.body());

    Answer noFunder =
        viewer.post("reports/runs", Api.object().add("report", "funder.pdf").build()).expect(400);
    assertEquals(List.of("filters.funder"), noFunder.errorFields(), noFunder.body());

    Answer bad =
        viewer
            .post(
                "reports/runs",
                Api.object()
                    .add("report", "360giving.json")
                    .add(
                        "filters",
                        Api.object()
                            .add("funder", "twelve")
                            .add("from", "1 April 2024")
                            .add("colour", "red"))
                    .build())
            .expect(400);
    assertEquals(
        List.of("filters.colour", "filters.from", "filters.funder"),
        bad.errorFields().stream().sorted().toList(),
        bad.body());

    Answer backwards =
        viewer
            .post(
                "reports/runs",
                Api.object()
                    .add("report", "events.ics")
                    .add("filters", Api.object().add("from", "2024-05-01").add("to", "2024-04-01"))
                    .build())
            .expect(400);
    assertEquals(List.of("filters.to"), backwards.errorFields(), backwards.body());

    Answer unread =
        viewer
            .post(
                "reports/runs",
                Api.object()
                    .add("report", "kumu.xlsx")
                    .add("filters", Api.object().add("funder", funder))
                    .build())
            .expect(400);
    assertEquals(List.of("filters.funder"), unread.errorFields(), unread.body());

    Answer noSuchFunder =
        viewer
            .post(
                "reports/runs",
                Api.object()
                    .add("report", "funder.pdf")
                    .add("filters", Api.object().add("funder", 987654321))
                    .build())
            .expect(400);
    assertEquals(List.of("filters.funder"), noSuchFunder.errorFields(), noSuchFunder.body());

    Answer notAnObject =
        viewer.post("reports/runs", Api.array("landscape.pdf").build()).expect(400);
    assertTrue(notAnObject.body().contains("Send an object"), notAnObject.body());

    viewer
        .sendAsIs(
            "POST",
            "reports/runs",
            Map.of("Content-Type", "text/plain"),
            "{\"report\":\"landscape.pdf\"}")
        .expect(415);
    assertEquals(
        0,
        probe.count(
            "select count(a) from AuditEntry a where a.actor = ?1 and a.recordLabel = ?2",
            viewer.username(),
            "kumu.xlsx"),
        "nothing was produced");
  }

  @Test
  @Order(6)
  void aFourthUnfinishedRunIsRefusedWhileTheClusterSlotsAreHeld() throws Exception {
    // Another server produces two runs: both slots of the cluster are held, and it is alive.
    List<String> held = List.of(held(1), held(2));
    List<String> mine = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        mine.add(
            viewer
                .post("reports/runs", Api.object().add("report", "landscape.pdf").build())
                .expect(202)
                .json()
                .getString("id"));
      }
      Answer fourth =
          viewer
              .post("reports/runs", Api.object().add("report", "landscape.pdf").build())
              .expect(429);
      assertTrue(fourth.body().contains("3 reports waiting"), fourth.body());
      Thread.sleep(6000);
      for (String id : mine) {
        assertEquals(
            "WAITING",
            viewer.get("reports/runs/" + id).expect(200).json().getString("status"),
            "no slot is free in the cluster");
      }
      Answer notReady = send(viewer, "reports/runs/" + mine.get(0) + "/download");
      assertEquals(409, notReady.status(), notReady.body());
      assertTrue(notReady.body().contains("waiting"), notReady.body());
    } finally {
      for (String id : held) {
        probe.execute("delete from report_run where id = ?1", id);
      }
    }
    for (String id : mine) {
      until(viewer, id, "READY");
    }
  }

  @Test
  @Order(7)
  void aRunWhoseServerFellSilentIsTakenUpOnceThenFailedAndAnExpiredRunIsDeleted() throws Exception {
    Instant now = Instant.now();
    String silent = UUID.randomUUID().toString();
    probe.execute(
        "insert into report_run (id, owner, report_name, title, file_name, media_type, state,"
            + " unfinished_place, node, claim, attempts, asked_at, started_at, heartbeat_at)"
            + " values (?1, ?2, 'landscape.pdf', 'Landscape report', 'landscape.pdf',"
            + " 'application/pdf', 'PRODUCING', 1, 'gone', ?3, 2, ?4, ?4, ?4)",
        silent,
        viewer.username(),
        UUID.randomUUID().toString(),
        utc(now.minusSeconds(600)));
    String expired = UUID.randomUUID().toString();
    probe.execute(
        "insert into report_run (id, owner, report_name, title, file_name, media_type, state,"
            + " asked_at, finished_at, expires_at) values (?1, ?2, 'landscape.pdf',"
            + " 'Landscape report', 'landscape.pdf', 'application/pdf', 'READY', ?3, ?3, ?4)",
        expired,
        viewer.username(),
        utc(now.minusSeconds(3600)),
        utc(now.minusSeconds(60)));
    viewer.get("reports/runs/" + expired).expect(404);
    // A run that another server began and fell silent under: this server takes it up.
    String orphan = UUID.randomUUID().toString();
    probe.execute(
        "insert into report_run (id, owner, report_name, title, file_name, media_type, state,"
            + " unfinished_place, node, claim, attempts, asked_at, started_at, heartbeat_at)"
            + " values (?1, ?2, 'landscape.pdf', 'Landscape report', 'landscape.pdf',"
            + " 'application/pdf', 'PRODUCING', 2, 'gone', ?3, 1, ?4, ?4, ?4)",
        orphan,
        viewer.username(),
        UUID.randomUUID().toString(),
        utc(now.minusSeconds(600)));

    JsonObject failed = until(viewer, silent, "FAILED");
    assertEquals(RunQueue.STOPPED, failed.getString("message"));
    Answer failedDownload = send(viewer, "reports/runs/" + silent + "/download");
    assertEquals(409, failedDownload.status());
    assertTrue(failedDownload.body().contains(RunQueue.STOPPED), failedDownload.body());
    JsonObject takenUp = until(viewer, orphan, "READY");
    assertTrue(takenUp.getJsonNumber("bytesWritten").longValue() > 1000, takenUp.toString());
    assertEquals(200, download(viewer, orphan).statusCode());

    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (count(expired) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertEquals(0, count(expired), "the expired run is deleted by the timer");
  }

  private long count(String id) {
    return probe.countSql("select count(*) from report_run where id = ?1", id);
  }

  /** A run of another person, being produced by a live server in slot {@code slot}. */
  private String held(int slot) {
    String id = UUID.randomUUID().toString();
    OffsetDateTime now = utc(Instant.now());
    probe.execute(
        "insert into report_run (id, owner, report_name, title, file_name, media_type, state,"
            + " unfinished_place, node, claim, attempts, asked_at, started_at, heartbeat_at)"
            + " values (?1, ?2, 'landscape.pdf', 'Landscape report', 'landscape.pdf',"
            + " 'application/pdf', 'PRODUCING', 1, 'elsewhere', ?3, 1, ?4, ?4, ?5)",
        id,
        "slot-holder-" + Api.uniqueToken(),
        UUID.randomUUID().toString(),
        now,
        now.plusHours(1));
    probe.execute("update report_slot set run_id = ?1 where slot = ?2", id, slot);
    return id;
  }

  private static OffsetDateTime utc(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  /** Polls the run until its status is {@code status}; fails on any other final status. */
  private static JsonObject until(Api as, String id, String status) throws InterruptedException {
    Predicate<String> finalOther =
        s -> !s.equals(status) && (s.equals("READY") || s.equals("FAILED"));
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      JsonObject run = as.get("reports/runs/" + id).expect(200).json();
      String now = run.getString("status");
      if (now.equals(status)) {
        return run;
      }
      if (finalOther.test(now) || System.nanoTime() > deadline) {
        throw new AssertionError("expected " + status + ": " + run);
      }
      Thread.sleep(500);
    }
  }

  private static Answer send(Api as, String path) {
    return as.get(path);
  }

  private static HttpResponse<byte[]> download(Api as, String id) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(as.base().resolve(URI.create("reports/runs/" + id + "/download")))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", as.authorization())
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
