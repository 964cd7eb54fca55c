package org.coproduction.landscape.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.coproduction.landscape.reports.PdfUa;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The assembled EAR on Payara Server, over HTTP only: what an operator and an API client see. The
 * server gets its database and the first administrator's password from the environment (failsafe's
 * environmentVariables), exactly as in production.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LandscapeEarIT {

  private static final File EAR =
      new File(System.getProperty("landscape.ear", "target/landscape.ear"));
  private static final String ADMIN_PASSWORD = System.getProperty("test.admin.password");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, EAR);
  }

  @Test
  void theEarCarriesCoreReportsAndWeb() {
    EnterpriseArchive ear = ear();
    for (String module :
        List.of("landscape-core.jar", "landscape-reports.jar", "landscape-web.war")) {
      assertNotNull(ear.get(module), module + " in the EAR");
    }
    String applicationXml = text(ear, "META-INF/application.xml");
    assertTrue(applicationXml.contains("<ejb>landscape-core.jar</ejb>"), applicationXml);
    assertTrue(applicationXml.contains("<ejb>landscape-reports.jar</ejb>"), applicationXml);
    assertTrue(applicationXml.contains("<web-uri>landscape-web.war</web-uri>"), applicationXml);
    assertTrue(applicationXml.contains("<context-root>/</context-root>"), applicationXml);
    assertNotNull(ear.get("lib/flyway-core.jar"), "Flyway in lib/");
    assertNotNull(ear.get("lib/postgresql.jar"), "the PostgreSQL driver in lib/");
  }

  @Test
  void healthIsUpAndIncludesTheDatabaseCheck() throws Exception {
    HttpResponse<String> response = send(get("/health"));
    assertEquals(200, response.statusCode(), response.body());
    JsonObject health = json(response).asJsonObject();
    assertEquals("UP", health.getString("status"), response.body());
    JsonObject database =
        health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> "landscape-database".equals(check.getString("name")))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no landscape-database check in " + response.body()));
    assertEquals("UP", database.getString("status"));
    // Behind a balancer, the health check says which server answered: on Payara Server, the
    // instance's name (the domain's own server is "server").
    assertEquals("server", response.headers().firstValue("X-Landscape-Node").orElse(null));
  }

  @Test
  void anonymousCallersCannotChangeAnything() throws Exception {
    HttpRequest post =
        request("/api/networks")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Anonymous network\"}"))
            .build();
    int status = send(post).statusCode();
    assertTrue(
        Set.of(401, 403).contains(status), "anonymous POST /api/networks answered " + status);

    HttpResponse<String> whoami =
        send(request("/whoami").POST(HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(401, whoami.statusCode());
  }

  @Test
  void theFirstAdministratorSignsInWithThePasswordFromTheEnvironment() throws Exception {
    HttpResponse<String> response = send(asAdmin(request("/whoami")).GET().build());
    assertEquals(200, response.statusCode(), response.body());
    JsonObject me = json(response).asJsonObject();
    assertEquals("admin", me.getString("username"));
    assertEquals("ADMIN", me.getString("role"));
    assertTrue(me.getJsonArray("roles").contains(Json.createValue("ADMIN")), response.body());

    HttpResponse<String> wrong =
        send(
            request("/whoami")
                .header("Authorization", basic("admin", "not-the-password"))
                .GET()
                .build());
    assertEquals(401, wrong.statusCode());
  }

  @Test
  void anAuthenticatedClientReadsTheApi() throws Exception {
    HttpResponse<String> response =
        send(
            asAdmin(request("/api/networks?size=5&sort=name"))
                .header("Accept", "application/json")
                .GET()
                .build());
    assertEquals(200, response.statusCode(), response.body());
    JsonObject page = json(response).asJsonObject();
    assertEquals(0, page.getInt("page"), response.body());
    assertEquals(5, page.getInt("size"), response.body());
    assertTrue(page.getJsonArray("items").size() <= 5, response.body());
    assertTrue(
        page.getJsonNumber("total").longValue() >= page.getJsonArray("items").size(),
        response.body());
  }

  @Test
  void aViewerDownloadsEveryReportAndExportWhileAnAnonymousCallerIsRefused() throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    String viewer = "viewer" + run;
    String password = "viewer-password-" + run;
    HttpResponse<String> account =
        send(
            asAdmin(request("/api/users"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\""
                            + viewer
                            + "\",\"password\":\""
                            + password
                            + "\",\"role\":\"VIEWER\"}"))
                .build());
    assertEquals(201, account.statusCode(), account.body());
    HttpResponse<String> funder =
        send(
            asAdmin(request("/api/organisations"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"EAR test funder "
                            + run
                            + "\",\"type\":\"FUNDER\",\"roles\":[\"FUNDER\"]}"))
                .build());
    assertEquals(201, funder.statusCode(), funder.body());
    long funderId = json(funder).asJsonObject().getJsonNumber("id").longValue();

    String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    record Download(String path, String type, byte[] magic) {}
    byte[] pdf = "%PDF".getBytes(StandardCharsets.US_ASCII);
    byte[] zip = {'P', 'K'};
    List<Download> downloads =
        List.of(
            new Download("/api/reports/landscape.pdf", "application/pdf", pdf),
            new Download("/api/reports/funders/" + funderId + ".pdf", "application/pdf", pdf),
            new Download("/api/reports/landscape.xlsx", xlsx, zip),
            new Download(
                "/api/exports/360giving.json",
                "application/json",
                "{".getBytes(StandardCharsets.US_ASCII)),
            new Download("/api/exports/360giving.xlsx", xlsx, zip),
            new Download(
                "/api/exports/events.ics",
                "text/calendar",
                "BEGIN:VCALENDAR".getBytes(StandardCharsets.US_ASCII)),
            new Download("/api/exports/kumu.xlsx", xlsx, zip));
    for (Download d : downloads) {
      HttpResponse<byte[]> anonymous =
          http.send(request(d.path()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(401, anonymous.statusCode(), "anonymous " + d.path());

      HttpResponse<byte[]> response =
          http.send(
              request(d.path())
                  .header("Authorization", basic(viewer, password))
                  .timeout(Duration.ofMinutes(3))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(
          200,
          response.statusCode(),
          d.path() + ": " + new String(response.body(), StandardCharsets.UTF_8));
      assertTrue(
          response.headers().firstValue("Content-Type").orElse("").startsWith(d.type()),
          d.path() + " content type");
      assertTrue(
          response.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
          d.path() + " no-store");
      String disposition = response.headers().firstValue("Content-Disposition").orElse("");
      String fileName = d.path().substring(d.path().lastIndexOf('/') + 1);
      assertTrue(
          disposition.contains("attachment")
              && disposition.contains(fileName.substring(fileName.indexOf('.'))),
          d.path() + " file name in " + disposition);
      byte[] body = response.body();
      assertTrue(body.length > 100, d.path() + " has content");
      assertEquals(
          new String(d.magic(), StandardCharsets.ISO_8859_1),
          new String(body, 0, d.magic().length, StandardCharsets.ISO_8859_1),
          d.path() + " starts like its format");
      if (d.magic() == pdf) {
        assertEquals(
            List.of(), PdfUa.failedRules(body), d.path() + ": PDF/UA-1, as veraPDF checks it");
      }
    }
  }

  /**
   * A report run on the EAR: the reports module's own persistence unit deploys beside the core's,
   * and the server's timer claims the run from the database, produces it and stores the file.
   */
  @Test
  void aReportRunIsProducedInTheBackgroundAndDownloaded() throws Exception {
    HttpResponse<String> asked =
        send(
            asAdmin(request("/api/reports/runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"report\":\"landscape.pdf\"}"))
                .build());
    assertEquals(202, asked.statusCode(), asked.body());
    String location = asked.headers().firstValue("Location").orElseThrow();
    String id = json(asked).asJsonObject().getString("id");
    assertTrue(location.endsWith("/api/reports/runs/" + id), location);
    String status = "";
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!status.equals("READY") && System.nanoTime() < deadline) {
      Thread.sleep(500);
      HttpResponse<String> run = send(asAdmin(request("/api/reports/runs/" + id)).GET().build());
      assertEquals(200, run.statusCode(), run.body());
      status = json(run).asJsonObject().getString("status");
      assertTrue(!status.equals("FAILED"), run.body());
    }
    assertEquals("READY", status);
    HttpResponse<byte[]> file =
        http.send(
            asAdmin(request("/api/reports/runs/" + id + "/download")).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
    assertEquals("%PDF", new String(file.body(), 0, 4, StandardCharsets.ISO_8859_1));
    assertEquals(List.of(), PdfUa.failedRules(file.body()), "PDF/UA-1, as veraPDF checks it");
  }

  private HttpRequest get(String path) {
    return request(path).GET().build();
  }

  private HttpRequest.Builder request(String path) {
    // The loopback address, whatever host the container reported: the test talks to this machine
    // only.
    URI base = URI.create("http://localhost:" + deployment.getPort() + deployment.getPath());
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
  }

  private HttpRequest.Builder asAdmin(HttpRequest.Builder request) {
    assertNotNull(ADMIN_PASSWORD, "failsafe passes test.admin.password");
    return request.header("Authorization", basic("admin", ADMIN_PASSWORD));
  }

  private static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonValue json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  private static String text(EnterpriseArchive ear, String path) {
    try (var in = ear.get(path).getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
