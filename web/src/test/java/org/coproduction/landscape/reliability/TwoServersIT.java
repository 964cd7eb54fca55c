package org.coproduction.landscape.reliability;

import static org.coproduction.landscape.testing.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduction.landscape.demo.DemoLandscape;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two servers over one PostgreSQL database, as behind a balancer: started at the same moment on an
 * empty database, both deploy, the schema is migrated once, there is one first administrator and
 * one demo landscape; each names itself in {@code X-Landscape-Node}; wrong passwords spread over
 * both count as one run; and a report asked for on one is followed and downloaded on the other, and
 * nobody else sees it there either.
 *
 * <p>It makes a database of its own on the PostgreSQL of the tests (127.0.0.1:5432, user postgres)
 * and drops it at the end. It runs in the suite's PostgreSQL run ({@code -Ppostgres}) and is
 * skipped in its H2 run, or where that PostgreSQL is missing. The two servers serve every test of
 * the class, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfSystemProperty(
    named = "test.db.url",
    matches = "jdbc:postgresql:.*",
    disabledReason =
        "two servers over one PostgreSQL database: run once, with the suite on PostgreSQL (-Ppostgres)")
class TwoServersIT {

  private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/";

  private static final Duration STARTUP = Duration.ofMinutes(6);

  private static String run;
  private static String database;
  private static Server a;
  private static Server b;

  @BeforeAll
  static void startTwoServersTogether() throws Exception {
    run = Api.uniqueToken();
    database = "two_servers_" + run;
    assumeTrue(sql("postgres", "CREATE DATABASE " + database), "no PostgreSQL at " + POSTGRESQL);
    Path folder = Path.of("target", "two-servers", run).toAbsolutePath();
    a = new Server(folder.resolve("a"), environment(database, "node-a"));
    b = new Server(folder.resolve("b"), environment(database, "node-b"));
    ExecutorService starting = Executors.newFixedThreadPool(2);
    try {
      List<Future<Server>> started =
          List.of(starting.submit(() -> a.start(STARTUP)), starting.submit(() -> b.start(STARTUP)));
      for (Future<Server> s : started) {
        s.get();
      }
    } finally {
      starting.shutdownNow();
    }
  }

  @AfterAll
  static void stopThem() throws InterruptedException {
    for (Server server : new Server[] {a, b}) {
      if (server != null) {
        server.close();
      }
    }
    if (database != null) {
      sql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  @Test
  @Order(1)
  void twoServersStartingTogetherOnAnEmptyDatabaseShareItAsOne() throws Exception {
    assertEquals(1, count(database, "select count(*) from user_account"), "one administrator");
    assertEquals(
        DemoLandscape.SEED.networks(),
        count(database, "select count(*) from network"),
        "one demo landscape");
    assertEquals(
        0,
        count(
            database,
            "select count(*) - count(distinct version) from flyway_schema_history"
                + " where version is not null"),
        "each migration applied once");

    assertEquals(
        "node-a",
        Api.at(a.application()).asAdmin().get("areas").expect(200).header("X-Landscape-Node"));
    assertEquals(
        "node-b",
        Api.at(b.application()).asAdmin().get("areas").expect(200).header("X-Landscape-Node"));
  }

  @Test
  @Order(2)
  void wrongPasswordsSpreadOverBothServersCountAsOneRun() {
    String username = "two-servers-" + run;
    String password = "Right password " + run;
    Api.at(a.application())
        .asAdmin()
        .post(
            "users",
            object()
                .add("username", username)
                .add("password", password)
                .add("role", "VIEWER")
                .build())
        .expect(201);
    String attacker = "203.0.113.80";
    for (int i = 0; i < 5; i++) {
      Server server = i % 2 == 0 ? a : b;
      Answer wrong = from(Api.at(server.application()).as(username, "guess " + i), attacker);
      assertEquals(401, wrong.status(), "guess " + i + " on " + server.application());
    }
    for (Server server : List.of(a, b)) {
      Answer refused = from(Api.at(server.application()).as(username, "guess 6"), attacker);
      assertEquals(429, refused.status(), "five guesses over two servers are five");
    }
    assertEquals(
        200,
        from(Api.at(b.application()).as(username, password), "198.51.100.80").status(),
        "the person, elsewhere, is let in");
  }

  @Test
  @Order(3)
  void aReportAskedOnOneServerIsDownloadedFromTheOther() throws Exception {
    Api viewerOnA = Api.at(a.application()).asAdmin().newAccount("VIEWER");
    Api viewerOnB = Api.at(b.application()).as(viewerOnA.username(), passwordOf(viewerOnA));

    String id =
        viewerOnA
            .post("reports/runs", Api.object().add("report", "landscape.pdf").build())
            .expect(202)
            .json()
            .getString("id");
    JsonObject ready = null;
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (ready == null && System.nanoTime() < deadline) {
      JsonObject seen = viewerOnB.get("reports/runs/" + id).expect(200).json();
      assertTrue(!seen.getString("status").equals("FAILED"), seen.toString());
      if (seen.getString("status").equals("READY")) {
        ready = seen;
      }
      Thread.sleep(500);
    }
    assertTrue(ready != null, "ready, as seen on the other server");
    HttpResponse<byte[]> file =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(b.application() + "api/reports/runs/" + id + "/download"))
                    .header("Authorization", viewerOnB.authorization())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, file.statusCode());
    assertEquals(ready.getJsonNumber("bytesWritten").longValue(), file.body().length);
    assertEquals("%PDF", new String(file.body(), 0, 4, StandardCharsets.ISO_8859_1));

    Api stranger = Api.at(b.application()).asAdmin().newAccount("VIEWER");
    stranger.get("reports/runs/" + id).expect(404);
  }

  /** The password of an account made by {@link Api#newAccount}, from its Basic credentials. */
  private static String passwordOf(Api api) {
    String decoded =
        new String(
            java.util.Base64.getDecoder().decode(api.authorization().substring("Basic ".length())),
            StandardCharsets.UTF_8);
    return decoded.substring(decoded.indexOf(':') + 1);
  }

  private static Answer from(Api api, String address) {
    return api.send("GET", "networks?size=1", null, "X-Forwarded-For", address);
  }

  private static Map<String, String> environment(String database, String node) {
    return Map.of(
        "LANDSCAPE_DB_URL",
        POSTGRESQL + database,
        "LANDSCAPE_DB_USER",
        "postgres",
        "LANDSCAPE_DB_PASSWORD",
        "postgres",
        "LANDSCAPE_NODE",
        node);
  }

  /** Runs a statement in the database; false when PostgreSQL cannot be reached. */
  private static boolean sql(String database, String statement) {
    try (Connection c = DriverManager.getConnection(POSTGRESQL + database, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute(statement);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static long count(String database, String query) throws SQLException {
    try (Connection c = DriverManager.getConnection(POSTGRESQL + database, "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }
}
