package org.coproduction.landscape.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff keep organisations, people, grants, events and insights through the forms: a rule broken is
 * shown beside its field with the rest of the input kept, the record's page shows what was saved
 * and who changed it, an edit conflict on a grant shows both versions and keeps the input, and a
 * VIEWER is refused every form. axe-core checks every screen; each screen's picture is kept under
 * {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordScreensIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  @ArquillianResource URL deployed;

  /** The application on the loopback address. */
  URL url;

  /** The accounts and records of this run, made once through the API. */
  record World(
      String token,
      String viewer,
      String staff,
      String password,
      String funderName,
      String networkName,
      String sectorCode,
      String themeCode) {}

  private static World world;
  private static Browser staff;

  /** The records the forms made, by kind, for the tests that follow. */
  private static String organisationPath, personPath, grantPath, eventPath, insightPath;

  @BeforeEach
  void world() throws Exception {
    url = new URL("http", "localhost", deployed.getPort(), deployed.getPath());
    if (world != null) {
      return;
    }
    Api api = Api.at(url).asAdmin();
    String token = Api.uniqueToken();
    String password = "Records-password-" + token.toUpperCase(Locale.ROOT);
    for (String role : new String[] {"VIEWER", "STAFF"}) {
      api.post(
              "users",
              Api.object()
                  .add("username", role.toLowerCase(Locale.ROOT) + "-" + token)
                  .add("password", password)
                  .add("role", role)
                  .build())
          .expect(201);
    }
    String funder = "Coastal Trust " + token;
    api.post("organisations", Api.object().add("name", funder).add("type", "FUNDER").build())
        .expect(201);
    String network = "Tees Valley co-production " + token;
    api.post(
            "networks",
            Api.object()
                .add("name", network)
                .add("scope", "LOCAL")
                .add("areas", Api.array("E12000001"))
                .build())
        .expect(201);
    String sector = "CARE_" + token.toUpperCase(Locale.ROOT);
    api.post("sectors", Api.object().add("code", sector).add("name", "Care " + token).build())
        .expect(201);
    String theme = "POWER_" + token.toUpperCase(Locale.ROOT);
    api.post("themes", Api.object().add("code", theme).add("name", "Power " + token).build())
        .expect(201);
    world =
        new World(
            token, "viewer-" + token, "staff-" + token, password, funder, network, sector, theme);
  }

  private Browser staff() {
    if (staff == null) {
      staff = new Browser(url);
      staff.signIn(world.staff(), world.password());
    }
    return staff;
  }

  @AfterAll
  static void closeBrowser() {
    if (staff != null) {
      staff.close();
      staff = null;
    }
  }

  /**
   * Types the start of a name into a PrimeFaces autocomplete, waits for the suggestion with the
   * whole name and takes it with the keyboard (the first suggestion is highlighted).
   */
  private static void choose(Browser b, String input, String label) {
    b.type(input, label.substring(0, Math.min(label.length(), 14)));
    String panel = input.replace("_input", "_panel");
    String item = panel + " .ui-autocomplete-item[data-item-label='" + label + "']";
    b.wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(item)));
    assertEquals(
        label,
        b.find(panel + " .ui-autocomplete-item.ui-state-highlight").getAttribute("data-item-label"),
        "the only suggestion is highlighted");
    b.find(input).sendKeys(Keys.ENTER);
    b.waitForAjax();
  }

  /** Adds a network to the ones chosen on a form. */
  private static void addNetwork(Browser b, String form, String name) {
    choose(b, "#" + form + "\\:addNetwork_input", name);
    b.wait(15)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id(form + ":chosenNetworks"), name));
  }

  /** The record's page lists the history: created, then changed, by the staff member. */
  private static void assertHistory(Browser b) {
    String history = b.text("#history");
    assertTrue(
        history.contains("Created")
            && history.contains("Changed")
            && history.contains(world.staff()),
        history);
  }

  @Test
  @Order(1)
  void staffAddAndEditAnOrganisation() {
    Browser b = staff().open("/organisations/list.xhtml");
    b.clickAndWait("#newOrganisation");
    assertEquals("Add an organisation", b.text("h1"));
    b.check("r01-organisation-new");

    String name = "Riverside Carers " + world.token();
    b.type("#organisation\\:name", name);
    new Select(b.find("#organisation\\:type")).selectByValue("CHARITY");
    b.type("#organisation\\:identifiers", "GB-COH-123");
    b.clickAndWait("#organisation\\:save");
    assertTrue(
        b.text("#organisation\\:identifiersError").contains("8 characters"),
        "a Companies House number has 8 characters");
    assertEquals(
        name, b.find("#organisation\\:name").getAttribute("value"), "the name typed is kept");
    b.check("r02-organisation-field-message");

    // Identifiers of this run only: the database may hold other tests' organisations.
    String charity = "GB-CHC-1" + digits(6);
    String company = "GB-COH-0" + digits(7);
    b.type("#organisation\\:identifiers", charity + "\n" + company);
    b.find("input[name='organisation:roles'][value='CONVENOR']").click();
    new Select(b.find("#organisation\\:area")).selectByValue("E12000001");
    b.type("#organisation\\:website", "https://example.org/riverside");
    b.clickAndWait("#organisation\\:save");
    assertEquals(name, b.text("h1"));
    assertTrue(b.text(".messages").contains("Added"), b.text(".messages"));
    String details = b.text("#organisationDetails");
    assertTrue(
        details.contains(charity)
            && details.contains(company)
            && details.contains("Charity")
            && details.contains("North East"),
        details);
    organisationPath = b.path();

    b.clickAndWait("#editOrganisation");
    b.type("#organisation\\:description", "Carers running respite together.");
    b.clickAndWait("#organisation\\:save");
    assertTrue(b.text("#organisationDetails").contains("Carers running respite together."));
    assertHistory(b);
    b.check("r03-organisation-view");
  }

  @Test
  @Order(2)
  void staffAddAndEditAPersonWhoseLawfulBasisIsRequired() {
    Browser b = staff().open("/people/list.xhtml");
    b.clickAndWait("#newPerson");
    assertEquals("Add a person", b.text("h1"));
    b.check("r04-person-new");

    String name = "Sam Example " + world.token();
    b.type("#person\\:name", name);
    b.type("#person\\:role", "Programme lead");
    choose(b, "#person\\:organisation_input", "Riverside Carers " + world.token());
    b.clickAndWait("#person\\:save");
    assertTrue(
        b.text("#person\\:basisError").contains("lawful basis"),
        "the lawful basis is required: " + b.text("main"));
    assertEquals(name, b.find("#person\\:name").getAttribute("value"), "the name is kept");
    assertEquals("Programme lead", b.find("#person\\:role").getAttribute("value"));
    assertEquals(
        "Riverside Carers " + world.token(),
        b.find("#person\\:organisation_input").getAttribute("value"),
        "the organisation chosen is kept");
    b.check("r05-person-field-message");

    new Select(b.find("#person\\:basis")).selectByValue("CONSENT");
    b.type("#person\\:basisSource", "Event registration form");
    b.type("#person\\:basisRecordedOn", "01/11/2020");
    b.clickAndWait("#person\\:save");
    assertEquals(name, b.text("h1"));
    String details = b.text("#personDetails");
    assertTrue(
        details.contains("Programme lead")
            && details.contains("Riverside Carers " + world.token())
            && details.contains("1 November 2020"),
        details);
    personPath = b.path();

    b.clickAndWait("#editPerson");
    b.type("#person\\:role", "Head of programmes");
    b.clickAndWait("#person\\:save");
    assertTrue(b.text("#personDetails").contains("Head of programmes"));
    assertHistory(b);
    b.check("r06-person-view");
  }

  @Test
  @Order(3)
  void staffAddAndEditAGrantInPoundsAndPence() {
    Browser b = staff().open("/funding/list.xhtml");
    b.clickAndWait("#newGrant");
    assertEquals("Add a grant", b.text("h1"));
    b.check("r07-grant-new");

    String title = "Respite in the Tees Valley " + world.token();
    b.type("#grant\\:identifier", "360G-landscape-" + world.token() + "-001");
    b.type("#grant\\:title", title);
    b.type("#grant\\:description", "Two years of shared respite planning.");
    choose(b, "#grant\\:funder_input", world.funderName());
    choose(b, "#grant\\:recipientNetwork_input", world.networkName());
    new Select(b.find("#grant\\:status")).selectByValue("AWARDED");
    b.type("#grant\\:amountAppliedFor", "-100");
    b.type("#grant\\:amountAwarded", "£12,500.50");
    b.type("#grant\\:awardDate", "19/11/2020");
    b.find("input[name='grant:areas'][value='E12000001']").click();
    b.clickAndWait("#grant\\:save");
    assertTrue(
        b.text("#grant\\:amountAppliedForError").contains("cannot be negative"),
        "a negative amount: " + b.text("main"));
    assertEquals(title, b.find("#grant\\:title").getAttribute("value"), "the title is kept");
    assertEquals(world.funderName(), b.find("#grant\\:funder_input").getAttribute("value"));
    assertEquals("12,500.50", b.find("#grant\\:amountAwarded").getAttribute("value"));
    b.check("r08-grant-field-message");

    b.type("#grant\\:amountAppliedFor", "15,000");
    b.clickAndWait("#grant\\:save");
    assertEquals(title, b.text("h1"));
    String money = b.text("#grantMoney");
    assertTrue(
        money.contains("£15,000.00")
            && money.contains("£12,500.50")
            && money.contains("19 November 2020"),
        money);
    String details = b.text("#grantDetails");
    assertTrue(
        details.contains(world.funderName())
            && details.contains(world.networkName())
            && details.contains("North East"),
        details);
    grantPath = b.path();

    b.clickAndWait("#editGrant");
    b.type("#grant\\:amountDisbursed", "5000");
    b.clickAndWait("#grant\\:save");
    assertTrue(b.text("#grantMoney").contains("£5,000.00"), b.text("#grantMoney"));
    assertHistory(b);
    b.check("r09-grant-view");

    b.open("/funding/list.xhtml?q=" + world.token());
    b.clickAndWait("#list\\:records a[href*='funding/view.xhtml']");
    assertEquals(title, b.text("h1"), "the list leads to the grant's page");
  }

  @Test
  @Order(4)
  void anEditConflictOnAGrantShowsBothVersionsAndKeepsTheInput() {
    long id = Long.parseLong(grantPath.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    Browser b = staff().open("/funding/edit.xhtml?id=" + id);

    Api api = Api.at(url).asAdmin();
    var saved = api.get("grants/" + id).expect(200).json();
    String theirTitle = saved.getString("title") + " (renamed)";
    api.put("grants/" + id, Api.object(saved).add("title", theirTitle).build()).expect(200);

    b.type("#grant\\:covidImpact", "Paused for three months in 2020.");
    b.clickAndWait("#grant\\:save");
    String conflict = b.text("#conflict");
    assertTrue(
        conflict.contains("Someone else changed this grant") && conflict.contains(Api.ADMIN),
        conflict);
    assertTrue(b.text("#conflictTable").contains(theirTitle), "their version is shown");
    assertEquals(
        "Paused for three months in 2020.",
        b.find("#grant\\:covidImpact").getAttribute("value"),
        "the input is kept");
    b.check("r10-grant-conflict");

    b.clickAndWait("#grant\\:saveOverTheirs");
    assertTrue(b.text("#grantDetails").contains("Paused for three months in 2020."));

    // A second conflict, settled the other way: this person drops their change and starts again
    // from the version saved meanwhile, which the form now shows.
    b.open("/funding/edit.xhtml?id=" + id);
    saved = api.get("grants/" + id).expect(200).json();
    String againTitle = theirTitle + " again";
    api.put("grants/" + id, Api.object(saved).add("title", againTitle).build()).expect(200);
    b.type("#grant\\:covidImpact", "A change to be dropped.");
    b.clickAndWait("#grant\\:save");
    assertTrue(b.has("#conflict"), "a second conflict");
    b.clickAndWait("#grant\\:takeTheirs");
    assertFalse(b.has("#conflictTable"), "the conflict is settled");
    assertEquals(againTitle, b.find("#grant\\:title").getAttribute("value"), "their title");
    assertEquals(
        "Paused for three months in 2020.",
        b.find("#grant\\:covidImpact").getAttribute("value"),
        "the saved text, not the dropped change");
    b.clickAndWait("#grant\\:save");
    assertTrue(b.text("h1").contains(againTitle), "saved from their version: " + b.text("h1"));
    assertFalse(b.text("#grantDetails").contains("A change to be dropped."));
  }

  @Test
  @Order(5)
  void staffAddAndEditAnEventWithItsNetworksAndParticipants() {
    Browser b = staff().open("/events/list.xhtml");
    b.clickAndWait("#newEvent");
    assertEquals("Add an event", b.text("h1"));
    b.check("r11-event-new");

    String title = "Respite roundtable " + world.token();
    b.type("#event\\:title", title);
    new Select(b.find("#event\\:type")).selectByValue("ROUNDTABLE");
    b.type("#event\\:startsAt", "19/11/2020 14:00");
    b.type("#event\\:endsAt", "19/11/2020 12:00");
    b.type("#event\\:venue", "Middlesbrough Town Hall");
    addNetwork(b, "event", world.networkName());
    String person = "Sam Example " + world.token();
    choose(b, "#event\\:personToAdd_input", person);
    new Select(b.find("#event\\:roleToAdd")).selectByValue("FACILITATOR");
    b.click("#event\\:addParticipant");
    b.waitForAjax();
    assertTrue(b.has("#participantTable"), "added: " + b.text("#event\\:participants"));
    b.find("input[name='event:themes'][value='" + world.themeCode() + "']").click();
    b.clickAndWait("#event\\:save");
    assertTrue(
        b.text("#event\\:endsAtError").contains("cannot end before it starts"), b.text("main"));
    assertEquals(title, b.find("#event\\:title").getAttribute("value"), "the title is kept");
    assertTrue(
        b.text("#event\\:chosenNetworks").contains(world.networkName()), "the network is kept");
    assertTrue(b.text("#participantTable").contains(person), "the participant is kept");
    b.check("r12-event-field-message");

    b.type("#event\\:endsAt", "19/11/2020 16:30");
    b.clickAndWait("#event\\:save");
    assertEquals(title, b.text("h1"));
    String details = b.text("#eventDetails");
    assertTrue(
        details.contains("19 November 2020, 14:00")
            && details.contains("Middlesbrough Town Hall")
            && details.contains("Power " + world.token()),
        details);
    assertTrue(b.text("main").contains(world.networkName()), "the networks represented");
    String participants = b.text("#participants");
    assertTrue(participants.contains(person) && participants.contains("Facilitator"), participants);
    eventPath = b.path();

    b.clickAndWait("#editEvent");
    b.type("#event\\:outcomes", "A shared respite calendar.");
    b.clickAndWait("#event\\:save");
    assertTrue(b.text("#eventDetails").contains("A shared respite calendar."));
    assertHistory(b);
    b.check("r13-event-view");
  }

  @Test
  @Order(6)
  void staffAddAndEditAnInsight() {
    Browser b = staff().open("/knowledge/list.xhtml");
    b.clickAndWait("#newInsight");
    assertEquals("Add an insight", b.text("h1"));
    b.check("r14-insight-new");

    String text =
        "Carers plan respite best when the council shares its budget early " + world.token();
    b.type("#insight\\:text", text);
    new Select(b.find("#insight\\:theme")).selectByValue(world.themeCode());
    b.type("#insight\\:recordedOn", "19/11/2020");
    b.type("#insight\\:source", "Roundtable notes, 19 November 2020");
    b.find("input[name='insight:sectors'][value='" + world.sectorCode() + "']").click();
    b.clickAndWait("#insight\\:save");
    assertTrue(
        b.text("#insight\\:eventError").contains("event or to at least one network"),
        b.text("main"));
    assertEquals(text, b.find("#insight\\:text").getAttribute("value"), "the insight is kept");
    b.check("r15-insight-field-message");

    addNetwork(b, "insight", world.networkName());
    choose(b, "#insight\\:event_input", "Respite roundtable " + world.token());
    b.clickAndWait("#insight\\:save");
    assertEquals(text, b.text("#insightText"));
    String details = b.text("#insightDetails");
    assertTrue(
        details.contains(world.networkName())
            && details.contains("Respite roundtable " + world.token())
            && details.contains("Care " + world.token())
            && details.contains("19 November 2020"),
        details);
    insightPath = b.path();

    b.clickAndWait("#editInsight");
    b.find("input[name='insight:areas'][value='E12000001']").click();
    b.clickAndWait("#insight\\:save");
    assertTrue(b.text("#insightDetails").contains("North East"), b.text("#insightDetails"));
    assertHistory(b);
    b.check("r16-insight-view");

    b.open("/knowledge/list.xhtml?q=" + world.token());
    b.clickAndWait("#list\\:records a[href*='knowledge/view.xhtml']");
    assertEquals(text, b.text("#insightText"), "the list leads to the insight's page");
  }

  @Test
  @Order(7)
  void aViewerReadsTheRecordsButIsRefusedEveryForm() {
    try (Browser b = new Browser(url)) {
      b.signIn(world.viewer(), world.password());
      String[][] pages = {
        {organisationPath, "#editOrganisation", "/organisations/list.xhtml", "#newOrganisation"},
        {personPath, "#editPerson", "/people/list.xhtml", "#newPerson"},
        {grantPath, "#editGrant", "/funding/list.xhtml", "#newGrant"},
        {eventPath, "#editEvent", "/events/list.xhtml", "#newEvent"},
        {insightPath, "#editInsight", "/knowledge/list.xhtml", "#newInsight"}
      };
      for (String[] page : pages) {
        b.open(page[0]);
        assertTrue(b.has("#history"), "a VIEWER reads the history of " + page[0]);
        assertFalse(b.has(page[1]), "no Edit link on " + page[0]);
        b.open(page[2]);
        assertFalse(b.has(page[3]), "no Add link on " + page[2]);
        String edit = page[0].replace("/view.xhtml", "/edit.xhtml");
        b.open(edit);
        assertTrue(b.has("#error-forbidden"), "the server refuses " + edit);
      }
      b.open(grantPath.replace("/view.xhtml", "/edit.xhtml").replaceAll("\\?.*", ""));
      assertTrue(b.has("#error-forbidden"), "and refuses the form for a new grant");
      b.check("r17-forbidden-form");
    }
  }

  @Test
  @Order(9)
  void dataQualityNamesTheGrantsToMendAndLeadsToThem() {
    Api api = Api.at(url).asAdmin();
    long funder =
        api.post(
                "organisations",
                Api.object()
                    .add("name", "Quality Trust " + world.token())
                    .add("type", "FUNDER")
                    .add("identifiers", Api.array("360G-quality-" + world.token()))
                    .build())
            .expect(201)
            .id();
    long recipient =
        api.post(
                "organisations",
                Api.object()
                    .add("name", "Quality Charity " + world.token())
                    .add("type", "CHARITY")
                    .build())
            .expect(201)
            .id();
    String title = "Nothing awarded " + world.token();
    api.post(
            "grants",
            Api.object()
                .add("identifier", "360G-QUALITY-" + world.token())
                .add("title", title)
                .add("description", "A grant recorded with an amount of 0")
                .add("amountAwarded", "0")
                .add("awardDate", "2024-06-01")
                .add("status", "AWARDED")
                .add("funderId", funder)
                .add("recipientOrganisationId", recipient)
                .build())
        .expect(201);

    Browser b = staff().open("/funding/list.xhtml");
    b.clickAndWait("#dataQuality");
    assertEquals("Data quality", b.text("h1"));
    assertTrue(
        b.text("#qualitySummary")
            .matches(
                "\\d+ of "
                    + org.coproduction.landscape.quality.QualityCheck.values().length
                    + " checks find grants\\."),
        b.text("#qualitySummary"));
    b.check("r21-quality");
    b.clickAndWait("#check-zero-amount a");
    assertEquals("Grants found by: Amount awarded is 0", b.text("#failing-heading"));
    String failing = b.text("#failingGrants");
    assertTrue(failing.contains(title), failing);
    b.check("r22-quality-failing");
    b.pressAndWait(b.driver().findElement(By.linkText(title)), Keys.ENTER);
    assertEquals(title, b.text("h1"), "the link leads to the grant to mend");

    b.open("/quality/index.xhtml?check=no-such-check");
    assertTrue(b.has("#error-notFound"), "a made-up check is not found");
  }

  @Test
  @Order(8)
  void staffAddAndEditAFundersProgrammeWhichAViewerOnlyReads() {
    Browser b = staff().open("/funding/list.xhtml");
    b.clickAndWait("#programmes");
    assertEquals("Programmes", b.text("h1"));
    b.clickAndWait("#newProgramme");
    assertEquals("Add a programme", b.text("h1"));
    String code = "PRG-" + world.token();
    b.type("#programme\\:code", code);
    b.clickAndWait("#programme\\:save");
    assertFalse(b.text("#programme\\:titleError").isBlank(), "the title is required");
    assertEquals(code, b.find("#programme\\:code").getAttribute("value"), "the code typed is kept");
    b.check("r18-programme-field-message");

    String title = "Respite together " + world.token();
    b.type("#programme\\:title", title);
    choose(b, "#programme\\:funder_input", world.funderName());
    b.clickAndWait("#programme\\:save");
    assertEquals(title, b.text("h1"));
    String details = b.text("#programmeDetails");
    assertTrue(details.contains(code) && details.contains(world.funderName()), details);
    assertEquals("0", b.text("#programmeGrants"), "no grant made under it yet");
    String programmePath = b.path();

    b.clickAndWait("#editProgramme");
    b.type("#programme\\:description", "Small grants for carers' respite.");
    b.clickAndWait("#programme\\:save");
    assertTrue(b.text("#programmeDetails").contains("Small grants for carers' respite."));
    assertHistory(b);
    b.check("r19-programme-view");

    try (Browser viewer = new Browser(url)) {
      viewer.signIn(world.viewer(), world.password());
      viewer.open(programmePath);
      assertTrue(viewer.has("#history"), "a VIEWER reads the programme's history");
      assertFalse(viewer.has("#editProgramme"), "no Edit link for a VIEWER");
      viewer.open("/programmes/list.xhtml?q=" + world.token());
      assertTrue(viewer.text("#list\\:records").contains(title));
      assertFalse(viewer.has("#newProgramme"), "no Add link for a VIEWER");
      viewer.check("r20-programmes");
      viewer.open(programmePath.replace("/view.xhtml", "/edit.xhtml"));
      assertTrue(viewer.has("#error-forbidden"), "the server refuses the programme form");
    }
  }

  private static String digits(int n) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < n; i++) {
      digits.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }

  @Test
  @Order(10)
  void aListDownloadsAsItStandsWithItsFiltersAndTheOrderChosen() throws Exception {
    Api api = Api.at(url).asAdmin();
    String words = "Download " + world.token();
    for (String[] n :
        new String[][] {
          {words + " Aberystwyth", "W92000004"},
          {words + " Bangor", "W92000004"},
          {words + " Cardiff", "W92000004"},
          {words + " Dundee", "S92000003"}
        }) {
      api.post(
              "networks",
              Api.object()
                  .add("name", n[0])
                  .add("scope", "LOCAL")
                  .add("areas", Api.array(n[1]))
                  .build())
          .expect(201);
    }
    Browser b =
        staff()
            .open(
                "/networks/list.xhtml?q="
                    + URLEncoder.encode(words, StandardCharsets.UTF_8)
                    + "&area=W92000004");
    assertEquals("Download these 3 rows:", b.text("#downloads-label"));
    // The person sorts by name, then turns the order round.
    for (int i = 0; i < 2; i++) {
      b.click("#list\\:networks th.ui-sortable-column");
      b.waitForAjax();
    }
    List<String> shown = List.of(words + " Cardiff", words + " Bangor", words + " Aberystwyth");
    assertTrue(b.text("#list\\:networks tbody tr").contains(shown.get(0)), "Z to A on screen");

    Path csv = b.download("#list\\:downloadCsv");
    assertTrue(
        csv.getFileName().toString().matches("networks-\\d{4}-\\d{2}-\\d{2}\\.csv"),
        csv.toString());
    String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    assertEquals("Name", rows.get(0).get(1));
    assertEquals(
        shown, rows.subList(1, rows.size()).stream().map(r -> r.get(1)).toList(), "as shown");

    Path xlsx = b.download("#list\\:downloadXlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet sheet = book.getSheet("Networks");
      List<String> names = new ArrayList<>();
      // A title row, the column titles, then the rows.
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        names.add(sheet.getRow(r).getCell(1).getStringCellValue());
      }
      assertEquals(shown, names, "the workbook holds the same rows in the same order");
    }

    b.open("/people/list.xhtml");
    assertFalse(b.has("#list\\:downloadCsv"), "the list of people is downloaded by admins only");
  }

  @Test
  @Order(11)
  void anEventIsPlacedInTheAreasItServedAndShownInItsSeriesBothWays() {
    Browser b = staff().open("/events/edit.xhtml");
    String title = "Respite follow-up " + world.token();
    String earlier = "Respite roundtable " + world.token();
    b.type("#event\\:title", title);
    new Select(b.find("#event\\:type")).selectByValue("WORKSHOP");
    b.type("#event\\:startsAt", "21/01/2021 10:00");
    b.type("#event\\:venue", "Darlington Library");
    b.find("input[name='event:areas'][value='E12000001']").click();
    choose(b, "#event\\:followsOn_input", earlier);
    b.clickAndWait("#event\\:save");
    assertEquals(title, b.text("h1"));
    String details = b.text("#eventDetails");
    assertTrue(details.contains("North East") && details.contains(earlier), details);
    b.check("r20-event-follows-on");

    b.clickAndWait("#followsOn");
    assertEquals(earlier, b.text("h1"));
    assertTrue(b.text("#followedBy").contains(title), "the earlier event names its follow-up");

    b.open(
        "/events/list.xhtml?area=E12000001&q="
            + URLEncoder.encode(world.token(), StandardCharsets.UTF_8));
    assertTrue(b.text("main").contains(title), "the list of events in the North East");
    assertFalse(b.text("main").contains(earlier), "the roundtable was given no area");
  }

  @Test
  @Order(12)
  void aSearchSavedFromAListIsOnTheDashboardWithItsCountAndOpensTheList() {
    String words = "Download " + world.token();
    Browser b =
        staff()
            .open(
                "/networks/list.xhtml?q="
                    + URLEncoder.encode(words, StandardCharsets.UTF_8)
                    + "&area=W92000004&sort=-name");
    String name = "Welsh downloads " + world.token();
    b.type("#list\\:searchName", name);
    b.clickAndWait("#list\\:saveSearch");
    assertTrue(b.text("#messages").contains("Saved as '" + name + "'"), b.text("#messages"));
    b.type("#list\\:searchName", name);
    b.clickAndWait("#list\\:saveSearch");
    assertTrue(
        b.text("#list\\:searchNameError").contains("already have a search named"),
        "a name used twice is refused beside the field");

    b.open("/");
    String row = b.find("#savedSearches").getText();
    assertTrue(row.contains(name) && row.contains("Networks"), row);
    b.check("r21-dashboard-saved-search");

    // Produced as a report with its filters: the Reports screen lists it until it can be taken.
    b.driver()
        .findElement(
            By.xpath(
                "//table[@id='savedSearches']//tr[.//a[text()='"
                    + name
                    + "']]//input[@type='submit']"))
        .click();
    b.wait(30).until(d -> b.path().startsWith("/reports/"));
    b.waitForLoad();
    assertTrue(
        b.text("#messages").contains("Saved search \u201c" + name + "\u201d (networks)"),
        b.text("#messages"));
    String ready =
        b.wait(90)
            .until(
                d -> {
                  Object text =
                      ((JavascriptExecutor) d)
                          .executeScript(
                              "const r = document.querySelector(\"tr[data-report='list.xlsx']\");"
                                  + " return r && r.className.includes('run--ready') ? r.innerText"
                                  + " : null;");
                  return (String) text;
                });
    assertTrue(ready.contains("networks-"), ready);

    b.open("/");
    b.driver().findElement(By.linkText(name)).click();
    b.wait(30).until(d -> b.path().startsWith("/networks/list.xhtml"));
    b.waitForLoad();
    assertEquals("Download these 3 rows:", b.text("#downloads-label"));
    assertTrue(
        b.text("#list\\:networks tbody tr").contains(words + " Cardiff"),
        "opened in its saved order, Z to A");
  }
}
