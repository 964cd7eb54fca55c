package org.coproduction.landscape.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Api.Answer;
import org.coproduction.landscape.testing.Deployments;
import org.coproduction.landscape.web.imports.ImportSlots;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import API as scripts use it and as an attacker would (every hostile file refused with a
 * clear 4xx message and nothing written), and the API's downloads under slow readers. The downloads
 * and the import slots are watched from inside the server (in-container tests); the rest runs as a
 * client.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportApiIT {

  private static final String RUN = Api.uniqueToken();

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static Api staff;

  @ArquillianResource private URL url;

  @Inject private Downloads downloads;

  @Inject private ImportSlots slots;

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  private Api admin() {
    return Api.at(url).asAdmin();
  }

  private Api staff() {
    if (staff == null) {
      staff = admin().newAccount("STAFF");
    }
    return staff;
  }

  private long networks() {
    return admin().get("networks?size=1").expect(200).json().getJsonNumber("total").longValue();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String message(Answer a) {
    return a.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("message", ""))
        .collect(Collectors.joining(" | "));
  }

  @Test
  @Order(1)
  @RunAsClient
  void onlyStaffAndAdministratorsImport() {
    byte[] csv = utf8("name,scope\n" + RUN + " Viewer's network,LOCAL\n");
    long before = networks();
    Answer anonymous = Api.at(url).upload("imports/networks", "n.csv", csv);
    assertEquals(401, anonymous.status(), anonymous.body());
    Answer viewer = admin().newAccount("VIEWER").upload("imports/networks", "n.csv", csv);
    assertEquals(403, viewer.status(), viewer.body());
    assertEquals("Your role does not allow this", message(viewer));
    assertEquals(before, networks());
    Answer unknown = staff().upload("imports/volunteers", "n.csv", csv);
    assertEquals(404, unknown.status(), unknown.body());
    Answer noFile = staff().upload("imports/networks", null, null, "dryRun", "true");
    assertEquals(400, noFile.status(), noFile.body());
    assertTrue(message(noFile).contains("'file'"), noFile.body());

    JsonObject paths =
        Api.at(url)
            .get(Api.at(url).server().resolve("/openapi").toString())
            .expect(200)
            .json()
            .getJsonObject("paths");
    String imports =
        paths.keySet().stream()
            .filter(p -> p.endsWith("/api/imports/{kind}"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("/api/imports/{kind} in " + paths.keySet()));
    assertTrue(
        paths.getJsonObject(imports).containsKey("post"), paths.getJsonObject(imports).toString());
  }

  @Test
  @Order(2)
  @RunAsClient
  void aNetworksCsvIsWrittenAndADryRunWritesNothing() {
    byte[] csv =
        utf8(
            "Name,Scope,founded_on,membership_estimate\n"
                + RUN
                + " Leeds carers,LOCAL,19/11/2020,\"1,200\"\n"
                + RUN
                + " Wales network,national,2019-04-01,40\n");
    long before = networks();
    Answer dry = staff().upload("imports/networks", "networks.csv", csv, "dryRun", "true");
    assertEquals(200, dry.status(), dry.body());
    assertEquals(0, dry.json().getInt("written"));
    assertTrue(dry.json().getBoolean("dryRun"));
    assertEquals(
        List.of(RUN + " Leeds carers", RUN + " Wales network"),
        dry.json().getJsonArray("records").stream()
            .map(r -> r.asJsonObject().getString("name"))
            .toList());
    Answer dryByQuery = staff().upload("imports/networks?dryRun=true", "networks.csv", csv);
    assertEquals(200, dryByQuery.status(), dryByQuery.body());
    assertEquals(before, networks(), "a dry run writes nothing");

    Answer written = staff().upload("imports/networks", "networks.csv", csv);
    assertEquals(201, written.status(), written.body());
    assertEquals(2, written.json().getInt("written"));
    JsonObject first = written.json().getJsonArray("records").getJsonObject(0);
    assertEquals(RUN + " Leeds carers", first.getString("name"));
    long id = first.getJsonNumber("id").longValue();
    assertTrue(first.getString("url").endsWith("/api/networks/" + id), first.getString("url"));
    assertEquals(before + 2, networks());
    JsonObject leeds = admin().get("networks/" + id).expect(200).json();
    assertEquals(1200, leeds.getInt("membershipEstimate"));
  }

  @Test
  @Order(2)
  @RunAsClient
  void anOrganisationRecordedUnderAnotherSpellingIsNamedBeforeTheImportAndMatchedByGrants() {
    long recorded =
        staff()
            .post(
                "organisations",
                Api.object().add("name", RUN + " Valley Arts Trust").add("type", "FUNDER").build())
            .expect(201)
            .id();
    byte[] organisations =
        utf8(
            "name,type\nThe "
                + RUN
                + " Valley Arts Trust Ltd.,charity\n"
                + RUN
                + " Brand New Group,charity\n");
    Answer dry =
        staff()
            .upload("imports/organisations", "organisations.csv", organisations, "dryRun", "true");
    assertEquals(200, dry.status(), dry.body());
    assertEquals(
        2, dry.json().getJsonArray("records").size(), "a warning does not stop the import");
    List<JsonObject> warnings = dry.json().getJsonArray("warnings").getValuesAs(JsonObject.class);
    assertEquals(1, warnings.size(), dry.body());
    assertEquals(2, warnings.get(0).getInt("row"));
    assertEquals("name", warnings.get(0).getString("column"));
    assertTrue(
        warnings
            .get(0)
            .getString("message")
            .contains("'" + RUN + " Valley Arts Trust' (#" + recorded + ")"),
        warnings.get(0).toString());

    staff()
        .post(
            "organisations",
            Api.object()
                .add("name", RUN + " Valley Community Group")
                .add("type", "CHARITY")
                .build())
        .expect(201);
    byte[] grants =
        utf8(
            "Identifier,Title,Description,Funding Org:Name,Recipient Org:Name,Amount Awarded,Award Date\n360G-"
                + RUN
                + "-named,Named funder,For the arts,\"THE "
                + RUN
                + " VALLEY ARTS TRUST LIMITED\",the "
                + RUN
                + " valley community group.,1000,24/07/2014\n");
    Answer grant = staff().upload("imports/grants", "grants.csv", grants, "dryRun", "true");
    assertEquals(
        200,
        grant.status(),
        "the funder is found under its name written differently: " + grant.body());
  }

  @Test
  @Order(2)
  @RunAsClient
  void aFileAsAFunderPublishesItIsImportedAsItIsAndAgainWithoutDuplicates() {
    String funderId = "GB-CHC-" + (5_000_000 + Math.abs(RUN.hashCode() % 999_999));
    String csv =
        "\uFEFFIdentifier,Title,Description,Currency,Amount Awarded,Award Date,"
            + "Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,"
            + "Grant Programme:Code,Grant Programme:Title,Beneficiary Location:0:Name,"
            + "Beneficiary Location:0:Geographic Code,Beneficiary Location:1:Geographic Code,"
            + "Last modified,Data Source\n"
            + "360G-"
            + RUN
            + "-pub-1,Community arts,A year of workshops,GBP,5000,2019-03-29T00:00:00+00:00,"
            + "360G-pub-"
            + RUN
            + ",\""
            + RUN
            + " Arts Group\","
            + funderId
            + ","
            + RUN
            + " Published Trust,CF-1,Community Fund,Leeds,E08000035,E12000003,"
            + "2019-04-01T10:00:00+00:00,https://example.org/grants.json\n"
            + "360G-"
            + RUN
            + "-pub-2,Second year,More workshops,GBP,\"2,500.00\",24/07/2019,"
            + "360G-pub-"
            + RUN
            + ",\""
            + RUN
            + " Arts Group\","
            + funderId
            + ","
            + RUN
            + " Published Trust,CF-1,Community Fund,Leeds,E08000035,,"
            + "2019-08-01T10:00:00+00:00,https://example.org/grants.json\n";
    byte[] file = utf8(csv);
    Answer dry = staff().upload("imports/grants", "grantnav.csv", file, "dryRun", "true");
    assertEquals(200, dry.status(), dry.body());
    assertEquals(
        List.of("new", "new"),
        dry.json().getJsonArray("records").stream()
            .map(r -> r.asJsonObject().getString("action"))
            .toList());
    String warnings = dry.json().getJsonArray("warnings").toString();
    assertTrue(
        warnings.contains("left out: Beneficiary Location:0:Name, Last modified, Data Source"),
        warnings);
    assertTrue(
        warnings.contains(RUN + " Published Trust' (" + funderId + ") is not in the record"),
        warnings);
    assertTrue(warnings.contains("'Community Fund' is not a programme of"), warnings);

    Answer written = staff().upload("imports/grants", "grantnav.csv", file);
    assertEquals(201, written.status(), written.body());
    long grant =
        written.json().getJsonArray("records").getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject first = admin().get("grants/" + grant).expect(200).json();
    assertEquals("2019-03-29", first.getString("awardDate"));
    JsonObject funder =
        admin().get("organisations?identifier=" + funderId).expect(200).items().get(0);
    assertEquals(RUN + " Published Trust", funder.getString("name"));
    assertEquals(
        funder.getJsonNumber("id").longValue(), first.getJsonNumber("funderId").longValue());

    Answer again = staff().upload("imports/grants", "grantnav.csv", file);
    assertEquals(201, again.status(), again.body());
    assertEquals(
        List.of("update", "update"),
        again.json().getJsonArray("records").stream()
            .map(r -> r.asJsonObject().getString("action"))
            .toList());
    assertEquals(
        1,
        admin().get("organisations?identifier=" + funderId).expect(200).json().getInt("total"),
        "the funder is not added twice");
    assertEquals(
        2,
        admin()
            .get("grants?funder=" + funder.getJsonNumber("id").longValue())
            .expect(200)
            .json()
            .getInt("total"),
        "nor the grants");
  }

  @Test
  @Order(3)
  @RunAsClient
  void brokenRowsAmongGoodOnesAreEachNamedAndNothingIsWritten() {
    byte[] csv =
        utf8(
            "name,scope,founded_on,membership_estimate\n"
                + RUN
                + " Good one,LOCAL,,\n"
                + ",LOCAL,,\n"
                + RUN
                + " Bad scope,GALACTIC,,\n"
                + RUN
                + " Good two,REGIONAL,,\n"
                + RUN
                + " Bad date and number,LOCAL,31/02/2020,lots\n");
    long before = networks();
    Answer refused = staff().upload("imports/networks", "mixed.csv", csv);
    assertEquals(422, refused.status(), refused.body());
    List<String> problems =
        refused.json().getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .map(e -> e.getInt("row") + " " + e.getString("column"))
            .toList();
    assertEquals(
        List.of("3 name", "4 scope", "6 founded_on", "6 membership_estimate"),
        problems,
        refused.body());
    assertTrue(refused.body().contains("'GALACTIC' is not one of"), refused.body());
    assertEquals(before, networks(), "nothing written");
  }

  @Test
  @Order(8)
  @RunAsClient
  void peopleAndProgrammesAreImportedWithTheirRulesAndTheirBrokenRowsNamed() {
    String funderId = "GB-CHC-" + (7000000 + Math.floorMod(RUN.hashCode(), 999999));
    Answer funder =
        staff()
            .upload(
                "imports/organisations",
                "funder.csv",
                utf8("name,type,org_id\n" + RUN + " Funder,CHARITY," + funderId + "\n"));
    assertEquals(201, funder.status(), funder.body());

    Answer brokenProgrammes =
        staff()
            .upload(
                "imports/programmes",
                "programmes.csv",
                utf8(
                    "code,title,funder\n"
                        + "P1,"
                        + RUN
                        + " Fund,"
                        + funderId
                        + "\n"
                        + "P2,"
                        + RUN
                        + " Orphan fund,GB-CHC-0000000\n"));
    assertEquals(422, brokenProgrammes.status(), brokenProgrammes.body());
    assertTrue(brokenProgrammes.body().contains("\"row\":3"), brokenProgrammes.body());
    assertTrue(brokenProgrammes.body().contains("\"column\":\"funder\""), brokenProgrammes.body());
    Answer programmes =
        staff()
            .upload(
                "imports/programmes",
                "programmes.csv",
                utf8("code,title,funder\nP1," + RUN + " Fund," + funderId + "\n"));
    assertEquals(201, programmes.status(), programmes.body());
    JsonObject programme = programmes.json().getJsonArray("records").getJsonObject(0);
    assertTrue(programme.getString("url").contains("/api/programmes/"), programme.getString("url"));

    String people =
        "name,organisation,role,lawful_basis,basis_source,basis_recorded_on\n"
            + RUN
            + " Ada,"
            + RUN
            + " Funder,Grants officer,LEGITIMATE_INTERESTS,Funder's published staff list,2024-05-01\n"
            + RUN
            + " Bea,,,WHIM,Nowhere,2024-05-01\n";
    Answer refused = staff().upload("imports/people", "people.csv", utf8(people));
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("\"column\":\"lawful_basis\""), refused.body());
    assertEquals(
        0,
        admin().get("people?q=" + RUN + "%20Ada").expect(200).json().getInt("total"),
        "nothing written while a row is broken");
    Answer viewer =
        admin().newAccount("VIEWER").upload("imports/people", "people.csv", utf8(people));
    assertEquals(403, viewer.status(), viewer.body());

    Answer written =
        staff()
            .upload(
                "imports/people",
                "people.csv",
                utf8(people.substring(0, people.indexOf(RUN + " Bea"))));
    assertEquals(201, written.status(), written.body());
    assertEquals(1, admin().get("people?q=" + RUN + "%20Ada").expect(200).json().getInt("total"));
  }

  @Test
  @Order(9)
  @RunAsClient
  void eventsAndTheirInsightsAreImportedWithTheirBrokenRowsNamed() {
    String theme = "IMPORTED_" + RUN.toUpperCase(java.util.Locale.ROOT);
    staff()
        .post("themes", Api.object().add("code", theme).add("name", "Imported " + RUN).build())
        .expect(201);
    Answer network =
        staff()
            .upload(
                "imports/networks", "networks.csv", utf8("name,scope\n" + RUN + " Circle,LOCAL\n"));
    assertEquals(201, network.status(), network.body());

    String events =
        "title,type,starts_at,online,venue,networks,themes,follows_on\n"
            + RUN
            + " roundtable,ROUNDTABLE,19/11/2020 10:00,yes,,"
            + RUN
            + " Circle,"
            + theme
            + ",\n"
            + RUN
            + " follow-up,WORKSHOP,2021-02-01T14:00,no,\"Hall, Leeds\",,,"
            + RUN
            + " roundtable\n";
    Answer broken =
        staff()
            .upload(
                "imports/events",
                "events.csv",
                utf8(events.replace(RUN + " roundtable\n", RUN + " nowhere\n")));
    assertEquals(422, broken.status(), broken.body());
    assertTrue(broken.body().contains("\"row\":3"), broken.body());
    assertTrue(broken.body().contains("\"column\":\"follows_on\""), broken.body());
    assertEquals(
        0,
        admin().get("events?q=" + RUN).expect(200).json().getInt("total"),
        "nothing written while a row is broken");

    Answer written = staff().upload("imports/events", "events.csv", utf8(events));
    assertEquals(201, written.status(), written.body());
    JsonObject followUp = written.json().getJsonArray("records").getJsonObject(1);
    assertTrue(followUp.getString("url").contains("/api/events/"), followUp.getString("url"));
    assertEquals(2, admin().get("events?q=" + RUN).expect(200).json().getInt("total"));

    String insights =
        "theme,text,event,recorded_on,source\n"
            + theme
            + ",Funding follows relationships ("
            + RUN
            + "),"
            + RUN
            + " roundtable,19/11/2020,Roundtable write-up\n";
    Answer learned = staff().upload("imports/insights", "insights.csv", utf8(insights));
    assertEquals(201, learned.status(), learned.body());
    assertEquals(1, admin().get("insights?q=" + RUN).expect(200).json().getInt("total"));
    Answer viewer =
        admin().newAccount("VIEWER").upload("imports/insights", "insights.csv", utf8(insights));
    assertEquals(403, viewer.status(), viewer.body());
  }

  /** A hostile file, what the answer must say, and its status. */
  private record Hostile(String name, String fileName, byte[] content, int status, String says) {}

  @Test
  @Order(4)
  @RunAsClient
  void hostileFilesAreRefusedWithAClearMessageAndNothingWritten() throws IOException {
    StringBuilder tenThousandAndOne = new StringBuilder("name,scope\n");
    for (int i = 0; i <= 10_000; i++) {
      tenThousandAndOne.append(RUN).append(" row ").append(i).append(",LOCAL\n");
    }
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0
    };
    List<Hostile> files =
        List.of(
            new Hostile(
                "zip bomb xlsx (100 MB sheet in a few hundred KB)",
                "bomb.xlsx",
                zipBomb(),
                422,
                "would expand to far more than its size allows"),
            new Hostile(
                "xlsx with an external entity (file:///etc/passwd)",
                "entity.xlsx",
                externalEntity(),
                422,
                "could not be read as an Excel workbook"),
            new Hostile("PNG named .csv", "networks.csv", png, 422, "is not text"),
            new Hostile(
                "10,001 rows",
                "rows.csv",
                utf8(tenThousandAndOne.toString()),
                422,
                "at most 10,000 rows"),
            new Hostile(
                "CSV in UTF-16 without a byte order mark",
                "networks.csv",
                ("name,scope\n" + RUN + " Caf\u00e9,LOCAL\n").getBytes(StandardCharsets.UTF_16LE),
                422,
                "is not text"),
            new Hostile("empty file", "networks.csv", new byte[0], 400, "Choose a file"),
            new Hostile(
                "a workbook named .csv", "networks.csv", externalEntity(), 422, "is a spreadsheet"),
            new Hostile("a program named .exe", "networks.exe", png, 422, "Only CSV files"));
    List<String> failures = new ArrayList<>();
    long before = networks();
    for (Hostile h : files) {
      Answer a = staff().upload("imports/networks", h.fileName(), h.content());
      String said = a.status() + " " + (a.body().startsWith("{") ? message(a) : a.body());
      System.out.println("Refused (" + h.name() + "): " + said);
      if (a.status() != h.status() || !said.contains(h.says())) {
        failures.add(h.name() + ": expected " + h.status() + " '" + h.says() + "', got " + said);
      }
    }
    assertEquals(before, networks(), "nothing written");
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  @Test
  @Order(5)
  @RunAsClient
  void a200MbUploadIsRefusedBeforeItIsRead() throws Exception {
    long size = 200L * 1024 * 1024;
    long before = networks();
    for (boolean chunked : new boolean[] {false, true}) {
      RawAnswer a = hugeUpload(staff().authorization(), size, chunked);
      System.out.printf(
          "Refused (200 MB upload, %s): %d after %.1f MB sent of 200: %s%n",
          chunked ? "chunked" : "Content-Length",
          a.status(),
          a.sentWhenAnswered() / 1048576.0,
          a.body().substring(a.body().indexOf('{'), a.body().lastIndexOf('}') + 1));
      assertEquals(413, a.status(), a.body());
      assertTrue(a.body().contains("larger than 5 MB"), a.body());
      assertTrue(
          a.sentWhenAnswered() < 64L * 1024 * 1024,
          "answered only after " + a.sentWhenAnswered() + " bytes");
    }
    assertEquals(before, networks(), "nothing written");
  }

  /** In the server: with both import slots taken, a third import is told to come back. */
  @Test
  @Order(6)
  void aThirdImportAtOnceIsToldToTryAgain() throws Exception {
    byte[] csv = utf8("name,scope\n" + RUN + " Third,LOCAL\n");
    Api staff = admin().newAccount("STAFF");
    slots.acquire();
    try {
      slots.acquire();
      try {
        Answer busy = staff.upload("imports/networks", "networks.csv", csv);
        assertEquals(503, busy.status(), busy.body());
        assertEquals("60", busy.header("Retry-After"));
        assertTrue(message(busy).contains("try again"), busy.body());
      } finally {
        slots.release();
      }
    } finally {
      slots.release();
    }
    Answer afterwards = staff.upload("imports/networks", "networks.csv", csv);
    assertEquals(201, afterwards.status(), afterwards.body());
  }

  /**
   * In the server: two clients that read a few bytes of a large export and stall (as many as there
   * are report slots) do not stop a third caller from getting a report within 20 s, and the
   * documents they were sent are deleted once they go away. The export (360Giving JSON of 3,000
   * grants with long descriptions, about 24 MB) is larger than what the network and the server
   * buffer for a stalled reader (the kernel about 1.6 MB here, Grizzly's write queue four times the
   * socket's send buffer), so a server that produced while sending would hold a report slot for
   * each.
   */
  @Test
  @Order(7)
  void slowReadersDoNotStopOthersGettingReports() throws Exception {
    Api admin = admin();
    Api staff = admin.newAccount("STAFF");
    try {
      staff
          .upload(
              "imports/organisations",
              "organisations.csv",
              utf8(
                  "name,type,area,roles\n"
                      + RUN
                      + " Slow Funder,CHARITY,E12000009,FUNDER\n"
                      + RUN
                      + " Slow Recipient,COMMUNITY_GROUP,E12000002,\n"))
          .expect(201);
      // Five imports of 600 grants each (4.8 MB of CSV, just under the limit of one import).
      java.util.Random random = new java.util.Random(11);
      String letters = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
      for (int file = 0; file < 5; file++) {
        StringBuilder grants =
            new StringBuilder(
                "Identifier,Title,Description,Currency,Amount Awarded,Award Date,"
                    + "Funding Org:Name,Recipient Org:Name\n");
        for (int i = file * 600; i < (file + 1) * 600; i++) {
          StringBuilder description = new StringBuilder(7_900);
          for (int c = 0; c < 7_900; c++) {
            description.append(letters.charAt(random.nextInt(letters.length())));
          }
          grants
              .append("360G-")
              .append(RUN)
              .append('-')
              .append(i)
              .append(',')
              .append(RUN)
              .append(" grant ")
              .append(i)
              .append(',')
              .append(description)
              .append(",GBP,1000,2024-01-15,")
              .append(RUN)
              .append(" Slow Funder,")
              .append(RUN)
              .append(" Slow Recipient\n");
        }
        Answer imported = staff.upload("imports/grants", "grants.csv", utf8(grants.toString()));
        assertEquals(201, imported.status(), imported.body());
      }
      slowReaders(admin);
    } finally {
      deleteWhatThisRunWrote();
    }
  }

  @Resource(lookup = "java:app/jdbc/landscape")
  private DataSource dataSource;

  /**
   * The grants, organisations and networks of this run, and their history, from a shared database.
   */
  private void deleteWhatThisRunWrote() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      for (String sql :
          List.of(
              "delete from funding_grant where identifier like ?",
              "delete from organisation where name like ?",
              "delete from network where name like ?",
              "delete from audit_entry where record_label like ?")) {
        try (PreparedStatement delete = c.prepareStatement(sql)) {
          delete.setString(1, (sql.contains("identifier") ? "360G-" + RUN : RUN) + "%");
          delete.executeUpdate();
        }
      }
    }
  }

  private void slowReaders(Api admin) throws Exception {
    String[] documents = {"exports/360giving.json", "exports/360giving.json"};
    List<Socket> slow = new ArrayList<>();
    try {
      for (String document : documents) {
        Socket s = new Socket();
        s.setReceiveBufferSize(1024);
        s.connect(new java.net.InetSocketAddress("localhost", url.getPort()), 10_000);
        s.setSoTimeout(60_000);
        s.getOutputStream()
            .write(
                utf8(
                    "GET "
                        + admin.base().resolve(document).getRawPath()
                        + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                        + admin.authorization()
                        + "\r\n\r\n"));
        s.getOutputStream().flush();
        byte[] head = s.getInputStream().readNBytes(12);
        assertEquals("HTTP/1.1 200", new String(head, StandardCharsets.ISO_8859_1));
        slow.add(s);
      }
      int waitingDuringStall = downloads.waiting().size();
      long start = System.nanoTime();
      HttpResponse<byte[]> third =
          HTTP.send(
              HttpRequest.newBuilder(admin.base().resolve("reports/landscape.xlsx"))
                  .header("Authorization", admin.authorization())
                  .timeout(Duration.ofSeconds(90))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "Slow downloads: %d readers of 360giving.json stalled after 12 bytes (%d files waiting to"
              + " be sent); a third caller got landscape.xlsx (%d bytes, HTTP %d) in %.2f s%n",
          slow.size(), waitingDuringStall, third.body().length, third.statusCode(), seconds);
      assertEquals(200, third.statusCode(), new String(third.body(), StandardCharsets.UTF_8));
      assertTrue(seconds < 20, seconds + " s");
      assertEquals(slow.size(), waitingDuringStall, "every stalled reader's document is kept");
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!downloads.waiting().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    System.out.println(
        "Slow downloads: files left after the readers went away: " + downloads.waiting().size());
    assertEquals(List.of(), downloads.waiting());
  }

  private record RawAnswer(int status, String body, long sentWhenAnswered) {}

  /**
   * POSTs {@code size} bytes of multipart upload, made up as they are sent, over a plain socket (so
   * that the answer can be read while the upload is still going), with a Content-Length or chunked.
   */
  private RawAnswer hugeUpload(String authorization, long size, boolean chunked) throws Exception {
    URI api = Api.at(url).base().resolve("imports/networks");
    AtomicLong sent = new AtomicLong();
    try (Socket s = new Socket("localhost", url.getPort())) {
      s.setSoTimeout(120_000);
      OutputStream out = s.getOutputStream();
      String preamble =
          "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n\r\nname,scope\n";
      out.write(
          utf8(
              "POST "
                  + api.getRawPath()
                  + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                  + authorization
                  + "\r\nX-Requested-With: landscape-tests"
                  + "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                  + (chunked
                      ? "Transfer-Encoding: chunked\r\n"
                      : "Content-Length: " + size + "\r\n")
                  + "\r\n"));
      Thread writer =
          new Thread(
              () -> {
                byte[] block = new byte[64 * 1024];
                Arrays.fill(block, (byte) 'a');
                byte[] start = utf8(preamble);
                System.arraycopy(start, 0, block, 0, start.length);
                try {
                  while (sent.get() < size) {
                    int n = (int) Math.min(block.length, size - sent.get());
                    if (chunked) {
                      out.write(utf8(Integer.toHexString(n) + "\r\n"));
                    }
                    out.write(block, 0, n);
                    if (chunked) {
                      out.write(utf8("\r\n"));
                    }
                    sent.addAndGet(n);
                    Arrays.fill(block, 0, start.length, (byte) 'a');
                  }
                  if (chunked) {
                    out.write(utf8("0\r\n\r\n"));
                  }
                } catch (IOException closed) {
                  // the server closed the connection: what this test expects
                }
              });
      writer.setDaemon(true);
      writer.start();
      InputStream in = new BufferedInputStream(s.getInputStream());
      String status = line(in);
      long whenAnswered = sent.get();
      long length = -1;
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        if (header.toLowerCase().startsWith("content-length:")) {
          length = Long.parseLong(header.substring(15).strip());
        }
      }
      String body =
          new String(
              length >= 0 ? in.readNBytes((int) length) : in.readNBytes(4096),
              StandardCharsets.UTF_8);
      s.close();
      writer.join(10_000);
      return new RawAnswer(Integer.parseInt(status.split(" ")[1]), body, whenAnswered);
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
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

  /** 100 MB of sheet XML (10,000 rows of 10,000 repeated letters) in a few hundred KB. */
  private static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      minimalWorkbookParts(zip);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer w =
          new java.io.OutputStreamWriter(
              new java.io.FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                  out.write(b, off, len);
                }

                @Override
                public void close() {}
              },
              StandardCharsets.UTF_8);
      w.write(SHEET_START + row(1, "name", "scope"));
      String text = "a".repeat(10_000);
      for (int r = 2; r <= 10_001; r++) {
        w.write(row(r, text, "LOCAL"));
      }
      w.write(SHEET_END);
      w.flush();
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** A workbook whose sheet declares an external entity and uses it in a cell. */
  private static byte[] externalEntity() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      minimalWorkbookParts(zip);
      part(
          zip,
          "xl/worksheets/sheet1.xml",
          "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
              + SHEET_START.substring(SHEET_START.indexOf("<worksheet"))
              + row(1, "name", "scope")
              + row(2, "&secret;", "LOCAL")
              + SHEET_END);
    }
    return bytes.toByteArray();
  }

  private static void minimalWorkbookParts(ZipOutputStream zip) throws IOException {
    part(
        zip,
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
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
            + "</Relationships>");
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
