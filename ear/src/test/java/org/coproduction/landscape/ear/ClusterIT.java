package org.coproduction.landscape.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Landscape as the cluster an operator runs with {@code ./mvnw -Pcluster}: the same script
 * (src/cluster/landscape-cluster.sh) starts two Payara Server instances of the EAR in one
 * deployment group over one fresh PostgreSQL database, and Debian's HAProxy in front. The test then
 * works as people and operators do, over HTTP: through the balancer, and straight to each node to
 * see that what one node wrote the other reads. A node is killed with SIGKILL, as a power cut or
 * the kernel's OOM killer would.
 *
 * <p>Runs with {@code -Ppostgres}. Needs {@code haproxy} and {@code curl}: where they are missing
 * the test is skipped, unless {@code LANDSCAPE_TEST_CLUSTER=required} (CI), where it fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());

  // Below the kernel's ephemeral range (32768 and up on Linux): a port there can be taken by any
  // outgoing connection on the machine while a node is down, and the node could not start again.
  private static final int BALANCER = 18080;
  private static final int NODE_A = 18081;
  private static final int NODE_B = 18082;
  private static final int PORTBASE = 18800;
  private static final String DATABASE = "landscape_cluster_test";
  private static final String ADMIN_PASSWORD = System.getProperty("test.admin.password");

  private static final Path CLUSTER_DIR = Path.of(System.getProperty("cluster.dir"));

  /** The network the edit test made, edited again on the screen by the failover test. */
  private static long editedNetwork;

  private static String databaseUrl;
  private static boolean started;

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeAll
  static void startTheCluster() throws Exception {
    String testUrl = System.getProperty("test.db.url", "");
    Assumptions.assumeTrue(
        testUrl.startsWith("jdbc:postgresql:"), "the cluster shares a PostgreSQL database");
    boolean required = "required".equals(System.getenv("LANDSCAPE_TEST_CLUSTER"));
    for (String tool : List.of("haproxy", "curl")) {
      boolean present = run(List.of("bash", "-c", "command -v " + tool), Map.of()).exit() == 0;
      if (!present && required) {
        fail(tool + " is missing: apt-get install -y " + tool);
      }
      Assumptions.assumeTrue(present, tool + " is not installed: apt-get install -y " + tool);
    }
    databaseUrl = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + DATABASE;
    try (Connection c = adminConnection(testUrl);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DATABASE);
    }
    Instant begun = Instant.now();
    started = true;
    Result start = cluster("start");
    LOG.info("Cluster started in " + Duration.between(begun, Instant.now()).toSeconds() + " s");
    assertEquals(0, start.exit(), "the cluster starts:\n" + start.output());
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (started) {
      Result stop = cluster("stop");
      assertEquals(0, stop.exit(), stop.output());
    }
  }

  @Test
  @Order(1)
  void twoNodesStartedTogetherOnAnEmptyDatabaseMigrateOnceAndMakeOneAdministrator()
      throws Exception {
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      assertEquals(1, count(s, "SELECT count(*) FROM user_account WHERE username = 'admin'"));
      assertEquals(
          count(s, "SELECT count(DISTINCT version) FROM flyway_schema_history WHERE success"),
          count(s, "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL"),
          "each migration ran once");
      assertEquals(
          0,
          count(
              s,
              "SELECT count(*) FROM (SELECT name FROM network GROUP BY name HAVING count(*) > 1) d"),
          "the demo was loaded once");
    }
    for (int port : List.of(NODE_A, NODE_B, BALANCER)) {
      for (String path :
          List.of("/health/ready", "/login.xhtml", "/api/networks", "/no-such-page")) {
        HttpResponse<String> answer = get(port, path, null);
        // Neither the server's product nor its version is given away, on any answer.
        assertTrue(
            answer.headers().firstValue("X-Powered-By").isEmpty(), answer.headers().toString());
        assertTrue(answer.headers().firstValue("Server").isEmpty(), answer.headers().toString());
      }
      assertEquals(200, get(port, "/health/ready", null).statusCode());
    }
    assertEquals(
        "node-a",
        get(NODE_A, "/health/ready", null).headers().firstValue("X-Landscape-Node").orElse(null));
    assertEquals(
        "node-b",
        get(NODE_B, "/health/ready", null).headers().firstValue("X-Landscape-Node").orElse(null));
  }

  @Test
  @Order(2)
  void anEditSavedOnOneNodeIsReadOnTheOtherAndAStaleEditIsRefusedThere() throws Exception {
    String admin = basic("admin", ADMIN_PASSWORD);
    String name = "Cluster network " + System.nanoTime();
    HttpResponse<String> created =
        send(
            NODE_A,
            "POST",
            "/api/networks",
            admin,
            Json.createObjectBuilder().add("name", name).add("scope", "LOCAL").build().toString());
    assertEquals(201, created.statusCode(), created.body());
    long id = json(created.body()).getJsonNumber("id").longValue();
    editedNetwork = id;

    JsonObject onB = json(expect(200, get(NODE_B, "/api/networks/" + id, admin)).body());
    assertEquals(name, onB.getString("name"));
    JsonObject renamed =
        Json.createObjectBuilder(onB).add("name", name + " (renamed on A)").build();
    expect(200, send(NODE_A, "PUT", "/api/networks/" + id, admin, renamed.toString()));

    JsonObject again = json(expect(200, get(NODE_B, "/api/networks/" + id, admin)).body());
    assertEquals(name + " (renamed on A)", again.getString("name"), "B reads what A saved");
    JsonObject stale = Json.createObjectBuilder(onB).add("name", name + " (stale on B)").build();
    HttpResponse<String> conflict =
        send(NODE_B, "PUT", "/api/networks/" + id, admin, stale.toString());
    assertEquals(409, conflict.statusCode(), conflict.body());
  }

  @Test
  @Order(3)
  void failedSignInsSpreadOverBothNodesCountAsOne() throws Exception {
    String admin = basic("admin", ADMIN_PASSWORD);
    String username = "spread-" + System.nanoTime();
    String password = "A long passphrase for the cluster 42";
    expect(
        201,
        send(
            NODE_A,
            "POST",
            "/api/users",
            admin,
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .add("role", "VIEWER")
                .build()
                .toString()));
    String wrong = basic(username, "not the password at all");
    for (int i = 0; i < 5; i++) {
      int port = i % 2 == 0 ? NODE_A : NODE_B;
      assertEquals(401, get(port, "/api/networks?size=1", wrong).statusCode(), "guess " + i);
    }
    // Five failures in all, three on A and two on B: the address now waits, on either node.
    for (int port : List.of(NODE_A, NODE_B)) {
      HttpResponse<String> refused = get(port, "/api/networks?size=1", basic(username, password));
      assertEquals(429, refused.statusCode(), "node on " + port + ": " + refused.body());
      assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    }
  }

  @Test
  @Order(4)
  void aReportAskedOnOneNodeIsDownloadedFromTheOther() throws Exception {
    String admin = basic("admin", ADMIN_PASSWORD);
    HttpResponse<String> asked =
        send(
            NODE_A,
            "POST",
            "/api/reports/runs",
            admin,
            Json.createObjectBuilder().add("report", "landscape.pdf").build().toString());
    assertEquals(202, asked.statusCode(), asked.body());
    String id = json(asked.body()).getString("id");
    Instant deadline = Instant.now().plusSeconds(180);
    String status;
    do {
      Thread.sleep(500);
      status =
          json(expect(200, get(NODE_B, "/api/reports/runs/" + id, admin)).body())
              .getString("status");
    } while (!List.of("READY", "FAILED").contains(status) && Instant.now().isBefore(deadline));
    assertEquals("READY", status, "followed on B");
    HttpRequest download =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + NODE_B + "/api/reports/runs/" + id + "/download"))
            .header("Authorization", admin)
            .build();
    HttpResponse<byte[]> file = HTTP.send(download, HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, file.statusCode());
    assertTrue(
        file.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
        file.headers().toString());
    String start = new String(file.body(), 0, 5, StandardCharsets.US_ASCII);
    assertEquals("%PDF-", start, "B sends the PDF that was produced");
    assertTrue(file.body().length > 10_000, "a whole report: " + file.body().length + " bytes");
  }

  @Test
  @Order(5)
  void aSignedInPersonCarriesOnSignedInWhenTheirNodeIsKilled() throws Exception {
    Browser person = new Browser();
    person.signIn("admin", ADMIN_PASSWORD);
    HttpResponse<String> list = person.get("/networks/list.xhtml");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("<h1>Networks</h1>"), "the list is shown");
    String node = list.headers().firstValue("X-Landscape-Node").orElseThrow();
    String viewState = viewState(list.body());
    // A second tab: the edit form of a network, open when the node dies.
    JsonObject network =
        json(
            expect(
                    200,
                    get(NODE_A, "/api/networks/" + editedNetwork, basic("admin", ADMIN_PASSWORD)))
                .body());
    HttpResponse<String> editForm = person.get("/networks/edit.xhtml?id=" + editedNetwork);
    assertEquals(200, editForm.statusCode());
    assertEquals(node, editForm.headers().firstValue("X-Landscape-Node").orElseThrow());
    Matcher action =
        Pattern.compile("<form id=\"network\"[^>]*action=\"([^\"]+)\"").matcher(editForm.body());
    assertTrue(action.find(), editForm.body());
    String editState = viewState(editForm.body());

    kill(node);

    // The next page: served by the other node, still signed in.
    HttpResponse<String> after = person.get("/networks/list.xhtml");
    assertEquals(200, after.statusCode(), "not sent to the sign-in page: " + after.headers());
    assertTrue(after.body().contains("<h1>Networks</h1>"));
    assertNotEquals(
        node,
        after.headers().firstValue("X-Landscape-Node").orElseThrow(),
        "the other node serves now");

    // The page the person had open before the kill still works: its next page of the list.
    HttpResponse<String> page2 = person.nextPageOfNetworks(viewState);
    assertEquals(200, page2.statusCode());
    assertTrue(page2.body().contains("data-ri=\"25\""), "rows 26 onwards:\n" + page2.body());
    assertFalse(page2.body().contains("ViewExpired"), page2.body());

    // And the edit form opened before the kill saves on the other node.
    String renamed = network.getString("name") + " (saved after the failover)";
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("network", "network");
    fields.put("network:name", renamed);
    fields.put("network:scope", network.getString("scope"));
    fields.put("network:status", network.getJsonObject("lifecycle").getString("status"));
    fields.put("network:foundedOn", "");
    fields.put("network:members", "");
    fields.put("network:website", "");
    fields.put("network:description", "");
    fields.put("network:save", "Save");
    fields.put("jakarta.faces.ViewState", editState);
    HttpResponse<String> saved = person.post(action.group(1).replace("&amp;", "&"), fields, false);
    assertEquals(302, saved.statusCode(), "saved and sent to the network's page:\n" + saved.body());
    assertEquals(
        renamed,
        json(expect(
                    200,
                    get(
                        "node-a".equals(node) ? NODE_B : NODE_A,
                        "/api/networks/" + editedNetwork,
                        basic("admin", ADMIN_PASSWORD)))
                .body())
            .getString("name"));

    Result back = cluster("start-node", node);
    assertEquals(0, back.exit(), back.output());
  }

  @Test
  @Order(6)
  void readsThroughTheBalancerAllSucceedWhileANodeIsKilled() throws Exception {
    awaitBalancerSees(2);
    String admin = basic("admin", ADMIN_PASSWORD);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger answered = new AtomicInteger();
    Map<String, Integer> failures = new ConcurrentHashMap<>();
    Map<String, Integer> servedBy = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<?>> running4 = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      running4.add(
          clients.submit(
              () -> {
                while (running.get()) {
                  try {
                    HttpResponse<String> r = get(BALANCER, "/api/networks?size=5", admin);
                    if (r.statusCode() == 200) {
                      answered.incrementAndGet();
                      servedBy.merge(
                          r.headers().firstValue("X-Landscape-Node").orElse("?"), 1, Integer::sum);
                    } else {
                      failures.merge(Integer.toString(r.statusCode()), 1, Integer::sum);
                    }
                  } catch (IOException e) {
                    failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                  }
                }
                return null;
              }));
    }
    Thread.sleep(3000);
    int beforeKill = answered.get();
    kill("node-b");
    Thread.sleep(8000);
    running.set(false);
    for (Future<?> f : running4) {
      f.get(60, TimeUnit.SECONDS);
    }
    clients.shutdown();
    LOG.info(
        "Reads through the balancer: "
            + answered.get()
            + " answered ("
            + beforeKill
            + " before the kill), by node "
            + servedBy
            + ", failed "
            + failures);
    assertEquals(Map.of(), failures, "no read failed across the kill");
    assertTrue(answered.get() > beforeKill, "reads went on after the kill");
    assertTrue(servedBy.getOrDefault("node-a", 0) > 0 && servedBy.getOrDefault("node-b", 0) > 0);
  }

  @Test
  @Order(7)
  void aRollingRestartLosesNoWriteAndSignsNobodyOut() throws Exception {
    Result back = cluster("start-node", "node-b");
    assertEquals(0, back.exit(), back.output());
    awaitBalancerSees(2);
    String admin = basic("admin", ADMIN_PASSWORD);
    Browser person = new Browser();
    person.signIn("admin", ADMIN_PASSWORD);
    String prefix = "Rolling " + System.nanoTime() + " ";
    AtomicBoolean running = new AtomicBoolean(true);
    List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger pages = new AtomicInteger();
    Map<String, Integer> failures = new ConcurrentHashMap<>();
    ExecutorService people = Executors.newFixedThreadPool(2);
    Future<?> writer =
        people.submit(
            () -> {
              for (int i = 0; running.get(); i++) {
                String name = prefix + i;
                HttpResponse<String> r =
                    send(
                        BALANCER,
                        "POST",
                        "/api/networks",
                        admin,
                        Json.createObjectBuilder()
                            .add("name", name)
                            .add("scope", "LOCAL")
                            .build()
                            .toString());
                if (r.statusCode() == 201) {
                  acknowledged.add(name);
                } else {
                  failures.merge("POST " + r.statusCode(), 1, Integer::sum);
                }
                Thread.sleep(100);
              }
              return null;
            });
    Future<?> reader =
        people.submit(
            () -> {
              while (running.get()) {
                HttpResponse<String> page = person.get("/networks/list.xhtml");
                if (page.statusCode() == 200 && page.body().contains("<h1>Networks</h1>")) {
                  pages.incrementAndGet();
                } else {
                  failures.merge("page " + page.statusCode(), 1, Integer::sum);
                }
                Thread.sleep(250);
              }
              return null;
            });
    try {
      for (String node : List.of("node-a", "node-b")) {
        Result restarted = cluster("restart-node", node);
        assertEquals(0, restarted.exit(), restarted.output());
      }
    } finally {
      running.set(false);
      writer.get(120, TimeUnit.SECONDS);
      reader.get(120, TimeUnit.SECONDS);
      people.shutdown();
    }
    LOG.info(
        "Rolling restart: "
            + acknowledged.size()
            + " networks written, "
            + pages.get()
            + " pages served signed in, failures "
            + failures);
    assertEquals(Map.of(), failures, "nothing refused or signed out while both nodes restarted");
    assertTrue(acknowledged.size() > 10 && pages.get() > 10);
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      assertEquals(
          acknowledged.size(),
          count(s, "SELECT count(*) FROM network WHERE name LIKE '" + prefix + "%'"),
          "every acknowledged write is there");
    }
  }

  // --- The cluster and its nodes
  // ------------------------------------------------------------------

  private static Result cluster(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", System.getProperty("cluster.script")));
    command.addAll(List.of(arguments));
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PAYARA_HOME", System.getProperty("payara.home"));
    environment.put("CLUSTER_DIR", CLUSTER_DIR.toString());
    environment.put(
        "LANDSCAPE_EAR", new File(System.getProperty("landscape.ear")).getAbsolutePath());
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("LANDSCAPE_CLUSTER_PORT", Integer.toString(BALANCER));
    environment.put("LANDSCAPE_NODE_A_PORT", Integer.toString(NODE_A));
    environment.put("LANDSCAPE_NODE_B_PORT", Integer.toString(NODE_B));
    environment.put("LANDSCAPE_CLUSTER_PORTBASE", Integer.toString(PORTBASE));
    environment.put("LANDSCAPE_DB_URL", databaseUrl);
    environment.put("LANDSCAPE_DB_USER", System.getProperty("test.db.user"));
    environment.put("LANDSCAPE_DB_PASSWORD", System.getProperty("test.db.password"));
    environment.put("LANDSCAPE_ADMIN_PASSWORD", ADMIN_PASSWORD);
    environment.put("LANDSCAPE_DEMO", "true");
    return run(command, environment);
  }

  /** Kills the node with SIGKILL: no shutdown hook, nothing flushed, as a power cut. */
  private static void kill(String node) throws Exception {
    Path pidFile = CLUSTER_DIR.resolve("nodes/landscape/" + node + "/config/pid");
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
    assertEquals(0, run(List.of("kill", "-9", Long.toString(pid)), Map.of()).exit());
    process.onExit().get(30, TimeUnit.SECONDS);
    LOG.info("Killed " + node + " (process " + pid + ")");
  }

  /** Waits until both nodes answer through the balancer (its health checks have seen them up). */
  private static void awaitBalancerSees(int nodes) throws Exception {
    String admin = basic("admin", ADMIN_PASSWORD);
    Instant deadline = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(deadline)) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < 10; i++) {
        get(BALANCER, "/api/networks?size=1", admin)
            .headers()
            .firstValue("X-Landscape-Node")
            .ifPresent(seen::add);
      }
      if (seen.size() >= nodes) {
        return;
      }
      Thread.sleep(1000);
    }
    fail("the balancer does not send requests to " + nodes + " nodes");
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(15, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    return new Result(process.exitValue(), output);
  }

  // --- HTTP as a script and as a person ----------------------------------------------------------

  private static HttpResponse<String> get(int port, String path, String authorization)
      throws IOException, InterruptedException {
    return send(port, "GET", path, authorization, null);
  }

  private static HttpResponse<String> send(
      int port, String method, String path, String authorization, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
    return response;
  }

  private static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    assertTrue(m.find(), "the page carries its view state");
    return m.group(1);
  }

  /** A person's browser through the balancer: cookies kept, redirects not followed. */
  private static final class Browser {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + BALANCER + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form, boolean ajax)
        throws IOException, InterruptedException {
      String body =
          form.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + BALANCER + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (ajax) {
        request
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest");
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    void signIn(String username, String password) throws Exception {
      HttpResponse<String> form = get("/login.xhtml");
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("signIn", "signIn");
      fields.put("signIn:username", username);
      fields.put("signIn:password", password);
      fields.put("signIn:submit", "Sign in");
      fields.put("jakarta.faces.ViewState", viewState(form.body()));
      HttpResponse<String> signedIn = post("/login.xhtml", fields, false);
      assertEquals(302, signedIn.statusCode(), signedIn.body());
      assertFalse(
          signedIn.headers().firstValue("Location").orElse("").contains("login"),
          "signed in: " + signedIn.headers());
    }

    /** The list's paginator, as PrimeFaces sends it: rows 26 to 50. */
    HttpResponse<String> nextPageOfNetworks(String viewState) throws Exception {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", "list:networks");
      fields.put("jakarta.faces.partial.execute", "list:networks");
      fields.put("jakarta.faces.partial.render", "list:networks");
      fields.put("jakarta.faces.behavior.event", "page");
      fields.put("jakarta.faces.partial.event", "page");
      fields.put("list:networks_pagination", "true");
      fields.put("list:networks_first", "25");
      fields.put("list:networks_rows", "25");
      fields.put("list:networks_skipChildren", "true");
      fields.put("list:networks_encodeFeature", "true");
      fields.put("list", "list");
      fields.put("jakarta.faces.ViewState", viewState);
      return post("/networks/list.xhtml", fields, true);
    }
  }

  // --- The database, as an operator reads it -----------------------------------------------------

  private static Connection adminConnection(String testUrl) throws SQLException {
    String postgres = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + "postgres";
    return DriverManager.getConnection(
        postgres, System.getProperty("test.db.user"), System.getProperty("test.db.password"));
  }

  private static Connection connection() throws SQLException {
    return DriverManager.getConnection(
        databaseUrl, System.getProperty("test.db.user"), System.getProperty("test.db.password"));
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
