package org.coproduction.landscape.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The staff screens in a real browser against the application on Payara Micro: signing in, the
 * dashboard's map, the network list, adding and editing a network, an edit conflict, closing a
 * network with its lessons, what a VIEWER may not do, and the lock after repeated failed sign-ins.
 * axe-core checks every screen; each screen's picture is kept under {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreensIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  @ArquillianResource URL deployed;

  /** The application on the loopback address: the tests talk to this machine only. */
  URL url;

  /** The records and people of this run, made once through the API. */
  record World(
      String token,
      String viewer,
      String staff,
      String password,
      String sectorCode,
      String sectorName,
      String themeCode,
      long yorkshire,
      long london,
      String yorkshireName,
      String londonName) {}

  private static World world;
  private static Browser admin;

  @BeforeEach
  void world() throws Exception {
    url = new URL("http", "localhost", deployed.getPort(), deployed.getPath());
    if (world != null) {
      return;
    }
    Api api = Api.at(url).asAdmin();
    String token = Api.uniqueToken();
    String password = "Screens-password-" + token.toUpperCase(Locale.ROOT);
    String viewer = "viewer-" + token;
    String staff = "staff-" + token;
    api.post(
            "users",
            Api.object()
                .add("username", viewer)
                .add("password", password)
                .add("role", "VIEWER")
                .build())
        .expect(201);
    api.post(
            "users",
            Api.object()
                .add("username", staff)
                .add("password", password)
                .add("role", "STAFF")
                .build())
        .expect(201);
    String sector = "HOUSING_" + token.toUpperCase(Locale.ROOT);
    String sectorName = "Housing " + token;
    api.post("sectors", Api.object().add("code", sector).add("name", sectorName).build())
        .expect(201);
    String theme = "LESSONS_" + token.toUpperCase(Locale.ROOT);
    api.post("themes", Api.object().add("code", theme).add("name", "Lessons " + token).build())
        .expect(201);
    String yorkshireName = "Yorkshire co-production " + token;
    String londonName = "London co-production " + token;
    long yorkshire =
        api.post(
                "networks",
                Api.object()
                    .add("name", yorkshireName)
                    .add("scope", "REGIONAL")
                    .add("areas", Api.array("E12000003"))
                    .add("sectors", Api.array(sector))
                    .build())
            .expect(201)
            .id();
    long london =
        api.post(
                "networks",
                Api.object()
                    .add("name", londonName)
                    .add("scope", "LOCAL")
                    .add("areas", Api.array("E12000007"))
                    .add("sectors", Api.array(sector))
                    .build())
            .expect(201)
            .id();
    world =
        new World(
            token,
            viewer,
            staff,
            password,
            sector,
            sectorName,
            theme,
            yorkshire,
            london,
            yorkshireName,
            londonName);
  }

  private Browser admin() {
    if (admin == null) {
      admin = new Browser(url);
      admin.signIn(Api.ADMIN, Api.adminPassword());
    }
    return admin;
  }

  @AfterAll
  static void closeBrowsers() {
    if (admin != null) {
      admin.close();
      admin = null;
    }
  }

  @Test
  @Order(0)
  void aPersonOpeningTheAddressLandsOnTheDashboardAfterSigningIn() throws Exception {
    try (Browser b = new Browser(url)) {
      b.open("/");
      assertTrue(b.path().startsWith(Browser.LOGIN), b.path());
      assertTrue(
          b.has("link[rel='icon'][href$='/favicon.svg']"), "the pages name the application's icon");
      // Chromium fetches /favicon.ico for a page without an icon; images and scripts fetch more.
      b.fetchFromThePage("/favicon.ico", "/favicon-missing.png", "/no-such-page.xhtml");
      b.type("#signIn\\:username", world.viewer())
          .type("#signIn\\:password", world.password())
          .clickAndWait("#signIn\\:submit");
      assertEquals("/", b.path(), "the dashboard, never a resource the browser fetched");
      assertEquals("Dashboard", b.text("h1"));
    }
    HttpClient http = HttpClient.newHttpClient();
    for (String icon : new String[] {"favicon.svg", "favicon.ico"}) {
      HttpResponse<byte[]> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(url + icon))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, answer.statusCode(), icon + " is served before signing in");
      assertTrue(
          answer.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
          icon + ": " + answer.headers().firstValue("Content-Type"));
      assertTrue(answer.body().length > 100, icon);
    }
  }

  @Test
  @Order(0)
  void theAccessibilityStatementIsReadBeforeSigningInAndNamesWhatDoesNotWorkYet() {
    try (Browser b = new Browser(url)) {
      b.open("/");
      assertTrue(b.path().startsWith(Browser.LOGIN), b.path());
      b.clickAndWait("#accessibilityStatement");
      assertEquals("/accessibility.xhtml", b.path(), "no sign-in asked for");
      assertEquals("Accessibility statement", b.text("h1"));
      String known = b.text("#knownProblems");
      assertTrue(
          b.text("main").contains("can be reached and scrolled with the keyboard"),
          "what is tested says that a table's own scrolling region is reachable by keyboard");
      assertTrue(
          b.text("main").contains("pass veraPDF's check of PDF/UA-1"),
          "what is tested says that the PDFs are PDF/UA documents");
      assertTrue(known.contains("screen reader every day"), known);
      b.check("accessibility-statement");
    }
  }

  @Test
  @Order(1)
  void signingInLeadsToThePageAskedForWithANewSessionAndSafeHeaders() throws Exception {
    try (Browser b = new Browser(url)) {
      b.open("/networks/list.xhtml?area=E12000007");
      assertTrue(b.path().startsWith("/login.xhtml"), b.path());
      // What the page fetches on its own is not what the person asked for.
      b.fetchFromThePage("/favicon-missing.png", "/networks/list.xhtml?area=E12000003");
      b.check("01-sign-in");
      String before = b.sessionCookie();
      assertNotNull(before, "the sign-in page has a session for its form");

      b.type("#signIn\\:username", Api.ADMIN)
          .type("#signIn\\:password", "not the password")
          .clickAndWait("#signIn\\:submit");
      assertTrue(b.text(".messages").contains("not right"), b.text(".messages"));
      b.check("01b-sign-in-failed");

      b.type("#signIn\\:username", Api.ADMIN)
          .type("#signIn\\:password", Api.adminPassword())
          .clickAndWait("#signIn\\:submit");
      assertEquals(
          "/networks/list.xhtml?area=E12000007", b.path(), "back to the page first asked for");
      Cookie session = b.sessionCookieDetails();
      assertNotEquals(before, session.getValue(), "the session id changes at sign-in");
      assertTrue(session.isHttpOnly(), "HttpOnly");
      assertEquals("Strict", session.getSameSite(), "SameSite");
    }

    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "login.xhtml"))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(
        csp.contains("frame-ancestors 'none'")
            && csp.contains("'nonce-")
            && csp.contains("object-src 'none'"),
        csp);
    assertFalse(csp.contains("script-src 'self' 'unsafe-inline'"), csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  @Order(2)
  void theDashboardMapLeadsToTheNetworksOfAnArea() {
    Browser b = admin().open("/");
    assertEquals("Dashboard", b.text("h1"));
    b.find("svg.uk-map");
    b.check("02-dashboard");
    assertTrue(
        b.find("#map-E12000003")
            .getAttribute("aria-label")
            .startsWith("Yorkshire and The Humber: "));

    b.find("#map-E12000003").click();
    b.waitForLoad();
    b.wait(10).until(d -> b.path().contains("area=E12000003"));
    b.find("#list\\:networks");
    String table = b.text("#list\\:networks");
    assertTrue(table.contains(world.yorkshireName()), table);
    assertFalse(table.contains(world.londonName()), table);
    assertEquals(
        "E12000003", new Select(b.find("#area")).getFirstSelectedOption().getAttribute("value"));
    b.check("03-network-list-filtered");

    new Select(b.find("#area")).selectByValue("");
    b.type("#q", world.token());
    b.clickAndWait("#applyFilters");
    String all = b.text("#list\\:networks");
    assertTrue(all.contains(world.yorkshireName()) && all.contains(world.londonName()), all);
  }

  @Test
  @Order(3)
  void staffAddAndEditANetworkWithMessagesBesideTheFields() {
    try (Browser b = new Browser(url)) {
      b.signIn(world.staff(), world.password());
      b.open("/networks/list.xhtml");
      b.clickAndWait("#newNetwork");
      assertEquals("Add a network", b.text("h1"));
      b.check("04-network-new");

      b.type("#network\\:foundedOn", "31/02/2015");
      b.clickAndWait("#network\\:save");
      assertFalse(b.text("#network\\:nameError").isBlank(), "the name is required");
      assertFalse(b.text("#network\\:foundedOnError").isBlank(), "31 February is no date");
      assertEquals("Add a network", b.text("h1"));
      b.check("05-network-field-messages");

      String name = "Sheffield carers " + world.token();
      b.type("#network\\:name", name);
      new Select(b.find("#network\\:scope")).selectByValue("LOCAL");
      b.type("#network\\:foundedOn", "01/02/2015");
      b.find("input[name='network:areas'][value='E12000003']").click();
      b.find("input[name='network:sectors'][value='" + world.sectorCode() + "']").click();
      b.type("#network\\:website", "https://example.org/sheffield");
      b.clickAndWait("#network\\:save");
      assertEquals(name, b.text("h1"));
      assertTrue(b.text(".messages").contains("Added"), b.text(".messages"));
      assertTrue(
          b.text(".life-line").contains("1 February 2015"), "en-GB dates: " + b.text(".life-line"));
      assertTrue(b.text(".details").contains(world.sectorName()));

      b.clickAndWait("#editNetwork");
      b.type("#network\\:description", "Carers and the council plan respite together.");
      b.clickAndWait("#network\\:save");
      assertTrue(b.text(".details").contains("Carers and the council plan respite together."));
      String history = b.text("#history");
      assertTrue(
          history.contains("Created")
              && history.contains("Changed")
              && history.contains(world.staff()),
          history);
      b.check("06-network-view");
    }
  }

  @Test
  @Order(4)
  void anEditConflictShowsBothVersionsAndKeepsTheInput() {
    try (Browser staff = new Browser(url)) {
      staff.signIn(world.staff(), world.password());
      staff.open("/networks/edit.xhtml?id=" + world.london());
      Browser other = admin().open("/networks/edit.xhtml?id=" + world.london());

      other.type("#network\\:name", world.londonName() + " (renamed)");
      other.clickAndWait("#network\\:save");
      assertEquals(world.londonName() + " (renamed)", other.text("h1"));

      staff.type("#network\\:description", "Written while someone else was saving.");
      staff.clickAndWait("#network\\:save");
      String conflict = staff.text("#conflict");
      assertTrue(
          conflict.contains("Someone else changed this network") && conflict.contains(Api.ADMIN),
          conflict);
      assertTrue(
          staff.text("#conflictTable").contains(world.londonName() + " (renamed)"),
          "their version is shown");
      assertEquals(
          "Written while someone else was saving.",
          staff.find("#network\\:description").getAttribute("value"),
          "the input is kept");
      staff.check("07-edit-conflict");

      staff.clickAndWait("#network\\:saveOverTheirs");
      assertTrue(staff.text(".details").contains("Written while someone else was saving."));
    }
  }

  @Test
  @Order(5)
  void closingANetworkKeepsItsLessonsAsInsights() {
    try (Browser b = new Browser(url)) {
      b.signIn(world.staff(), world.password());
      b.open("/networks/view.xhtml?id=" + world.london());
      b.click("#openClose");
      b.wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("close:reason")));
      // The dialog puts the cursor in its first field a moment after it shows: a person types once
      // it is there (keys typed earlier can follow the cursor into the date).
      b.wait(10)
          .until(
              d ->
                  "close:closedOn"
                      .equals(b.driver().executeScript("return document.activeElement.id;")));
      String reason = "The funding ended and the members joined the regional network.";
      b.type("#close\\:reason", reason);
      assertEquals(reason, b.find("#close\\:reason").getAttribute("value"), "the reason typed");
      b.type("#close\\:successor_input", world.yorkshireName().substring(0, 12));
      b.wait(15)
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector(
                      ".ui-autocomplete-item[data-item-label='" + world.yorkshireName() + "']")));
      b.click(".ui-autocomplete-item[data-item-label='" + world.yorkshireName() + "']");
      // The choice travels to the server (itemSelect) before anything else is typed.
      b.waitForAjax();
      b.type(
          "#close\\:lessons\\:0\\:lessonText",
          "Secure a second year of funding before the first ends.");
      new Select(b.find("#close\\:lessons\\:0\\:lessonTheme")).selectByValue(world.themeCode());
      b.click("#close\\:addLesson");
      b.waitForAjax();
      b.wait(10)
          .until(ExpectedConditions.presenceOfElementLocated(By.id("close:lessons:1:lessonText")));
      b.type(
          "#close\\:lessons\\:1\\:lessonText", "Share the members' list with the successor early.");
      new Select(b.find("#close\\:lessons\\:1\\:lessonTheme")).selectByValue(world.themeCode());
      b.check("08-close-dialog");

      b.waitForAjax();
      b.click("#close\\:submit");
      b.wait(30)
          .withMessage(
              () ->
                  "the network is not shown closed; the dialog says: "
                      + b.text("#close")
                      + "\nits fields and the Ajax queue: "
                      + b.driver()
                          .executeScript(
                              "return ['close:closedOn', 'close:reason', 'close:successor_input',"
                                  + " 'close:successor_hinput']"
                                  + ".map(id => id + '=' + (document.getElementById(id) || {}).value)"
                                  + ".join('; ') + '; queue empty: '"
                                  + " + (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")
                      + "\nthe browser's console: "
                      + b.browserLog())
          .until(d -> b.has("#closedNotice"));
      b.waitForLoad();
      assertTrue(b.text(".messages").contains("2 lessons were kept"), b.text(".messages"));
      String insights = b.text("#insights");
      assertTrue(
          insights.contains("Secure a second year of funding")
              && insights.contains("Share the members' list"),
          insights);
      assertTrue(
          b.text("#relations").contains("was succeeded by " + world.yorkshireName()),
          b.text("#relations"));
      assertEquals("Closed", b.text("#status"));
      b.check("09-network-closed");

      b.open("/networks/view.xhtml?id=" + world.yorkshire());
      assertTrue(
          b.text("#relations").contains("succeeded " + world.londonName()),
          "the relation is shown from the successor's side too");
    }
  }

  @Test
  @Order(6)
  void aViewerReadsButCannotWrite() {
    try (Browser b = new Browser(url)) {
      b.signIn(world.viewer(), world.password());
      b.open("/networks/list.xhtml");
      assertFalse(b.has("#newNetwork"), "no button to add");
      b.open("/networks/view.xhtml?id=" + world.yorkshire());
      assertEquals(world.yorkshireName(), b.text("h1"));
      assertFalse(b.has("#editNetwork"), "no button to edit");
      assertFalse(b.has("#openClose"), "no button to close");

      b.open("/networks/edit.xhtml?id=" + world.yorkshire());
      assertTrue(b.has("#error-forbidden"), "the server refuses the edit page");
      b.check("10-forbidden");
      b.open("/admin/users.xhtml");
      assertTrue(b.has("#error-forbidden"), "and the administration");
    }
    assertEquals(
        403,
        Api.at(url)
            .as(world.viewer(), world.password())
            .post(
                "networks",
                Api.object()
                    .add("name", "Not allowed " + world.token())
                    .add("scope", "LOCAL")
                    .build())
            .status());
  }

  @Test
  @Order(7)
  void repeatedFailedSignInsSlowThatAddressButNotThePersonElsewhere() {
    String username = "locked-" + world.token();
    String password = "Locked-password-" + world.token().toUpperCase(Locale.ROOT);
    Api.at(url)
        .asAdmin()
        .post(
            "users",
            Api.object()
                .add("username", username)
                .add("password", password)
                .add("role", "VIEWER")
                .build())
        .expect(201);
    try (Browser b = new Browser(url)) {
      for (int i = 0; i < 5; i++) {
        b.signIn(username, "wrong password " + i);
        assertTrue(b.text(".messages").contains("not right"), b.text(".messages"));
      }
      b.signIn(username, password);
      assertTrue(
          b.path().startsWith("/login.xhtml"),
          "even the right password waits, from the address that guessed");
      assertTrue(b.text(".messages").contains("Too many sign-in attempts"), b.text(".messages"));
    }
    // The person, from another address (through the trusted proxy the tests' server is given).
    assertEquals(
        200,
        Api.at(url)
            .as(username, password)
            .send("GET", "networks", null, "X-Forwarded-For", "198.51.100.20")
            .status(),
        "the right password from elsewhere is let in");
  }

  @Test
  @Order(7)
  void aRoleChangeOrDisablingEndsThePersonsOpenSession() {
    String username = "revoked-" + world.token();
    String password = "Revoked-password-" + world.token().toUpperCase(Locale.ROOT);
    Api admin = Api.at(url).asAdmin();
    admin
        .post(
            "users",
            Api.object()
                .add("username", username)
                .add("password", password)
                .add("role", "VIEWER")
                .build())
        .expect(201);
    try (Browser b = new Browser(url)) {
      b.signIn(username, password);
      assertEquals("Dashboard", b.text("h1"));
      admin.put("users/" + username, Api.object().add("role", "STAFF").build()).expect(200);
      b.open("/networks/list.xhtml");
      assertTrue(b.path().startsWith("/login.xhtml"), "the session ended: " + b.path());

      b.signIn(username, password);
      assertEquals("Dashboard", b.text("h1"), "signed in again, with the new role");
      admin.put("users/" + username, Api.object().add("enabled", false).build()).expect(200);
      b.open("/");
      assertTrue(b.path().startsWith("/login.xhtml"), "a disabled account's session ended");
      b.signIn(username, password);
      assertTrue(b.path().startsWith("/login.xhtml"), "and it cannot sign in again");
    }
  }

  @Test
  @Order(7)
  void everyoneChangesTheirOwnPasswordOnTheirScreenAndStaysSignedIn() {
    String username = "own-" + world.token();
    String password = "Own-password-" + world.token().toUpperCase(Locale.ROOT);
    String chosen = "Chosen-password-" + world.token().toUpperCase(Locale.ROOT);
    Api.at(url)
        .asAdmin()
        .post(
            "users",
            Api.object()
                .add("username", username)
                .add("password", password)
                .add("role", "VIEWER")
                .build())
        .expect(201);
    try (Browser b = new Browser(url)) {
      b.signIn(username, password);
      b.clickAndWait("#changePassword");
      assertEquals("Change your password", b.text("h1"));
      b.check("27-password");

      b.type("#password\\:current", "not the password");
      b.type("#password\\:chosen", chosen);
      b.type("#password\\:repeat", chosen);
      b.clickAndWait("#password\\:change");
      assertTrue(b.text("#password\\:currentError").contains("not correct"), b.text("main"));

      b.type("#password\\:current", password);
      b.type("#password\\:chosen", chosen);
      b.type("#password\\:repeat", chosen + "x");
      b.clickAndWait("#password\\:change");
      assertTrue(b.text("#password\\:repeatError").contains("differ"), b.text("main"));

      b.type("#password\\:current", password);
      b.type("#password\\:chosen", chosen);
      b.type("#password\\:repeat", chosen);
      b.clickAndWait("#password\\:change");
      assertTrue(b.text(".messages").contains("Your password is changed"), b.text("main"));
      b.open("/");
      assertEquals("Dashboard", b.text("h1"), "this session carries on");
    }
    assertEquals(401, Api.at(url).as(username, password).get("networks").status());
    Api.at(url).as(username, chosen).get("networks").expect(200);
  }

  @Test
  @Order(8)
  void signingOutEndsTheSession() {
    try (Browser b = new Browser(url)) {
      b.signIn(world.viewer(), world.password());
      assertEquals("Dashboard", b.text("h1"));
      b.clickAndWait("#account\\:signOut");
      assertTrue(b.path().startsWith("/login.xhtml"), b.path());
      assertTrue(b.text("main").contains("You have signed out"));
      b.open("/");
      assertTrue(b.path().startsWith("/login.xhtml"), "signed out for good");
      b.find("#signIn\\:username").sendKeys(Keys.TAB);
    }
  }

  @Test
  @Order(9)
  void administratorsManageUsersAndReadTheAuditLog() {
    Browser b = admin().open("/admin/users.xhtml");
    assertEquals("Users", b.text("h1"));
    b.check("11-users");
    String username = "added-" + world.token();
    b.type("#newUser\\:username", username);
    b.type("#newUser\\:password", "Added-password-" + world.token().toUpperCase(Locale.ROOT));
    new Select(b.find("#newUser\\:role")).selectByValue("STAFF");
    b.clickAndWait("#newUser\\:create");
    assertTrue(b.text(".messages").contains("Added the user " + username), b.text(".messages"));
    assertTrue(b.text("#userTable").contains(username));

    b.type("#newUser\\:username", "short-" + world.token());
    b.type("#newUser\\:password", "short");
    b.clickAndWait("#newUser\\:create");
    assertTrue(b.text(".messages").contains("at least 12 characters"), b.text(".messages"));

    b.open("/admin/audit.xhtml");
    assertEquals("Audit log", b.text("h1"));
    assertTrue(
        b.text("#audit\\:entries").contains(world.staff()),
        "the changes made by staff are in the log");
    b.check("12-audit-log");
  }

  @Test
  @Order(10)
  void everyListScreenIsReachableFromTheNavigationAndAccessible() {
    try (Browser b = new Browser(url)) {
      b.signIn(world.staff(), world.password());
      String[][] screens = {
        {"nav-organisations", "Organisations", "13-organisations"},
        {"nav-people", "People", "14-people"},
        {"nav-funding", "Funding", "15-funding"},
        {"nav-events", "Events", "16-events"},
        {"nav-knowledge", "Knowledge", "17-knowledge"},
      };
      for (String[] screen : screens) {
        b.open("/");
        b.clickAndWait(
            ".site-nav a[href$='" + screen[1].toLowerCase(Locale.ROOT) + "/list.xhtml']");
        assertEquals(screen[1], b.text("h1"));
        b.find("#list\\:records");
        b.check(screen[2]);
      }

      b.open("/knowledge/list.xhtml?q=" + "second%20year%20of%20funding");
      String found = b.text("#list\\:records");
      assertTrue(
          found.contains("Secure a second year of funding before the first ends."),
          "the lesson left on closing is knowledge: " + found);
    }
  }

  @Test
  @Order(11)
  void aPersonCanBeExportedAndAnonymised() {
    long person =
        Api.at(url)
            .asAdmin()
            .post(
                "people",
                Api.object()
                    .add("name", "Pat Example " + world.token())
                    .add("email", "pat." + world.token() + "@example.org")
                    .add("role", "Facilitator")
                    .add(
                        "lawfulBasis",
                        Api.object()
                            .add("basis", "CONSENT")
                            .add("source", "Event registration form")
                            .add("recordedOn", "2020-11-01"))
                    .build())
            .expect(201)
            .id();
    try (Browser b = new Browser(url)) {
      b.signIn(world.staff(), world.password());
      b.open("/people/view.xhtml?id=" + person);
      assertEquals("Pat Example " + world.token(), b.text("h1"));
      assertTrue(b.text("#personDetails").contains("1 November 2020"));
      b.check("18-person");

      b.clickAndWait("#anonymise\\:anonymiseButton");
      assertTrue(b.text("main").contains("Tick the box"), "anonymising asks for confirmation");
      b.click("#anonymise\\:confirmed");
      b.clickAndWait("#anonymise\\:anonymiseButton");
      assertTrue(b.has("#anonymisedNotice"));
      assertFalse(b.text("main").contains("Pat Example"), "the name is gone");
      b.check("19-person-anonymised");
    }
    try (Browser viewer = new Browser(url)) {
      viewer.signIn(world.viewer(), world.password());
      viewer.open("/people/view.xhtml?id=" + person);
      assertFalse(viewer.has("#export\\:download"), "a VIEWER cannot export personal data");
    }
  }

  @Test
  @Order(12)
  void theNetworkOfNetworksShowsRelationsFilteredByArea() {
    Browser b = admin().open("/networks/graph.xhtml?area=E12000007");
    assertEquals("Network of networks", b.text("h1"));
    String relations = b.text("#graphRelations");
    assertTrue(
        relations.contains(world.londonName() + " was succeeded by " + world.yorkshireName()),
        relations);
    assertTrue(
        b.has("#graphNetworks a[href$='view.xhtml?id=" + world.yorkshire() + "']"),
        "each network of the picture is a link");
  }

  @Test
  @Order(12)
  void theMapLaysNetworksOutWithTheirMeasuresAndBringsOutANeighbourhood() {
    Api api = Api.at(url).asAdmin();
    String token = Api.uniqueToken();
    String sector = "MAP_" + token.toUpperCase(Locale.ROOT);
    api.post("sectors", Api.object().add("code", sector).add("name", "Map " + token).build())
        .expect(201);
    String hubName = "Map hub " + token;
    long hub = mapNetwork(api, hubName, sector, null);
    String eastName = "Map east " + token;
    long east = mapNetwork(api, eastName, sector, hub);
    mapNetwork(api, "Map west " + token, sector, hub);

    Browser b = admin().open("/networks/graph.xhtml?sector=" + sector);
    try {
      b.wait(30).until(d -> b.has("#networkMap[data-ready='true'] canvas"));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("the map is not drawn: " + b.browserLog(), e);
    }
    assertTrue(b.cspViolations().isEmpty(), "the map's library is the application's own");
    List<org.openqa.selenium.WebElement> rows = b.all("#graphNetworks tbody tr");
    assertEquals(3, rows.size());
    assertTrue(rows.get(0).getText().startsWith(hubName), "most between others first");
    assertTrue(
        rows.get(0).getText().endsWith("2 2 1.00 1.00"),
        "relations, reach, betweenness, closeness: " + rows.get(0).getText());

    // A person selects the hub on the map: its neighbourhood, a link to open it.
    b.scrollTo(b.find("#networkMap"));
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> at =
        (java.util.Map<String, Object>)
            b.driver()
                .executeScript(
                    "const box = document.getElementById('networkMap');"
                        + "const p = box._cyreg.cy.getElementById('n' + arguments[0]).renderedPosition();"
                        + "return {x: p.x - box.clientWidth / 2, y: p.y - box.clientHeight / 2};",
                    hub);
    new org.openqa.selenium.interactions.Actions(b.driver())
        .moveToElement(
            b.find("#networkMap"),
            ((Number) at.get("x")).intValue(),
            ((Number) at.get("y")).intValue())
        .click()
        .perform();
    try {
      b.wait(10).until(d -> b.text("#mapSelection").contains(hubName));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("clicked at " + at + ": " + b.text("#mapSelection"), e);
    }
    assertTrue(
        b.has("#mapSelection a[href$='networks/view.xhtml?id=" + hub + "']"),
        b.text("#mapSelection"));

    // The keyboard zooms: out first, as three networks fitted to the map may already stand at its
    // largest zoom (4), where "+" has nowhere to go.
    double fitted = zoom(b);
    b.find("#networkMap").sendKeys("-");
    double out = zoom(b);
    assertTrue(out < fitted, "- zooms out: " + fitted + " then " + out);
    b.find("#networkMap").sendKeys("+");
    assertTrue(zoom(b) > out, "+ zooms in: " + out + " then " + zoom(b));
    b.find("#networkMap").sendKeys(Keys.ESCAPE);
    assertEquals("", b.text("#mapSelection"), "Escape clears the selection");
    b.find("#networkMap").sendKeys("n");
    assertTrue(
        b.text("#mapSelection").startsWith(hubName),
        "N selects the first network of the table: " + b.text("#mapSelection"));
    b.find("#networkMap").sendKeys(Keys.ARROW_LEFT);
    List<String> log = b.browserLog();
    assertTrue(log.stream().noneMatch(m -> m.contains("Uncaught")), "no script error: " + log);
    b.click("#mapFit");
    b.check("20-network-graph");

    b.open("/networks/graph.xhtml?sector=" + sector + "&colour=STATUS");
    assertTrue(b.text("#graphKey").contains("Active"), b.text("#graphKey"));
    b.open(
        "/networks/graph.xhtml?sector="
            + sector
            + "&focus=abc&type=FRIEND_OF&colour=%3Cscript%3Ealert(1)%3C/script%3E");
    assertEquals(
        3, b.all("#graphNetworks tbody tr").size(), "what the page does not know is left aside");
    assertFalse(b.has("#graphFocus"));
    assertEquals(
        "SCOPE", new Select(b.find("#colour")).getFirstSelectedOption().getAttribute("value"));
    b.open("/networks/graph.xhtml?sector=" + sector + "&type=AFFILIATED_WITH");
    assertTrue(b.has("#graph-empty"), "no affiliations among them");
    b.open("/networks/graph.xhtml?focus=" + east);
    assertTrue(b.text("#graphFocus").contains(eastName), b.text("#graphFocus"));
    assertTrue(b.text("#graphRelations").contains(hubName), "the hub is east's neighbour");

    b.open("/networks/view.xhtml?id=" + hub);
    assertEquals("2", b.text("#metricDegree"));
    assertEquals("2", b.text("#metricReach"));
    assertEquals("1.00", b.text("#metricBetweenness"));
    assertEquals("1.00", b.text("#metricCloseness"));
    b.open("/networks/view.xhtml?id=" + east);
    assertEquals("0.00", b.text("#metricBetweenness"));
    assertEquals("0.67", b.text("#metricCloseness"), "the hub at one step, west at two");
    b.clickAndWait("#showInGraph");
    assertTrue(b.text("#graphFocus").contains(eastName));
  }

  private static long mapNetwork(Api api, String name, String sector, Long memberOf) {
    var json =
        Api.object()
            .add("name", name)
            .add("scope", "LOCAL")
            .add("areas", Api.array("E12000004"))
            .add("sectors", Api.array(sector));
    if (memberOf != null) {
      json.add(
          "relations",
          jakarta.json.Json.createArrayBuilder()
              .add(Api.object().add("type", "MEMBER_OF").add("networkId", memberOf)));
    }
    return api.post("networks", json.build()).expect(201).id();
  }

  private static double zoom(Browser b) {
    return ((Number)
            b.driver()
                .executeScript("return document.getElementById('networkMap')._cyreg.cy.zoom();"))
        .doubleValue();
  }

  @Test
  @Order(13)
  void anImportWithErrorsWritesNothingAndThenAnImportWithoutErrorsWritesAll() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("landscape-import");
    java.nio.file.Path bad = dir.resolve("networks-with-errors.csv");
    java.nio.file.Files.writeString(
        bad,
        "name,scope,areas,sectors,founded_on\n"
            + "Imported fine "
            + world.token()
            + ",LOCAL,E12000003,"
            + world.sectorCode()
            + ",2019-04-01\n"
            + ",GALACTIC,X123,NO_SUCH_SECTOR,2019-13-01\n");
    java.nio.file.Path good = dir.resolve("networks.csv");
    java.nio.file.Files.writeString(
        good,
        "name,scope,areas,sectors,founded_on,membership_estimate\n"
            + "Imported Leeds "
            + world.token()
            + ",LOCAL,E12000003|E08000035,"
            + world.sectorCode()
            + ",19/11/2020,40\n"
            + "\"Imported Cardiff, "
            + world.token()
            + "\",NATIONAL,W92000004,,2018-02-01,\n");
    try (Browser b = new Browser(url)) {
      b.signIn(world.staff(), world.password());
      b.open("/");
      b.clickAndWait(".site-nav a[href$='import/index.xhtml']");
      assertEquals("Import records", b.text("h1"));
      b.check("21-import");

      b.find("#upload\\:file").sendKeys(bad.toAbsolutePath().toString());
      b.clickAndWait("#upload\\:check");
      String problems = b.text("#problems");
      assertTrue(
          problems.contains("GALACTIC")
              && problems.contains("X123")
              && problems.contains("NO_SUCH_SECTOR"),
          problems);
      assertFalse(
          b.has("#confirm\\:importAll"), "nothing can be imported while a row has a problem");
      b.check("22-import-errors");
      b.open("/networks/list.xhtml?q=" + "Imported%20fine%20" + world.token());
      assertTrue(b.text("#list\\:networks").contains("No network matches"), "nothing was written");

      b.open("/import/index.xhtml");
      b.find("#upload\\:file").sendKeys(good.toAbsolutePath().toString());
      b.clickAndWait("#upload\\:check");
      assertTrue(b.text("#importValid").contains("All 2 rows are valid"), b.text("main"));
      b.check("23-import-valid");
      b.clickAndWait("#confirm\\:importAll");
      assertTrue(b.text(".messages").contains("Imported 2 networks"), b.text(".messages"));
      b.open("/networks/list.xhtml?q=Imported");
      String list = b.text("#list\\:networks");
      assertTrue(
          list.contains("Imported Leeds " + world.token())
              && list.contains("Imported Cardiff, " + world.token()),
          list);
    }
    try (Browser viewer = new Browser(url)) {
      viewer.signIn(world.viewer(), world.password());
      viewer.open("/import/index.xhtml");
      assertTrue(viewer.has("#error-forbidden"), "a VIEWER cannot import");
    }
  }

  @Test
  @Order(14)
  void anEventShowsWhoTookPartAndWhatCameOfIt() {
    Browser b = admin().open("/events/list.xhtml");
    assertTrue(
        b.has("#list\\:records a[href*='events/view.xhtml']"),
        "the seeded demo landscape has events");
    String title = b.find("#list\\:records a[href*='events/view.xhtml']").getText();
    b.clickAndWait("#list\\:records a[href*='events/view.xhtml']");
    assertEquals(title, b.text("h1"));
    b.find("#eventDetails");
    b.check("24-event");
  }

  @Test
  @Order(15)
  void anOrganisationShowsItsIdentifiersGrantsAndPeople() {
    Browser b = admin().open("/organisations/list.xhtml?type=FUNDER");
    assertTrue(
        b.has("#list\\:records a[href*='organisations/view.xhtml']"),
        "the seeded demo landscape has funders");
    String name = b.find("#list\\:records a[href*='organisations/view.xhtml']").getText();
    b.clickAndWait("#list\\:records a[href*='organisations/view.xhtml']");
    assertEquals(name, b.text("h1"));
    b.find("#organisationDetails");
    b.check("25-organisation");
  }

  @Test
  @Order(15)
  void staffFindOneOrganisationEnteredTwiceOnTheDuplicatesScreen() {
    Api api = Api.at(url).asAdmin();
    String token = Api.uniqueToken();
    String keptName = "The 00 " + token + " Valleys Trust Ltd";
    String twinName = "00 " + token + " Valleys Trust";
    long kept =
        api.post("organisations", Api.object().add("name", keptName).add("type", "FUNDER").build())
            .expect(201)
            .id();
    long twin =
        api.post("organisations", Api.object().add("name", twinName).add("type", "FUNDER").build())
            .expect(201)
            .id();
    Browser b = admin().open("/organisations/list.xhtml");
    b.clickAndWait("#findDuplicates");
    assertEquals("Duplicates", b.text("h1"));
    String pairs = b.text("#organisationPairs");
    assertTrue(
        pairs.contains("The 00 " + token + " Valleys Trust Ltd")
            && pairs.contains("The same name, written differently"),
        pairs);
    b.check("28-duplicates");
    if (b.has("#similarity")) {
      // PostgreSQL compares alike names: a similarity that cannot be used is named beside its
      // field, as typed, and the pairs of the same name stay on the screen.
      b.open("/duplicates/index.xhtml?similarity=lots");
      assertTrue(b.text("#similarity-error").contains("from 0.3 to 1"));
      assertEquals("lots", b.find("#similarity").getAttribute("value"));
      assertTrue(b.text("#organisationPairs").contains(token));
      b.open("/duplicates/index.xhtml");
    }

    // Keep one: a confirmation says what moves. Someone changes the kept record meanwhile: nothing
    // is merged, and the pair is shown again as it now is.
    String keep = "input.keep[aria-label='Keep " + keptName + " and merge the other into it']";
    b.clickAndWait(keep);
    assertTrue(
        b.text("#mergeQuestion").startsWith("Merge " + twinName + " into " + keptName + "?"),
        b.text("#mergeQuestion"));
    b.check("28-duplicates-merge");
    jakarta.json.JsonObject now = api.get("organisations/" + kept).expect(200).json();
    api.put(
            "organisations/" + kept,
            Api.object(now).add("description", "Changed while a merge waited").build())
        .expect(200);
    b.clickAndWait("#confirmMerge\\:merge");
    assertTrue(b.text(".messages").contains("changed after this list was shown"), b.text("main"));
    assertEquals(200, api.get("organisations/" + twin).status(), "nothing was merged");

    b.clickAndWait(keep);
    b.clickAndWait("#confirmMerge\\:merge");
    assertEquals(twinName + " was merged into " + keptName + ".", b.text("#merged"));
    assertTrue(!b.has("#organisationPairs") || !b.text("#organisationPairs").contains(token));
    b.open("/organisations/view.xhtml?id=" + twin);
    assertEquals(keptName, b.text("h1"), "the merged record's page leads to the kept one");
    assertTrue(b.path().contains("id=" + kept), b.path());
    assertTrue(b.text("main").contains("Changed while a merge waited"));
  }

  @Test
  @Order(16)
  void everyStepOfAddingANetworkWorksFromTheKeyboardWithVisibleFocus() {
    try (Browser b = new Browser(url)) {
      b.open("/");
      tabTo(b, "#signIn\\:username").sendKeys(world.staff());
      tabTo(b, "#signIn\\:password").sendKeys(world.password() + Keys.ENTER);
      // Enter posts the form, then the browser follows the redirect: wait for the page it lands on.
      b.wait(30)
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> "Dashboard".equals(b.text("h1")));

      b.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
      assertTrue(
          (Boolean) b.driver().executeScript("return document.activeElement.matches('.skip-link')"),
          "the first Tab reaches the link that skips to the content");

      b.open("/networks/list.xhtml");
      b.pressAndWait(tabTo(b, "#newNetwork"), Keys.ENTER);
      assertEquals("Add a network", b.text("h1"));
      String name = "Keyboard network " + world.token();
      tabTo(b, "#network\\:name").sendKeys(name);
      tabTo(b, "#network\\:scope").sendKeys("Local");
      tabTo(b, "input[name='network:areas'][value='E12000003']").sendKeys(Keys.SPACE);
      b.pressAndWait(tabTo(b, "#network\\:save"), Keys.ENTER);
      assertEquals(name, b.text("h1"), () -> "saved from the keyboard alone: " + b.text("main"));
      assertTrue(b.text(".details").contains("Yorkshire"), b.text(".details"));
    }
  }

  /**
   * Presses Tab until the element {@code css} has the focus (at most 80 times), and checks that the
   * focus shows: an outline or a shadow drawn round the element.
   */
  private static org.openqa.selenium.WebElement tabTo(Browser b, String css) {
    String matches = "return document.activeElement.matches(arguments[0])";
    for (int i = 0; i < 80; i++) {
      if ((Boolean) b.driver().executeScript(matches, css)) {
        org.openqa.selenium.WebElement focused = b.driver().switchTo().activeElement();
        String outline = focused.getCssValue("outline-style");
        String shadow = focused.getCssValue("box-shadow");
        assertTrue(
            !"none".equals(outline) || !"none".equals(shadow),
            css + " shows no focus: outline " + outline + ", shadow " + shadow);
        return focused;
      }
      b.driver().switchTo().activeElement().sendKeys(Keys.TAB);
    }
    throw new AssertionError(css + " cannot be reached with the Tab key");
  }

  @Test
  @Order(17)
  void aFormPostedWithoutItsOwnViewStateChangesNothing() throws Exception {
    try (Browser b = new Browser(url)) {
      b.signIn(world.staff(), world.password());
      b.open("/networks/edit.xhtml");
      @SuppressWarnings("unchecked")
      java.util.List<java.util.List<String>> fields =
          (java.util.List<java.util.List<String>>)
              b.driver()
                  .executeScript(
                      "return Array.from(document.querySelectorAll('#network input, #network select,"
                          + " #network textarea')).filter(e => e.name && e.type !== 'submit'"
                          + " && ((e.type !== 'checkbox' && e.type !== 'radio') || e.checked))"
                          + ".map(e => [e.name, e.value]);");
      String forged = "Forged network " + world.token();
      String genuine = "Posted network " + world.token();
      String viewState =
          fields.stream()
              .filter(f -> f.get(0).equals("jakarta.faces.ViewState"))
              .map(f -> f.get(1))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the form carries its view state"));

      HttpResponse<String> refused = post(b, fields, forged, "-4812:7731");
      assertNotEquals(302, refused.statusCode(), "a form with a made-up view state is not run");
      HttpResponse<String> accepted = post(b, fields, genuine, viewState);
      assertEquals(302, accepted.statusCode(), "the same form with its own view state is run");

      Api api = Api.at(url).asAdmin();
      assertEquals(
          0,
          api.get("networks?q=" + forged.replace(' ', '+')).expect(200).json().getInt("total"),
          "nothing was written by the forged form");
      assertEquals(
          1, api.get("networks?q=" + genuine.replace(' ', '+')).expect(200).json().getInt("total"));
    }
  }

  @Test
  @Order(18)
  void aPageThatIsNotThereShowsTheApplicationsOwnStyles() throws Exception {
    Browser b = admin();
    b.browserLog();
    for (String path : List.of("/no-such-page.xhtml", "/favicon-missing.png")) {
      b.open(path);
      assertEquals("Page not found", b.text("h1"), path);
      assertEquals(
          "rgba(11, 79, 124, 1)",
          b.find(".site-header").getCssValue("background-color"),
          path + ": landscape.css is applied");
      assertEquals(List.of(), b.cspViolations(), path);

      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url + path.substring(1)))
                      .timeout(Duration.ofSeconds(30))
                      .header("Cookie", "LANDSCAPESESSION=" + b.sessionCookie())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(404, answer.statusCode(), path);
      List<String> policies = answer.headers().allValues("Content-Security-Policy");
      assertTrue(policies.stream().anyMatch(p -> p.contains("'nonce-")), path + " " + policies);
      assertTrue(
          policies.stream().noneMatch(p -> p.contains("default-src 'none'")),
          path + " " + policies);
    }
    b.check("26-not-found");
  }

  @Test
  @Order(19)
  void namesWrittenAsMarkupStayTextInTheChartsTheMapAndTheGraph() throws Exception {
    Api staff = Api.at(url).as(world.staff(), world.password());
    String token = world.token();
    String closesTheScript =
        "</script><meta http-equiv=\"refresh\" content=\"0;url=https://example.org\"> " + token;
    String image = "<img src=x onerror=alert(1)> " + token;
    String lineEnds = "Line\u2028ends\u2029here & <!-- " + token;
    String code = "MARKUP_" + token.toUpperCase(Locale.ROOT);
    jakarta.json.JsonObject sector =
        staff
            .post("sectors", Api.object().add("code", code).add("name", "Markup " + token).build())
            .expect(201)
            .json();
    long sectorId = sector.getJsonNumber("id").longValue();
    staff
        .put("sectors/" + sectorId, Api.object(sector).add("name", closesTheScript).build())
        .expect(200);
    long hub = markupNetwork(staff, image, code, null);
    long member = markupNetwork(staff, lineEnds, code, hub);
    try {
      Browser b = admin().open("/");
      stays(b, "/");
      assertTrue(b.has("#sectorChart canvas"), "the sector chart is drawn");
      String table =
          (String)
              b.driver()
                  .executeScript(
                      "return document.querySelector(\"section[aria-labelledby='sector-heading']"
                          + " table\").textContent");
      assertTrue(table.contains(closesTheScript), table);
      assertTrue(b.has("svg.uk-map a[href*='area=E12000007']"), "the map is drawn");
      assertFalse(source("").contains("</script><meta"), "the dashboard's source");

      b.open("/networks/graph.xhtml?sector=" + code);
      stays(b, "/networks/graph.xhtml?sector=" + code);
      String relations =
          (String)
              b.driver()
                  .executeScript("return document.getElementById('graphRelations').textContent");
      assertTrue(relations.contains(image) && relations.contains(lineEnds), relations);
      assertEquals(2, b.all("#graphNetworks tbody a[href*='networks/view.xhtml']").size());
      assertFalse(source("networks/graph.xhtml?sector=" + code).contains("<img src=x"));
    } finally {
      // The database may be shared: leave plain names behind.
      rename(staff, "sectors/" + sectorId, "Markup sector " + token);
      rename(staff, "networks/" + member, "Markup member " + token);
      rename(staff, "networks/" + hub, "Markup hub " + token);
    }
  }

  private static long markupNetwork(Api staff, String name, String sector, Long memberOf) {
    jakarta.json.JsonObjectBuilder network =
        Api.object()
            .add("name", name)
            .add("scope", "LOCAL")
            .add("areas", Api.array("E12000007"))
            .add("sectors", Api.array(sector));
    if (memberOf != null) {
      network.add(
          "relations",
          Api.array(Api.object().add("type", "MEMBER_OF").add("networkId", memberOf).build()));
    }
    return staff.post("networks", network.build()).expect(201).id();
  }

  private static void rename(Api staff, String path, String name) {
    jakarta.json.JsonObject now = staff.get(path).expect(200).json();
    staff.put(path, Api.object(now).add("name", name).build()).expect(200);
  }

  /**
   * The page is still the one opened a moment later (no refresh to another site), no script has run
   * an alert, and no element came from a name.
   */
  private static void stays(Browser b, String path) throws InterruptedException {
    b.waitForAjax();
    Thread.sleep(1500);
    assertEquals(path, b.path(), "the page stays");
    try {
      String text = b.driver().switchTo().alert().getText();
      throw new AssertionError("a script from a name ran: alert " + text);
    } catch (org.openqa.selenium.NoAlertPresentException expected) {
      // as it should be
    }
    assertEquals(
        0L,
        b.driver()
            .executeScript(
                "return document.querySelectorAll('meta[http-equiv], img[src=\"x\"]').length"),
        "no element made of a name");
  }

  /** The page as the server sent it, for the signed-in administrator. */
  private String source(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", "LANDSCAPESESSION=" + admin().sessionCookie())
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private HttpResponse<String> post(
      Browser b, java.util.List<java.util.List<String>> fields, String name, String viewState)
      throws Exception {
    StringBuilder form = new StringBuilder();
    for (java.util.List<String> f : fields) {
      String value =
          switch (f.get(0)) {
            case "network:name" -> name;
            case "network:scope" -> "LOCAL";
            case "jakarta.faces.ViewState" -> viewState;
            default -> f.get(1);
          };
      form.append(encode(f.get(0))).append('=').append(encode(value)).append('&');
    }
    form.append(encode("network:save")).append("=Save");
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url + "networks/edit.xhtml"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "LANDSCAPESESSION=" + b.sessionCookie())
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
