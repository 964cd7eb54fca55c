package org.coproduction.landscape.api;

import static org.coproduction.landscape.testing.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Api.Answer;
import org.coproduction.landscape.testing.Deployments;
import org.coproduction.landscape.testing.Probe;
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
 * Sign-in as an attacker tries it, over HTTP Basic: a burst of parallel guesses, the real person at
 * another address, and a flood of made-up usernames while a signed-in person keeps working. The
 * server trusts 127.0.0.1 as a proxy (web/pom.xml), so each test speaks from addresses of its own
 * through {@code X-Forwarded-For}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountSecurityIT {

  private static final Logger LOG = Logger.getLogger(AccountSecurityIT.class.getName());

  @ArquillianResource private URL url;

  @Inject private Probe probe;

  @Deployment
  static WebArchive deployment() {
    // Its sign-in floods throttle the tests' address: a server of its own.
    return Deployments.ownServer();
  }

  /** A new VIEWER account; returns its password. */
  private String account(String username) {
    String password = "Right password " + Api.uniqueToken();
    Api.at(url)
        .asAdmin()
        .post(
            "users",
            object()
                .add("username", username)
                .add("password", password)
                .add("role", "VIEWER")
                .build())
        .expect(201);
    return password;
  }

  private Answer getFrom(Api api, String address) {
    return api.send("GET", "networks?size=1", null, "X-Forwarded-For", address);
  }

  @Test
  @RunAsClient
  void aBurstOfGuessesGetsFiveAndTheRealPersonElsewhereIsLetIn() throws Exception {
    String username = "burst-" + Api.uniqueToken();
    String password = account(username);
    String attacker = "203.0.113.50";
    List<Answer> answers =
        atOnce(20, i -> getFrom(Api.at(url).as(username, "guess " + i), attacker));
    long guessed = answers.stream().filter(a -> a.status() == 401).count();
    long refused = answers.stream().filter(a -> a.status() == 429).count();
    LOG.info(
        "Parallel burst of 20 wrong passwords: "
            + guessed
            + " checked, "
            + refused
            + " refused unchecked");
    assertEquals(5, guessed, "only five passwords are checked");
    assertEquals(15, refused);
    for (Answer a : answers) {
      if (a.status() == 429) {
        assertTrue(Integer.parseInt(a.header("Retry-After")) > 0, a.toString());
        assertTrue(a.body().contains("wait"), a.body());
      }
    }
    assertEquals(
        429,
        getFrom(Api.at(url).as(username, password), attacker).status(),
        "the attacker's address waits even with the right password");
    assertEquals(
        200,
        getFrom(Api.at(url).as(username, password), "198.51.100.50").status(),
        "the person, elsewhere, is let in");
  }

  @Test
  @RunAsClient
  void anAddressTryingManyUsernamesIsToldToWait() {
    String address = "203.0.113.60";
    int checked = 0;
    Answer last = null;
    for (int i = 0; i < 40; i++) {
      last = getFrom(Api.at(url).as("made-up-" + Api.uniqueToken(), "any password"), address);
      if (last.status() == 401) {
        checked++;
      } else {
        break;
      }
    }
    assertEquals(30, checked, "thirty attempts from one address, then a wait");
    assertEquals(429, last.status(), last.toString());
    assertTrue(Integer.parseInt(last.header("Retry-After")) > 200, last.toString());
    // Only that address waits.
    assertEquals(200, getFrom(Api.at(url).asAdmin(), "198.51.100.60").status());
  }

  @Test
  @RunAsClient
  void aSignedInPersonIsAnsweredQuicklyDuringAFloodOfMadeUpUsernames() throws Exception {
    Api admin = Api.at(url).asAdmin();
    getFrom(admin, "198.51.100.70").expect(200);
    AtomicBoolean flooding = new AtomicBoolean(true);
    ExecutorService flood = Executors.newFixedThreadPool(6);
    List<Future<int[]>> floods = new ArrayList<>();
    try {
      for (int t = 0; t < 6; t++) {
        int thread = t;
        floods.add(
            flood.submit(
                () -> {
                  // Each made-up username from an address of its own, so that only the bound on
                  // hashing stands between the flood and the CPU.
                  int[] statuses = new int[600];
                  for (int i = 0; i < 25 && flooding.get(); i++) {
                    String address = "203.0." + (100 + thread) + "." + (i + 1);
                    statuses[
                        getFrom(Api.at(url).as("flood-" + thread + "-" + i, "x"), address)
                            .status()]++;
                  }
                  return statuses;
                }));
      }
      Thread.sleep(500);
      long slowest = 0;
      int asked = 0;
      while (asked < 20 || !floods.stream().allMatch(Future::isDone)) {
        long start = System.nanoTime();
        getFrom(admin, "198.51.100.70").expect(200);
        slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
        asked++;
        Thread.sleep(100);
      }
      int[] total = new int[600];
      for (Future<int[]> f : floods) {
        int[] s = f.get(5, TimeUnit.MINUTES);
        for (int i = 0; i < s.length; i++) {
          total[i] += s[i];
        }
      }
      LOG.info(
          "During a flood of made-up usernames (6 clients, "
              + (total[401] + total[429] + total[503])
              + " attempts: "
              + total[401]
              + " checked, "
              + total[503]
              + " refused as busy), the slowest of "
              + asked
              + " signed-in requests took "
              + slowest
              + " ms");
      assertTrue(slowest < 1000, "a signed-in request took " + slowest + " ms");
      assertEquals(
          0,
          total[200] + total[500],
          "no made-up username is let in, nothing breaks: 200="
              + total[200]
              + " 500="
              + total[500]);
    } finally {
      flooding.set(false);
      flood.shutdownNow();
    }
  }

  @Test
  void aDisabledAccountIsRefusedAndARoleChangeCountsFromTheNextRequest() {
    String username = "changed-" + Api.uniqueToken();
    String password = account(username);
    Api admin = Api.at(url).asAdmin();
    Api person = Api.at(url).as(username, password);
    person.get("networks?size=1").expect(200);

    Answer disabled =
        admin.put("users/" + username, object().add("enabled", false).build()).expect(200);
    assertEquals(false, disabled.json().getBoolean("enabled"));
    assertEquals(401, person.get("networks?size=1").status(), "a disabled account is refused");
    admin.put("users/" + username, object().add("enabled", true).build()).expect(200);
    person.get("networks?size=1").expect(200);

    Answer write =
        person.post(
            "networks", object().add("name", "By " + username).add("scope", "LOCAL").build());
    assertEquals(403, write.status(), "a VIEWER writes nothing");
    admin.put("users/" + username, object().add("role", "STAFF").build()).expect(200);
    long id =
        person
            .post("networks", object().add("name", "By " + username).add("scope", "LOCAL").build())
            .expect(201)
            .id();
    admin.put("users/" + username, object().add("role", "VIEWER").build()).expect(200);
    assertEquals(
        403,
        person
            .delete("networks/" + id, person.get("networks/" + id).expect(200).version())
            .status(),
        "the role taken away counts at once");

    Answer badRole = admin.put("users/" + username, object().add("role", "OWNER").build());
    assertEquals(400, badRole.status(), badRole.body());
    assertEquals(List.of("role"), badRole.errorFields());
    // "yes" is not true: JSON-B alone would read it as false and switch the account off.
    Answer yes = admin.put("users/" + username, "{\"enabled\": \"yes\"}");
    assertEquals(400, yes.status(), yes.body());
    assertEquals(List.of("enabled"), yes.errorFields());
    assertTrue(yes.body().contains("true or false"), yes.body());
    person.get("networks?size=1").expect(200);
    assertEquals(404, admin.put("users/nobody-" + Api.uniqueToken(), object().build()).status());
    assertEquals(
        403,
        person.put("users/" + username, object().add("role", "ADMIN").build()).status(),
        "nobody makes themselves ADMIN");

    List<String> history =
        probe.query(
            String.class,
            "SELECT e.changes FROM AuditEntry e WHERE e.recordType = 'account' AND e.recordLabel = ?1"
                + " ORDER BY e.id",
            username);
    assertEquals(
        List.of(
            "role: VIEWER",
            "disabled",
            "enabled",
            "role: VIEWER -> STAFF",
            "role: STAFF -> VIEWER"),
        history,
        "every change of the account is in the audit log, never a password");
  }

  @Test
  @RunAsClient
  void everyoneChangesTheirOwnPasswordKnowingTheCurrentOne() {
    String username = "own-" + Api.uniqueToken();
    String password = account(username);
    Api person = Api.at(url).as(username, password);
    String newPassword = "New password " + Api.uniqueToken();
    Answer wrong =
        person.put(
            "users/me/password",
            object().add("currentPassword", "not it").add("newPassword", newPassword).build());
    assertEquals(400, wrong.status(), wrong.body());
    assertEquals(List.of("currentPassword"), wrong.errorFields());
    Answer weak =
        person.put(
            "users/me/password",
            object().add("currentPassword", password).add("newPassword", "short").build());
    assertEquals(400, weak.status(), weak.body());
    assertEquals(List.of("newPassword"), weak.errorFields());
    assertEquals(
        204,
        person
            .put(
                "users/me/password",
                object().add("currentPassword", password).add("newPassword", newPassword).build())
            .status());
    assertEquals(401, person.get("networks?size=1").status(), "the old password is gone");
    Api.at(url).as(username, newPassword).get("networks?size=1").expect(200);
  }

  @Test
  void aGeneratedPasswordMustBeReplacedBeforeAnythingElse() throws Exception {
    String username = "generated-" + Api.uniqueToken();
    String password = account(username);
    // As the first administrator's account is made when the server generates its password.
    assertEquals(
        1,
        probe.update(
            "UPDATE UserAccount a SET a.mustChangePassword = true WHERE a.username = ?1",
            username));
    Api person = Api.at(url).as(username, password);
    Answer refused = person.get("networks?size=1");
    assertEquals(403, refused.status(), refused.body());
    assertTrue(refused.body().contains("choose your own"), refused.body());

    // On the screens, signed in through the form: any page leads to choosing a password first.
    HttpClient browser = signedInBrowser(username, password);
    HttpResponse<String> list =
        browser.send(
            HttpRequest.newBuilder(url.toURI().resolve("networks/list.xhtml")).build(),
            BodyHandlers.ofString());
    assertEquals(302, list.statusCode(), "the list waits for a chosen password");
    assertTrue(
        list.headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/account/password.xhtml?first=true"),
        list.headers().toString());
    HttpResponse<String> choose =
        browser.send(
            HttpRequest.newBuilder(url.toURI().resolve("account/password.xhtml?first=true"))
                .build(),
            BodyHandlers.ofString());
    assertEquals(200, choose.statusCode(), "the password page itself opens");
    String own = "My own password " + Api.uniqueToken();
    assertEquals(
        204,
        person
            .put(
                "users/me/password",
                object().add("currentPassword", password).add("newPassword", own).build())
            .status());
    Api.at(url).as(username, own).get("networks?size=1").expect(200);
  }

  /** A browser (cookies kept, redirects not followed) signed in through the sign-in form. */
  private HttpClient signedInBrowser(String username, String password) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    URI signIn = url.toURI().resolve("login.xhtml");
    String form =
        browser.send(HttpRequest.newBuilder(signIn).build(), BodyHandlers.ofString()).body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
    assertTrue(state.find(), form);
    String fields =
        "signIn=signIn&signIn%3Ausername="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&signIn%3Apassword="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&signIn%3Asubmit=Sign+in&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(signIn)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build(),
            BodyHandlers.ofString());
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertTrue(
        !signedIn.headers().firstValue("Location").orElse("").contains("login"),
        signedIn.headers().toString());
    return browser;
  }

  private HttpResponse<String> open(HttpClient browser, String page) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(url.toURI().resolve(page)).build(), BodyHandlers.ofString());
  }

  private static boolean sentToSignIn(HttpResponse<String> answer) {
    return answer.statusCode() == 302
        && answer.headers().firstValue("Location").orElse("").contains("/login.xhtml");
  }

  @Test
  void aScreenSessionEndsWhenAnAdministratorSetsThePasswordOrAfterItsLifetime() throws Exception {
    String username = "lifetime-" + Api.uniqueToken();
    String password = account(username);
    // An account whose password was set two days ago, so that only the session's age counts.
    assertEquals(
        1,
        probe.update(
            "UPDATE UserAccount a SET a.credentialsChangedAt = ?1 WHERE a.username = ?2",
            java.time.Instant.now().minus(java.time.Duration.ofDays(2)),
            username));

    HttpClient browser = signedInBrowser(username, password);
    assertEquals(200, open(browser, "networks/list.xhtml").statusCode());
    // Signed in 11 hours ago: within the 12 hours a session may last, however active.
    assertEquals(204, open(browser, "testing/session-signed-in?hoursAgo=11").statusCode());
    assertEquals(200, open(browser, "networks/list.xhtml").statusCode());
    assertEquals(204, open(browser, "testing/session-signed-in?hoursAgo=13").statusCode());
    assertTrue(sentToSignIn(open(browser, "networks/list.xhtml")), "13 hours is too long");
    assertTrue(sentToSignIn(open(browser, "networks/list.xhtml")), "and the session is gone");

    HttpClient again = signedInBrowser(username, password);
    assertEquals(200, open(again, "networks/list.xhtml").statusCode());
    String set = "Set by the administrator " + Api.uniqueToken();
    Api.at(url)
        .asAdmin()
        .put("users/" + username, object().add("password", set).build())
        .expect(200);
    assertTrue(
        sentToSignIn(open(again, "networks/list.xhtml")),
        "a password set by an administrator ends the open session");
    signedInBrowser(username, set);
  }

  /** The administrators who may sign in, as the API lists them. */
  private static List<String> enabledAdmins(Api admin) {
    return admin.get("users").expect(200).array().stream()
        .map(JsonObject.class::cast)
        .filter(u -> "ADMIN".equals(u.getString("role")) && u.getBoolean("enabled"))
        .map(u -> u.getString("username"))
        .toList();
  }

  /**
   * Two administrators take each other's role away (or disable each other) at the same moment: one
   * change passes, the other is refused, and an administrator is left. Runs last, as it demotes
   * {@code admin} for a moment. Where the database holds other enabled administrators (a shared
   * PostgreSQL), two new administrators race instead.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  @RunAsClient
  void twoAdministratorsDemotingEachOtherAtOnceLeaveOne() throws Exception {
    Api admin = Api.at(url).asAdmin();
    for (int round = 0; round < 6; round++) {
      Api other = admin.newAccount("ADMIN");
      String otherName = other.username();
      List<String> before = enabledAdmins(admin);
      // Where a shared database holds other administrators, two new ones race and admin stays.
      Api first = before.size() == 2 ? admin : admin.newAccount("ADMIN");
      // Both callers signed in a moment ago: their requests reach the accounts at the same time.
      first.get("networks?size=1").expect(200);
      other.get("networks?size=1").expect(200);
      JsonObject change =
          round % 2 == 0
              ? object().add("role", "STAFF").build()
              : object().add("enabled", false).build();
      List<Answer> answers =
          atOnce(
              2,
              i ->
                  i == 0
                      ? other.put("users/" + first.username(), change)
                      : first.put("users/" + otherName, change));
      long passed = answers.stream().filter(a -> a.status() == 200).count();
      LOG.info(
          "Round "
              + round
              + " ("
              + change
              + "): answers "
              + answers.stream().map(a -> Integer.toString(a.status())).toList()
              + " with "
              + before.size()
              + " enabled administrators before");
      Api survivor = answers.get(0).status() == 200 ? other : first;
      if (before.size() == 2) {
        assertEquals(
            1, passed, "exactly one of the two changes passes, else no one is ADMIN: " + answers);
        Answer refused = answers.stream().filter(a -> a.status() != 200).findFirst().orElseThrow();
        // Refused as the last administrator, or because its sender had just lost the role (403)
        // or, disabled a moment before, was no longer let in at all (401).
        assertTrue(
            refused.status() == 400 && refused.body().contains("last administrator")
                || refused.status() == 403
                || refused.status() == 401 && change.containsKey("enabled"),
            refused.toString());
        assertEquals(1, enabledAdmins(survivor).size(), "one enabled administrator is left");
      }
      // Back as it was: admin an enabled administrator, the others viewers.
      (first == admin ? survivor : admin)
          .put("users/" + Api.ADMIN, object().add("role", "ADMIN").add("enabled", true).build())
          .expect(200);
      for (Api racer : List.of(other, first)) {
        if (racer != admin) {
          admin
              .put(
                  "users/" + racer.username(),
                  object().add("role", "VIEWER").add("enabled", true).build())
              .expect(200);
        }
      }
    }
  }

  private static List<Answer> atOnce(int count, IntFunction<Answer> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Answer>> sent = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.apply(n);
                }));
      }
      start.countDown();
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> f : sent) {
        answers.add(f.get(3, TimeUnit.MINUTES));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
