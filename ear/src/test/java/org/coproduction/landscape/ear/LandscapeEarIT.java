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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The assembled EAR on Payara Server, over HTTP only: what an operator and an API client see. The server gets its
 * database and the first administrator's password from the environment (failsafe's environmentVariables), exactly
 * as in production.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LandscapeEarIT {

  private static final File EAR = new File(System.getProperty("landscape.ear", "target/landscape.ear"));
  private static final String ADMIN_PASSWORD = System.getProperty("test.admin.password");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, EAR);
  }

  @Test
  void theEarCarriesCoreReportsAndWeb() {
    EnterpriseArchive ear = ear();
    for (String module : List.of("landscape-core.jar", "landscape-reports.jar", "landscape-web.war")) {
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
            .orElseThrow(() -> new AssertionError("no landscape-database check in " + response.body()));
    assertEquals("UP", database.getString("status"));
  }

  @Test
  void anonymousCallersCannotChangeAnything() throws Exception {
    HttpRequest post =
        request("/api/networks")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Anonymous network\"}"))
            .build();
    int status = send(post).statusCode();
    assertTrue(Set.of(401, 403).contains(status), "anonymous POST /api/networks answered " + status);

    HttpResponse<String> whoami = send(request("/whoami").POST(HttpRequest.BodyPublishers.noBody()).build());
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
        send(asAdmin(request("/api/networks")).header("Accept", "application/json").GET().build());
    assertEquals(200, response.statusCode(), response.body());
    JsonValue body = json(response);
    assertTrue(
        body.getValueType() == JsonValue.ValueType.OBJECT || body.getValueType() == JsonValue.ValueType.ARRAY,
        response.body());
  }

  private HttpRequest get(String path) {
    return request(path).GET().build();
  }

  private HttpRequest.Builder request(String path) {
    URI base = URI.create(deployment.toExternalForm());
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
  }

  private HttpRequest.Builder asAdmin(HttpRequest.Builder request) {
    assertNotNull(ADMIN_PASSWORD, "failsafe passes test.admin.password");
    return request.header("Authorization", basic("admin", ADMIN_PASSWORD));
  }

  private static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
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
