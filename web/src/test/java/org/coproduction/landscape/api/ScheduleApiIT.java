package org.coproduction.landscape.api;

import static org.coproduction.landscape.testing.Api.array;
import static org.coproduction.landscape.testing.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.reports.PdfUa;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Api.Answer;
import org.coproduction.landscape.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports by e-mail as a person schedules them, received by a real SMTP server (GreenMail, in this
 * JVM, which the server under test is configured to send to): a weekly workbook sent at once by the
 * servers' own timer and read with POI, a funder's PDF sent now and read with PDFBox, a saved
 * search's CSV; a send while the mail server is down failing, shown, and tried again until it goes;
 * fields that cannot be used named; someone else's schedule not found.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduleApiIT {

  private static final String RUN = Api.uniqueToken();

  /** How often the server under test looks for due sendings (the build sets it; 10 s otherwise). */
  private static final Duration CHECKS =
      Duration.ofSeconds(
          Long.parseLong(
              System.getenv().getOrDefault("LANDSCAPE_SCHEDULE_CHECK_SECONDS", "10").strip()));

  private static GreenMail mail;

  @ArquillianResource private URL url;

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  @BeforeAll
  static void startTheMailServer() {
    mail = new GreenMail(smtp());
    mail.start();
  }

  @AfterAll
  static void stopTheMailServer() {
    if (mail != null) {
      mail.stop();
    }
  }

  @BeforeEach
  void emptyInboxes() throws Exception {
    if (mail.isRunning()) {
      mail.purgeEmailFromAllMailboxes();
    }
  }

  private static ServerSetup smtp() {
    return new ServerSetup(
        Integer.parseInt(System.getProperty("test.smtp.port", "3025")), "127.0.0.1", "smtp");
  }

  @Test
  void aWeeklyWorkbookGoesOutAtOnceToEveryAddressAndIsDueAWeekLater() throws Exception {
    Api viewer = Api.at(url).asAdmin().newAccount("VIEWER");
    String ann = "ann." + RUN + "@example.org";
    String bob = "bob." + RUN + "@example.org";
    Instant asked = Instant.now();
    JsonObject schedule =
        viewer
            .post(
                "schedules",
                object()
                    .add("report", "landscape.xlsx")
                    .add("cadence", "WEEKLY")
                    .add("recipients", array(ann, bob, ann.toUpperCase()))
                    .build())
            .expect(201)
            .json();
    assertEquals(List.of(ann, bob), Api.strings(schedule, "recipients"), "each address once");
    long id = schedule.getJsonNumber("id").longValue();

    // The servers' timer sends it, once.
    List<MimeMessage> received = receive(2);
    for (MimeMessage m : received) {
      assertTrue(m.getSubject().startsWith("Landscape: "), m.getSubject());
      Attachment a = attachment(m);
      assertTrue(a.name().endsWith(".xlsx"), a.name());
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(a.bytes()))) {
        assertTrue(book.getNumberOfSheets() > 1, "the landscape workbook, opened with POI");
        assertNotNull(book.getSheet("Networks"));
      }
    }
    assertEquals(
        List.of(ann + ", " + bob, ann + ", " + bob),
        received.stream().map(ScheduleApiIT::to).toList(),
        "one message to both, delivered to each");
    JsonObject sent = until(viewer, id, s -> s.containsKey("lastSentAt"));
    Instant next = Instant.parse(sent.getString("nextDueAt"));
    assertTrue(
        next.isAfter(asked.plus(Duration.ofDays(6)))
            && next.isBefore(asked.plus(Duration.ofDays(8))),
        "due again a week later: " + next);
    assertEquals(0, sent.getInt("failedTries"));
    // Two more looks of the servers' timer, and a margin: nothing more is sent.
    Thread.sleep(CHECKS.multipliedBy(2).plusSeconds(2).toMillis());
    assertEquals(2, mail.getReceivedMessages().length, "not sent twice");
  }

  @Test
  void aFunderReportSentNowOpensAsAPdfAndKeepsItsNextSending() throws Exception {
    Api admin = Api.at(url).asAdmin();
    Api staff = admin.newAccount("STAFF");
    String funderName = "Mail Foundation " + RUN;
    long funder =
        admin
            .post(
                "organisations",
                object()
                    .add("name", funderName)
                    .add("type", "FUNDER")
                    .add("roles", array("FUNDER"))
                    .build())
            .expect(201)
            .id();
    String to = "funders." + RUN + "@example.org";
    JsonObject schedule =
        staff
            .post(
                "schedules",
                object()
                    .add("report", "funder.pdf")
                    .add("filters", object().add("funder", funder).add("from", "2020-04-01"))
                    .add("cadence", "MONTHLY")
                    .add("recipients", array(to))
                    .add("first", "2030-01-06T09:00")
                    .build())
            .expect(201)
            .json();
    long id = schedule.getJsonNumber("id").longValue();
    assertEquals(
        "2030-01-06T09:00:00Z", schedule.getString("nextDueAt"), "09:00 in London in January");

    JsonObject sent = staff.post("schedules/" + id + "/send", null).expect(200).json();
    assertNotNull(sent.getString("lastSentAt"));
    assertEquals("2030-01-06T09:00:00Z", sent.getString("nextDueAt"), "the next sending is kept");
    MimeMessage m = receive(1).get(0);
    assertEquals(to, to(m));
    Attachment a = attachment(m);
    assertTrue(a.name().endsWith(".pdf"), a.name());
    assertEquals(List.of(), PdfUa.failedRules(a.bytes()), "PDF/UA-1, as veraPDF checks it");
    try (PDDocument pdf = Loader.loadPDF(a.bytes())) {
      assertTrue(new PDFTextStripper().getText(pdf).contains(funderName), "the funder's report");
    }
  }

  @Test
  void aSavedSearchGoesAsTheCsvOfItsList() throws Exception {
    Api admin = Api.at(url).asAdmin();
    Api staff = admin.newAccount("STAFF");
    String network = "Mailed circle " + RUN;
    admin
        .post(
            "networks",
            object()
                .add("name", network)
                .add("scope", "LOCAL")
                .add("areas", array("E12000003"))
                .build())
        .expect(201);
    long search =
        staff
            .post(
                "searches",
                object()
                    .add("name", "Mailed " + RUN)
                    .add("kind", "networks")
                    .add("query", "q=" + RUN)
                    .add("shared", false)
                    .build())
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    long id =
        staff
            .post(
                "schedules",
                object()
                    .add("search", search)
                    .add("format", "csv")
                    .add("cadence", "MONTHLY")
                    .add("recipients", array("lists." + RUN + "@example.org"))
                    .add("first", "2030-01-06T09:00:00Z")
                    .build())
            .expect(201)
            .id();
    staff.post("schedules/" + id + "/send", null).expect(200);
    Attachment a = attachment(receive(1).get(0));
    assertTrue(a.name().startsWith("networks-") && a.name().endsWith(".csv"), a.name());
    String csv = new String(a.bytes(), StandardCharsets.UTF_8);
    assertTrue(csv.contains(network), csv);
  }

  @Test
  void aSendWhileTheMailServerIsDownIsShownAndTriedAgainUntilItGoes() throws Exception {
    Api viewer = Api.at(url).asAdmin().newAccount("VIEWER");
    String to = "retry." + RUN + "@example.org";
    mail.stop();
    try {
      long later =
          viewer
              .post(
                  "schedules",
                  object()
                      .add("report", "landscape.pdf")
                      .add("cadence", "WEEKLY")
                      .add("recipients", array(to))
                      .add("first", "2030-01-06T09:00:00Z")
                      .build())
              .expect(201)
              .id();
      Answer now = viewer.post("schedules/" + later + "/send", null);
      assertEquals(502, now.status(), now.body());
      assertTrue(now.errorFor("send").contains("The mail server did not take it"), now.body());
      viewer.delete("schedules/" + later);

      long id =
          viewer
              .post(
                  "schedules",
                  object()
                      .add("report", "landscape.pdf")
                      .add("cadence", "WEEKLY")
                      .add("recipients", array(to))
                      .build())
              .expect(201)
              .id();
      JsonObject failed = until(viewer, id, s -> s.getInt("failedTries") >= 1);
      assertTrue(failed.getString("lastFailure").contains("The mail server did not take it"));
      assertNotNull(failed.getString("retryAt"), "tried again later");
      assertTrue(!failed.containsKey("lastSentAt"));
    } finally {
      mail = new GreenMail(smtp());
      mail.start();
    }
    MimeMessage m = receive(1).get(0);
    assertEquals(to, to(m));
    JsonObject sent =
        until(
            viewer,
            viewer
                .get("schedules")
                .expect(200)
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue(),
            s -> s.containsKey("lastSentAt"));
    assertEquals(0, sent.getInt("failedTries"));
    assertNull(sent.get("lastFailure"));
  }

  @Test
  void fieldsThatCannotBeUsedAreNamedAndOthersSchedulesAreNotFound() {
    Api admin = Api.at(url).asAdmin();
    Api viewer = admin.newAccount("VIEWER");
    Api other = admin.newAccount("VIEWER");
    Answer nothing = viewer.post("schedules", object().add("report", "landscape.pdf").build());
    assertEquals(400, nothing.status(), nothing.body());
    assertEquals(
        List.of("cadence", "recipients"), nothing.errorFields().stream().sorted().toList());
    Answer wrong =
        viewer.post(
            "schedules",
            object()
                .add("report", "landscape.pdf")
                .add("cadence", "DAILY")
                .add("recipients", array("not-an-address", "ok@example.org"))
                .add("first", "next tuesday")
                .add("colour", "red")
                .build());
    assertEquals(400, wrong.status(), wrong.body());
    assertEquals(
        List.of("cadence", "colour", "first", "recipients"),
        wrong.errorFields().stream().sorted().toList());
    assertTrue(wrong.errorFor("recipients").contains("'not-an-address' is not an e-mail address"));
    String[] many = new String[21];
    Arrays.setAll(many, i -> "p" + i + "@example.org");
    Answer tooMany =
        viewer.post(
            "schedules",
            object()
                .add("report", "landscape.pdf")
                .add("cadence", "WEEKLY")
                .add("recipients", array((Object[]) many))
                .build());
    assertEquals(400, tooMany.status(), tooMany.body());
    assertEquals(List.of("recipients"), tooMany.errorFields());
    Answer unknown =
        viewer.post(
            "schedules",
            object()
                .add("report", "secrets.pdf")
                .add("cadence", "WEEKLY")
                .add("recipients", array("a@example.org"))
                .build());
    assertEquals(404, unknown.status(), unknown.body());

    long id =
        viewer
            .post(
                "schedules",
                object()
                    .add("report", "landscape.pdf")
                    .add("cadence", "WEEKLY")
                    .add("recipients", array("a." + RUN + "@example.org"))
                    .add("first", "2030-01-06T09:00:00Z")
                    .build())
            .expect(201)
            .id();
    assertEquals(404, other.get("schedules/" + id).status());
    assertEquals(404, other.post("schedules/" + id + "/send", null).status());
    assertEquals(404, other.delete("schedules/" + id).status());
    assertTrue(other.get("schedules").expect(200).array().isEmpty(), "nobody else's");
    assertEquals(401, Api.at(url).get("schedules").status());
    assertEquals(204, viewer.delete("schedules/" + id).status());
    assertEquals(404, viewer.get("schedules/" + id).status());
  }

  /** The messages the mail server received, once there are {@code count} (within a minute). */
  private static List<MimeMessage> receive(int count) throws InterruptedException {
    Instant give = Instant.now().plusSeconds(60);
    while (mail.getReceivedMessages().length < count && Instant.now().isBefore(give)) {
      Thread.sleep(200);
    }
    MimeMessage[] received = mail.getReceivedMessages();
    assertEquals(count, received.length, "the messages received");
    return List.of(received);
  }

  /** The addresses a message was sent to, in order. */
  private static String to(MimeMessage m) {
    try {
      return Arrays.stream(m.getAllRecipients())
          .map(Address::toString)
          .sorted()
          .reduce((a, b) -> a + ", " + b)
          .orElse("");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  record Attachment(String name, byte[] bytes) {}

  private static Attachment attachment(MimeMessage m) throws Exception {
    Multipart parts = (Multipart) m.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null) {
        try (InputStream in = part.getInputStream()) {
          return new Attachment(part.getFileName(), in.readAllBytes());
        }
      }
    }
    throw new AssertionError("no attachment");
  }

  private static JsonObject until(Api as, long id, java.util.function.Predicate<JsonObject> done)
      throws InterruptedException {
    Instant give = Instant.now().plusSeconds(60);
    JsonObject s = as.get("schedules/" + id).expect(200).json();
    while (!done.test(s)) {
      if (Instant.now().isAfter(give)) {
        throw new AssertionError("Not as expected after a minute: " + s);
      }
      Thread.sleep(500);
      s = as.get("schedules/" + id).expect(200).json();
    }
    return s;
  }
}
