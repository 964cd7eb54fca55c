package org.coproduction.landscape.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.reports.PdfUa;
import org.coproduction.landscape.reports.workbook.LandscapeWorkbook;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Reports screen in a real browser, as a VIEWER: producing the landscape workbook with the
 * keyboard only and opening the download as a spreadsheet would; a funder report for one funder,
 * read back as a PDF; the messages beside the filters; and nobody else downloading the result.
 * axe-core checks the screen idle and with reports listed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsScreenIT {

  private static final String SCREEN = "/reports/index.xhtml";

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  @ArquillianResource URL deployed;

  URL url;

  /** A VIEWER, another VIEWER, and a funder, made once through the API. */
  record World(
      String viewer,
      String other,
      String password,
      long funder,
      String funderName,
      long programme,
      long otherProgramme) {}

  private static World world;
  private static Browser viewer;
  private static String workbookRun;

  @BeforeEach
  void world() throws Exception {
    url = new URL("http", "localhost", deployed.getPort(), deployed.getPath());
    if (world != null) {
      return;
    }
    Api admin = Api.at(url).asAdmin();
    String token = Api.uniqueToken();
    String password = "Reports-password-" + token.toUpperCase(Locale.ROOT);
    String viewerName = "reports-viewer-" + token;
    String otherName = "reports-other-" + token;
    for (String name : List.of(viewerName, otherName)) {
      admin
          .post(
              "users",
              Api.object()
                  .add("username", name)
                  .add("password", password)
                  .add("role", "VIEWER")
                  .build())
          .expect(201);
    }
    String funderName = "Abbey Fields Foundation " + token;
    long funder =
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
    long otherFunder =
        admin
            .post(
                "organisations",
                Api.object()
                    .add("name", "Brook Lane Trust " + token)
                    .add("type", "FUNDER")
                    .add("area", "E12000004")
                    .add("roles", Api.array("FUNDER"))
                    .build())
            .expect(201)
            .id();
    long programme = programme(admin, "Abbey Small Grants " + token, funder);
    long otherProgramme = programme(admin, "Brook Lane Awards " + token, otherFunder);
    world =
        new World(viewerName, otherName, password, funder, funderName, programme, otherProgramme);
  }

  private static long programme(Api admin, String title, long funder) {
    return admin
        .post(
            "programmes",
            Api.object().add("title", title).add("code", "P1").add("funderId", funder).build())
        .expect(201)
        .id();
  }

  private Browser viewer() {
    if (viewer == null) {
      viewer = new Browser(url);
      viewer.signIn(world.viewer(), world.password());
    }
    return viewer;
  }

  @AfterAll
  static void closeBrowser() {
    if (viewer != null) {
      viewer.close();
      viewer = null;
    }
  }

  @Test
  @Order(1)
  void theScreenIsInTheNavigationOfAViewerAndOffersEveryReport() {
    Browser b = viewer().open("/");
    b.clickAndWait("a[href$='" + SCREEN + "']");
    assertEquals(SCREEN, b.path());
    assertEquals("Reports", b.text("h1"));
    assertEquals(
        "page", b.find(".site-nav a[href$='" + SCREEN + "']").getAttribute("aria-current"));
    List<String> reports = new ArrayList<>();
    b.all("input[name='produce:report']").forEach(r -> reports.add(r.getAttribute("value")));
    assertEquals(
        List.of(
            "funder.pdf",
            "landscape.pdf",
            "360giving.xlsx",
            "kumu.xlsx",
            "landscape.xlsx",
            "360giving.json",
            "events.ics"),
        reports);
    assertTrue(b.text("#runsForm").contains("You have no reports yet"), b.text("#runsForm"));
    b.check("reports-01-idle");
  }

  @Test
  @Order(2)
  void badFiltersAreNamedBesideTheirFieldsAndNothingIsAskedFor() {
    Browser b = viewer().open(SCREEN);
    choose(b, "funder.pdf");
    b.find("#produce\\:funder");
    assertTrue(b.has("#produce\\:from") && b.has("#produce\\:programme"), "its filters appear");
    b.clickAndWait("#produce\\:submit");
    assertTrue(
        b.text("#produce\\:funderError").contains("Choose the funder"),
        b.text("#produce\\:funderError"));
    assertFalse(b.has("#runTable"), "nothing was asked for");
    b.check("reports-02-field-messages");

    choose(b, "360giving.json");
    b.type("#produce\\:from", "01/05/2024").type("#produce\\:to", "01/04/2024");
    b.clickAndWait("#produce\\:submit");
    assertTrue(
        b.text("#produce\\:toError").contains("ends before it starts"),
        b.text("#produce\\:toError"));
    assertEquals(
        "01/05/2024", b.find("#produce\\:from").getAttribute("value"), "the input stays on screen");
    assertTrue(
        b.find("input[name='produce:report'][value='360giving.json']").isSelected(),
        "and so does the report chosen");

    b.type("#produce\\:from", "31/02/2024");
    b.clickAndWait("#produce\\:submit");
    assertTrue(
        b.text("#produce\\:fromError").contains("day, month, year"),
        b.text("#produce\\:fromError"));
    assertFalse(b.has("#runTable"), "still nothing asked for");
  }

  @Test
  @Order(3)
  void theLandscapeWorkbookIsProducedWithTheKeyboardAloneAndDownloadedAsASpreadsheet()
      throws Exception {
    Browser b = viewer().open(SCREEN);
    WebElement radio = tabUntil(b, "produce:report", 40);
    for (int i = 0; i < 10 && !"landscape.xlsx".equals(radio.getAttribute("value")); i++) {
      radio.sendKeys(Keys.ARROW_DOWN);
      b.waitForAjax();
      radio = active(b);
    }
    assertEquals("landscape.xlsx", radio.getAttribute("value"));
    b.wait(10).until(d -> b.has("#noFilters"));
    WebElement submit = tabUntil(b, "produce:submit", 5);
    submit.sendKeys(Keys.ENTER);
    b.wait(30).until(d -> b.has("tr[data-report='landscape.xlsx']"));
    b.waitForLoad();
    assertTrue(b.text(".messages").contains("Landscape workbook: asked for"), b.text(".messages"));

    Row row = readyRow(b, "landscape.xlsx");
    workbookRun = row.run();
    assertTrue(row.text().contains("Ready"), row.text());
    assertTrue(row.text().contains("kB"), "its size: " + row.text());
    assertTrue(row.text().contains("Download landscape.xlsx"), row.text());
    b.scrollTo(b.find("#runTable"));
    b.check("reports-03-ready");

    HttpResponse<byte[]> download = download(b.sessionCookie(), workbookRun);
    assertEquals(200, download.statusCode());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        download.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"landscape.xlsx\"",
        download.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("no-store", download.headers().firstValue("Cache-Control").orElse(""));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      List<String> sheets = new ArrayList<>();
      book.forEach(s -> sheets.add(s.getSheetName()));
      assertEquals(LandscapeWorkbook.SHEETS, sheets);
    }
  }

  @Test
  @Order(4)
  void aFunderReportIsProducedForTheFunderChosenInLandscape() throws Exception {
    Browser b = viewer().open(SCREEN);
    choose(b, "funder.pdf");
    assertTrue(
        programmeChoices(b).contains(String.valueOf(world.otherProgramme())),
        "before a funder is chosen, any programme may be");
    new Select(b.find("#produce\\:funder")).selectByValue(String.valueOf(world.funder()));
    b.wait(30)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !programmeChoices(b).contains(String.valueOf(world.otherProgramme())));
    b.waitForAjax();
    assertEquals(
        List.of("", String.valueOf(world.programme())),
        programmeChoices(b),
        "once the funder is chosen, only its programmes");
    b.type("#produce\\:from", "01/04/2020").type("#produce\\:to", "31/03/2030");
    b.clickAndWait("#produce\\:submit");
    Row row = readyRow(b, "funder.pdf");
    String fileName = "funder-" + world.funder() + ".pdf";
    assertTrue(row.text().contains(fileName), row.text());
    b.scrollTo(b.find("#runTable"));
    b.check("reports-04-two-ready");

    HttpResponse<byte[]> download = download(b.sessionCookie(), row.run());
    assertEquals(200, download.statusCode());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"" + fileName + "\"",
        download.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals(List.of(), PdfUa.failedRules(download.body()), "PDF/UA-1, as veraPDF checks it");
    try (PDDocument pdf = Loader.loadPDF(download.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains(world.funderName()), "the funder's name is in the report");
      PDPage first = pdf.getPage(0);
      boolean turned = first.getRotation() % 180 != 0;
      float wide = turned ? first.getMediaBox().getHeight() : first.getMediaBox().getWidth();
      float high = turned ? first.getMediaBox().getWidth() : first.getMediaBox().getHeight();
      assertEquals(842, wide, 1, "A4 landscape as the reader sees it: " + first.getMediaBox());
      assertEquals(595, high, 1);
    }
  }

  /** The values of the programme choice, in order ("" is any programme). */
  private static List<String> programmeChoices(Browser b) {
    return new Select(b.find("#produce\\:programme"))
        .getOptions().stream().map(o -> o.getAttribute("value")).toList();
  }

  @Test
  @Order(5)
  void nobodyElseCanDownloadTheResult() throws Exception {
    assertTrue(workbookRun != null, "the workbook was produced");
    try (Browser other = new Browser(url)) {
      other.signIn(world.other(), world.password());
      other.open(SCREEN);
      assertFalse(other.has("#runTable"), "another person sees none of the first one's reports");
      HttpResponse<byte[]> foreign = download(other.sessionCookie(), workbookRun);
      assertEquals(404, foreign.statusCode(), "someone else's report is not found");
      assertNull(foreign.headers().firstValue("Content-Disposition").orElse(null));
    }
    assertEquals(
        404,
        download(viewer().sessionCookie(), "00000000-0000-4000-8000-000000000000").statusCode(),
        "an unknown id");
    assertEquals(404, download(viewer().sessionCookie(), "not-an-id").statusCode());

    HttpResponse<byte[]> anonymous = download(null, workbookRun);
    assertNull(
        anonymous.headers().firstValue("Content-Disposition").orElse(null),
        "no document without signing in (" + anonymous.statusCode() + ")");
  }

  @Test
  @Order(6)
  void aFunderReportIsScheduledByEmailListedAndStopped() {
    Browser b = viewer().open(SCREEN);
    assertTrue(b.text("#noSchedules").contains("no reports sent by e-mail"));
    choose(b, "funder.pdf");
    new Select(b.find("#produce\\:funder")).selectByValue(String.valueOf(world.funder()));
    b.waitForAjax();
    b.type("#produce\\:recipients", "board@example.org, not an address");
    b.type("#produce\\:first", "06/01/2030 09:00");
    b.clickAndWait("#produce\\:schedule");
    assertTrue(
        b.text("#produce\\:recipientsError").contains("'not' is not an e-mail address"),
        b.text("#produce\\:recipientsError"));
    assertEquals(
        "board@example.org, not an address",
        b.find("#produce\\:recipients").getAttribute("value"),
        "the input stays on screen");
    assertFalse(b.has("#scheduleTable"), "nothing was scheduled");

    b.type("#produce\\:recipients", "board@example.org\ntrustees@example.org");
    b.click("#produce\\:cadence\\:1");
    b.clickAndWait("#produce\\:schedule");
    String row = b.text("#scheduleTable tbody tr");
    assertTrue(
        row.contains("Funder report (" + world.funderName() + ")")
            && row.contains("Every month")
            && row.contains("board@example.org, trustees@example.org")
            && row.contains("6 January 2030")
            && row.contains("Not sent yet"),
        row);
    b.check("reports-06-scheduled");

    b.clickAndWait("#scheduleTable tbody tr input.stop");
    assertTrue(b.text(".messages").contains("will no longer be sent"), b.text(".messages"));
    assertTrue(b.has("#noSchedules"));
  }

  /** Chooses a report with the mouse and waits for its filters. */
  private static void choose(Browser b, String report) {
    b.click("input[name='produce:report'][value='" + report + "']");
    b.waitForAjax();
  }

  /** A row of the list of runs as read at one moment. */
  record Row(String run, String state, String text) {}

  /**
   * Waits (the page polls) until the newest run of that report is ready; fails if it failed. The
   * row is read in one script, as the poll replaces the table every two seconds.
   */
  private static Row readyRow(Browser b, String report) {
    String script =
        "const r = document.querySelector(\"tr[data-report='\" + arguments[0] + \"']\");"
            + " return r ? [r.getAttribute('data-run'), r.className, r.innerText] : null;";
    return b.wait(90)
        .until(
            d -> {
              @SuppressWarnings("unchecked")
              List<String> row =
                  (List<String>) ((JavascriptExecutor) d).executeScript(script, report);
              if (row == null) {
                return null;
              }
              if (row.get(1).contains("run--failed")) {
                throw new AssertionError("the report failed: " + row.get(2));
              }
              return row.get(1).contains("run--ready")
                  ? new Row(row.get(0), row.get(1), row.get(2))
                  : null;
            });
  }

  /** Presses TAB (at most {@code max} times) until the element named {@code name} has focus. */
  private static WebElement tabUntil(Browser b, String name, int max) {
    for (int i = 0; i < max; i++) {
      new Actions(b.driver()).sendKeys(Keys.TAB).perform();
      WebElement active = active(b);
      if (name.equals(active.getAttribute("name")) || name.equals(active.getAttribute("id"))) {
        return active;
      }
    }
    throw new AssertionError(name + " was not reached with " + max + " presses of TAB");
  }

  private static WebElement active(Browser b) {
    return (WebElement)
        ((JavascriptExecutor) b.driver()).executeScript("return document.activeElement;");
  }

  private HttpResponse<byte[]> download(String session, String run) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + "reports/download?run=" + run))
            .timeout(Duration.ofSeconds(60));
    if (session != null) {
      request.header("Cookie", "LANDSCAPESESSION=" + session);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
