package org.coproduction.landscape.api;

import static org.coproduction.landscape.testing.Api.array;
import static org.coproduction.landscape.testing.Api.object;
import static org.coproduction.landscape.testing.Api.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.network.LifecycleStatus;
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
 * The other kinds of record over HTTP (organisations, people, grants, programmes, events, insights,
 * the reference lists and the OpenAPI document), and, inside the server, what HTTP cannot see: the
 * rows a refused request leaves behind (none) and what the history holds after an anonymisation.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordsApiIT {

  private static final String RUN = Api.uniqueToken();

  private static Api staff;
  private static Api viewer;

  @ArquillianResource private URL url;

  @Inject private Probe probe;

  @Inject private HttpServletRequest request;

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

  private Api viewer() {
    if (viewer == null) {
      viewer = admin().newAccount("VIEWER");
    }
    return viewer;
  }

  private static String digits(int n) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < n; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }

  private long organisation(Api as, String name, String type, String area, String... roles) {
    return as.post(
            "organisations",
            object()
                .add("name", name)
                .add("type", type)
                .add("area", area)
                .add("roles", array((Object[]) roles))
                .add("identifiers", array("GB-CHC-" + digits(7)))
                .build())
        .expect(201)
        .id();
  }

  private long network(Api as, String name) {
    return as.post(
            "networks",
            object()
                .add("name", name)
                .add("scope", "LOCAL")
                .add("areas", array("E12000006"))
                .build())
        .expect(201)
        .id();
  }

  @Test
  @Order(1)
  @RunAsClient
  void theReferenceListsGiveTheCodesRecordsUse() {
    List<JsonObject> areas =
        viewer().get("areas").expect(200).array().getValuesAs(JsonObject.class);
    assertEquals(13, areas.size());
    JsonObject yorkshire =
        areas.stream()
            .filter(a -> a.getString("gss").equals("E12000003"))
            .findFirst()
            .orElseThrow();
    assertEquals("TLE", yorkshire.getString("itl1"));
    assertEquals("Yorkshire and The Humber", yorkshire.getString("name"));
    assertEquals("REGION", yorkshire.getString("level"));
    JsonObject england = areas.get(0);
    assertEquals("E92000001", england.getString("gss"));
    assertFalse(england.containsKey("itl1"), "England as a whole has no ITL1 code");

    String code = "SOCIAL_CARE_" + RUN.toUpperCase();
    Answer created =
        staff()
            .post(
                "sectors",
                object().add("code", code.toLowerCase()).add("name", "Social care " + RUN).build());
    assertEquals(code, created.expect(201).json().getString("code"));
    assertEquals(List.of(code), viewer().get("sectors?q=" + RUN).expect(200).itemStrings("code"));
    Answer twice = staff().post("sectors", object().add("code", code).add("name", "Again").build());
    assertEquals(List.of("code"), twice.errorFields(), twice.body());
    Answer badCode =
        staff().post("themes", object().add("code", "not a code").add("name", "").build());
    assertEquals(
        List.of("code", "name"), badCode.errorFields().stream().sorted().toList(), badCode.body());
  }

  @Test
  @Order(2)
  @RunAsClient
  void organisationsAreFoundByRoleAreaTypeAndIdentifier() {
    String charity = "GB-CHC-" + digits(7);
    Answer created =
        staff()
            .post(
                "organisations",
                object()
                    .add("name", RUN + " Community Foundation")
                    .add("type", "CHARITY")
                    .add("area", "E12000007")
                    .add("roles", array("FUNDER", "CONVENOR"))
                    .add("identifiers", array(charity, "GB-COH-0" + digits(7)))
                    .add("website", "https://foundation.example.org")
                    .build())
            .expect(201);
    JsonObject foundation = created.json();
    assertEquals(List.of("CONVENOR", "FUNDER"), strings(foundation, "roles"));
    assertEquals("E12000007", foundation.getString("area"));
    organisation(staff(), RUN + " Tenants Group", "COMMUNITY_GROUP", "E12000002");

    assertEquals(
        List.of(RUN + " Community Foundation"),
        viewer().get("organisations?q=" + RUN + "&role=FUNDER").expect(200).itemStrings("name"));
    assertEquals(
        List.of(RUN + " Tenants Group"),
        viewer().get("organisations?q=" + RUN + "&area=E12000002").expect(200).itemStrings("name"));
    assertEquals(
        List.of(RUN + " Community Foundation"),
        viewer().get("organisations?identifier=" + charity).expect(200).itemStrings("name"));
    assertEquals(
        List.of(RUN + " Tenants Group", RUN + " Community Foundation"),
        viewer().get("organisations?q=" + RUN + "&sort=-name").expect(200).itemStrings("name"));

    Answer badIds =
        staff()
            .post(
                "organisations",
                object()
                    .add("name", RUN + " Bad")
                    .add("type", "CHARITY")
                    .add("area", "E12000010")
                    .add("identifiers", array("GB-COH-123", "XX-1"))
                    .build());
    assertEquals(400, badIds.status());
    assertEquals(
        List.of("area", "identifiers"),
        badIds.errorFields().stream().sorted().toList(),
        badIds.body());
    assertTrue(
        badIds.errorFor("identifiers").contains("Companies House"), badIds.errorFor("identifiers"));
    Answer taken =
        staff()
            .post(
                "organisations",
                object()
                    .add("name", RUN + " Copy")
                    .add("type", "CHARITY")
                    .add("identifiers", array(charity))
                    .build());
    assertEquals(List.of("identifiers"), taken.errorFields(), taken.body());
    assertEquals(List.of("role"), viewer().get("organisations?role=KING").errorFields());
  }

  @Test
  @Order(3)
  @RunAsClient
  void peopleAreExportedAndAnonymisedOnRequest() {
    long organisation = organisation(staff(), RUN + " Housing Association", "CHARITY", "E12000009");
    JsonObject person =
        object()
            .add("name", "Ada " + RUN)
            .add("email", RUN + "@example.org")
            .add("organisationId", organisation)
            .add("role", "Tenant engagement lead")
            .add(
                "lawfulBasis",
                object()
                    .add("basis", "CONSENT")
                    .add("source", "Roundtable sign-up form")
                    .add("recordedOn", "2020-11-01"))
            .build();
    long id = staff().post("people", person).expect(201).id();
    assertEquals(
        List.of("Ada " + RUN),
        viewer().get("people?organisation=" + organisation).expect(200).itemStrings("name"));

    Answer noBasis =
        staff()
            .post(
                "people",
                object().add("name", "Bob " + RUN).add("email", "not an address").build());
    assertEquals(
        List.of("email", "lawfulBasis"),
        noBasis.errorFields().stream().sorted().toList(),
        noBasis.body());

    JsonObject held = staff().get("people/" + id + "/export").expect(200).json();
    assertEquals("Ada " + RUN, held.getString("name"));
    assertEquals(RUN + "@example.org", held.getString("email"));
    assertEquals("CONSENT", held.getString("lawfulBasis"));
    assertEquals(RUN + " Housing Association", held.getString("organisation"));
    assertEquals(403, viewer().get("people/" + id + "/export").status());
    assertEquals(403, viewer().post("people/" + id + "/anonymise", null).status());

    JsonObject anonymised = staff().post("people/" + id + "/anonymise", null).expect(200).json();
    assertEquals("Anonymised person #" + id, anonymised.getString("name"));
    assertFalse(anonymised.containsKey("email"));
    assertTrue(anonymised.getBoolean("anonymised"));
    assertEquals(
        organisation,
        anonymised.getJsonNumber("organisationId").longValue(),
        "the counts still add up");

    List<JsonObject> history = viewer().get("people/" + id + "/history").expect(200).items();
    assertEquals("ANONYMISE", history.get(0).getString("action"));
    assertTrue(
        history.stream()
            .noneMatch(
                e -> e.toString().contains("Ada " + RUN) || e.toString().contains(RUN + "@")),
        history.toString());
    assertEquals(0, viewer().get("people?q=Ada%20" + RUN).expect(200).json().getInt("total"));
  }

  @Test
  @Order(4)
  @RunAsClient
  void grantsKeepExactAmountsAndRefuseWhatBreaksTheirRules() {
    long funder = organisation(staff(), RUN + " Lottery Fund", "FUNDER", "E92000001");
    long network = network(staff(), RUN + " Norwich Network");
    long programme =
        staff()
            .post(
                "programmes",
                object()
                    .add("title", RUN + " Awards for All")
                    .add("code", "A4A")
                    .add("funderId", funder)
                    .build())
            .expect(201)
            .id();
    String identifier = "360G-LANDSCAPE-" + RUN;
    JsonObject grant =
        object()
            .add("identifier", identifier)
            .add("title", RUN + " Norwich co-production")
            .add("description", "Two years of a local network")
            .add("amountAppliedFor", new BigDecimal("25000.10"))
            .add("amountAwarded", "24999.99")
            .add("awardDate", "2020-03-02")
            .add("status", "AWARDED")
            .add("funderId", funder)
            .add("programmeId", programme)
            .add("recipientNetworkId", network)
            .add("beneficiaryAreas", array("E12000006", "E07000148"))
            .build();
    long id = staff().post("grants", grant).expect(201).id();

    JsonObject read = viewer().get("grants/" + id).expect(200).json();
    assertEquals(new BigDecimal("24999.99"), read.getJsonNumber("amountAwarded").bigDecimalValue());
    assertEquals(
        new BigDecimal("25000.10"), read.getJsonNumber("amountAppliedFor").bigDecimalValue());
    assertEquals("GBP", read.getString("currency"));
    assertEquals("INCOMING", read.getString("direction"));
    assertEquals(programme, read.getJsonNumber("programmeId").longValue());
    assertEquals(
        List.of(RUN + " Norwich co-production"),
        viewer().get("grants?q=" + RUN + "&status=AWARDED&area=E07000148").itemStrings("title"));
    assertEquals(1, viewer().get("grants?funder=" + funder).expect(200).json().getInt("total"));
    assertEquals(1, viewer().get("grants?network=" + network).expect(200).json().getInt("total"));

    Answer broken =
        staff()
            .post(
                "grants",
                object(grant)
                    .add("identifier", identifier + "-2")
                    .add("amountAwarded", "100.005")
                    .remove("awardDate")
                    .remove("recipientNetworkId")
                    .add("funderId", 987654321L)
                    .add("beneficiaryAreas", array("Norwich"))
                    .build());
    assertEquals(400, broken.status());
    assertEquals(
        List.of("amountAwarded", "awardDate", "beneficiaryAreas", "funderId", "recipient"),
        broken.errorFields().stream().sorted().toList(),
        broken.body());
    Answer rules =
        staff()
            .post(
                "grants",
                object(grant)
                    .add("identifier", identifier + "-3")
                    .add("amountAwarded", "100.005")
                    .remove("awardDate")
                    .remove("recipientNetworkId")
                    .build());
    assertEquals(
        List.of("amountAwarded", "awardDate", "recipient"),
        rules.errorFields().stream().sorted().toList(),
        rules.body());
    Answer notMoney =
        staff()
            .post(
                "grants",
                object(grant)
                    .add("identifier", identifier + "-4")
                    .add("amountAwarded", "ten pounds")
                    .build());
    assertEquals(List.of("amountAwarded"), notMoney.errorFields(), notMoney.body());
    Answer sameIdentifier = staff().post("grants", grant);
    assertEquals(List.of("identifier"), sameIdentifier.errorFields(), sameIdentifier.body());
    assertEquals(1, viewer().get("grants?q=" + RUN).json().getInt("total"));
  }

  @Test
  @Order(5)
  @RunAsClient
  void eventsRecordWhoCameAndInsightsKeepWhatWasLearned() {
    String theme = "POWER_" + RUN.toUpperCase();
    staff()
        .post("themes", object().add("code", theme).add("name", "Power " + RUN).build())
        .expect(201);
    long convenor = organisation(staff(), RUN + " Convenor", "CHARITY", "E12000007", "CONVENOR");
    long network = network(staff(), RUN + " Roundtable Network");
    long host =
        staff()
            .post(
                "people",
                object()
                    .add("name", "Host " + RUN)
                    .add("organisationId", convenor)
                    .add(
                        "lawfulBasis",
                        object()
                            .add("basis", "LEGITIMATE_INTERESTS")
                            .add("source", "Staff record")
                            .add("recordedOn", "2020-10-01"))
                    .build())
            .expect(201)
            .id();
    JsonObject event =
        object()
            .add("title", RUN + " Roundtable")
            .add("type", "ROUNDTABLE")
            .add("startsAt", "2020-11-19T10:00:00")
            .add("endsAt", "2020-11-19T12:30:00")
            .add("online", true)
            .add("convenorId", convenor)
            .add(
                "participants",
                array(
                    object()
                        .add("personId", host)
                        .add("role", "HOST")
                        .add("organisationId", convenor)))
            .add("networkIds", array(network))
            .add("themes", array(theme))
            .build();
    Answer created = staff().post("events", event).expect(201);
    long id = created.id();
    JsonObject read = viewer().get("events/" + id).expect(200).json();
    assertEquals("2020-11-19T10:00:00", read.getString("startsAt"));
    assertEquals(1, read.getJsonArray("participants").size());
    assertEquals("HOST", read.getJsonArray("participants").getJsonObject(0).getString("role"));
    assertEquals(
        List.of(RUN + " Roundtable"),
        viewer().get("events?network=" + network).expect(200).itemStrings("title"));
    assertEquals(
        1,
        viewer()
            .get("events?q=" + RUN + "&from=2020-11-19&to=2020-11-19&type=ROUNDTABLE")
            .json()
            .getInt("total"));

    JsonObject twoHosts =
        object(read)
            .add(
                "participants",
                array(
                    read.getJsonArray("participants").get(0),
                    object().add("personId", host).add("role", "SPEAKER")))
            .build();
    JsonObject updated = staff().put("events/" + id, twoHosts).expect(200).json();
    assertEquals(2, updated.getJsonArray("participants").size());

    Answer wrong =
        staff()
            .post(
                "events",
                object(event)
                    .add("endsAt", "2020-11-19T09:00:00")
                    .add("online", false)
                    .add("startsAt", "19/11/2020")
                    .build());
    assertEquals(List.of("startsAt"), wrong.errorFields(), wrong.body());
    Answer rules =
        staff()
            .post(
                "events",
                object(event).add("endsAt", "2020-11-19T09:00:00").add("online", false).build());
    assertEquals(
        List.of("endsAt", "venue"), rules.errorFields().stream().sorted().toList(), rules.body());

    JsonObject insight =
        object()
            .add("text", "People need to be paid for their time (" + RUN + ")")
            .add("theme", theme)
            .add("eventId", id)
            .add("networkIds", array(network))
            .add("areas", array("E12000007"))
            .add("recordedOn", "2020-11-19")
            .add("source", "Roundtable notes, 19 November 2020")
            .build();
    staff().post("insights", insight).expect(201);
    assertEquals(1, viewer().get("insights?theme=" + theme).expect(200).json().getInt("total"));
    assertEquals(
        1,
        viewer()
            .get("insights?event=" + id + "&area=E12000007")
            .expect(200)
            .json()
            .getInt("total"));
    Answer unlinked =
        staff()
            .post(
                "insights",
                object(insight)
                    .remove("eventId")
                    .remove("networkIds")
                    .add("recordedOn", LocalDate.now().plusDays(2).toString())
                    .build());
    assertEquals(
        List.of("eventId", "recordedOn"),
        unlinked.errorFields().stream().sorted().toList(),
        unlinked.body());
  }

  @Test
  @Order(6)
  @RunAsClient
  void theOpenApiDocumentDescribesTheApi() {
    Answer openapi =
        Api.at(url).get(Api.at(url).server().resolve("/openapi").toString()).expect(200);
    JsonObject document = openapi.json();
    assertEquals("Landscape API", document.getJsonObject("info").getString("title"));
    List<String> paths = List.copyOf(document.getJsonObject("paths").keySet());
    for (String path :
        List.of(
            "/api/networks",
            "/api/networks/{id}",
            "/api/networks/{id}/close",
            "/api/people/{id}/export",
            "/api/areas",
            "/api/users")) {
      assertTrue(paths.stream().anyMatch(p -> p.endsWith(path)), path + " in " + paths);
    }
    assertTrue(paths.stream().noneMatch(p -> p.contains("null")), paths.toString());
    JsonObject grants = document.getJsonObject("paths").getJsonObject("/api/grants");
    assertTrue(grants.containsKey("get") && grants.containsKey("post"), grants.toString());
  }

  /** The API at this server, from inside it. */
  private Api apiFromInside() {
    String base =
        request.getScheme() + "://localhost:" + request.getLocalPort() + request.getContextPath();
    return Api.at(base).asAdmin();
  }

  @Test
  @Order(7)
  void aRefusedClosingLeavesNoRowAndAValidOneWritesTheRecordAndItsHistoryTogether() {
    Api admin = apiFromInside();
    String theme = "INSIDE_" + RUN.toUpperCase();
    admin
        .post("themes", object().add("code", theme).add("name", "Inside " + RUN).build())
        .expect(201);
    long id = network(admin, RUN + " Inside");
    long version = admin.get("networks/" + id).version();
    String history =
        "select count(a) from AuditEntry a where a.recordType = ?1 and a.recordId = ?2";
    String lessons = "select count(i) from Insight i join i.networks n where n.id = ?1";
    assertEquals(1, probe.count(history, "Network", id));

    Answer refused =
        admin.post(
            "networks/" + id + "/close",
            object()
                .add("version", version)
                .add("closedOn", "2024-03-31")
                .add("reason", "Funding ended")
                .add(
                    "lessons",
                    array(
                        object().add("text", "Write it down " + RUN).add("theme", theme),
                        object().add("text", "").add("theme", theme)))
                .build());
    assertEquals(400, refused.status());
    assertEquals(0, probe.count(lessons, id));
    assertEquals(1, probe.count(history, "Network", id));
    assertEquals(
        0,
        probe.count(
            "select count(a) from AuditEntry a where a.recordType = 'Insight' and a.changes like ?1",
            "%" + RUN + "%"));
    assertEquals(
        List.of(LifecycleStatus.ACTIVE),
        probe.query(
            LifecycleStatus.class, "select n.lifecycle.status from Network n where n.id = ?1", id));

    admin
        .post(
            "networks/" + id + "/close",
            object()
                .add("version", version)
                .add("closedOn", "2024-03-31")
                .add("reason", "Funding ended")
                .add(
                    "lessons",
                    array(object().add("text", "Write it down " + RUN).add("theme", theme)))
                .build())
        .expect(200);
    assertEquals(1, probe.count(lessons, id));
    List<AuditEntry> entries =
        probe.query(
            AuditEntry.class,
            "select a from AuditEntry a where a.recordType = 'Network' and a.recordId = ?1 order by a.id",
            id);
    assertEquals(
        List.of(AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE),
        entries.stream().map(AuditEntry::getAction).toList());
    assertEquals(Api.ADMIN, entries.get(1).getActor());
    assertTrue(entries.get(1).getChanges().contains("CLOSED"), entries.get(1).getChanges());
  }

  @Test
  @Order(8)
  void anonymisingLeavesNoPersonalDataInThePersonsRowOrHistory() {
    Api admin = apiFromInside();
    JsonObject person =
        object()
            .add("name", "Grace " + RUN)
            .add("email", "grace." + RUN + "@example.org")
            .add("role", "Chair")
            .add(
                "lawfulBasis",
                object()
                    .add("basis", "CONSENT")
                    .add("source", "Sign-up form")
                    .add("recordedOn", "2021-01-05"))
            .build();
    Answer created = admin.post("people", person).expect(201);
    long id = created.id();
    admin
        .put("people/" + id, object(created.json()).add("name", "Grace Hopper " + RUN).build())
        .expect(200);
    admin.post("people/" + id + "/anonymise", null).expect(200);

    List<Object[]> row =
        probe.query(
            Object[].class,
            "select p.name, p.email, p.role, p.anonymised from Person p where p.id = ?1",
            id);
    assertEquals("Anonymised person #" + id, row.get(0)[0]);
    assertNull(row.get(0)[1]);
    assertNull(row.get(0)[2]);
    assertEquals(Boolean.TRUE, row.get(0)[3]);
    List<AuditEntry> entries =
        probe.query(
            AuditEntry.class,
            "select a from AuditEntry a where a.recordType = 'Person' and a.recordId = ?1 order by a.id",
            id);
    assertEquals(
        List.of(AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE, AuditEntry.Action.ANONYMISE),
        entries.stream().map(AuditEntry::getAction).toList());
    for (AuditEntry e : entries) {
      String all = e.getRecordLabel() + " " + e.getChanges();
      assertFalse(all.contains("Grace") || all.contains("grace."), all);
    }
  }

  @Test
  @Order(9)
  @RunAsClient
  void theServerDoesNotNameItselfAndTheApiIsNeverCached() {
    List<Answer> api =
        List.of(
            viewer().get("areas").expect(200),
            Api.at(url).get("areas").expect(401),
            viewer().get("networks/0").expect(404));
    List<Answer> others =
        List.of(
            Api.at(url).sendAsIs("GET", url(url, "login.xhtml"), Map.of(), null).expect(200),
            Api.at(url).sendAsIs("GET", url(url, "favicon.svg"), Map.of(), null).expect(200));
    for (Answer answer : api) {
      assertEquals("no-store", answer.header("Cache-Control"), answer.request());
    }
    for (Answer answer : concat(api, others)) {
      assertNull(answer.header("X-Powered-By"), answer.request());
      String server = answer.header("Server");
      assertTrue(server == null || !server.matches(".*\\d.*"), answer.request() + ": " + server);
    }
  }

  /**
   * Behind a balancer every answer says which server gave it, whoever gave it: pages, resources,
   * the API, the sign-in refusals, error pages. (Health, served at the server's root here, is
   * checked on Payara Server, where the application is the root: ear's LandscapeEarIT.)
   */
  @Test
  @Order(12)
  @RunAsClient
  void everyAnswerNamesTheServerThatGaveIt() {
    Api anonymous = Api.at(url);
    Map<String, String> html = Map.of("Accept", "text/html");
    List<Answer> answers =
        List.of(
            anonymous.sendAsIs("GET", url(url, "login.xhtml"), html, null).expect(200),
            anonymous.sendAsIs("GET", url(url, "index.xhtml"), html, null).expect(302),
            viewer().sendAsIs("GET", url(url, "index.xhtml"), html, null).expect(200),
            viewer().sendAsIs("GET", url(url, "admin/users.xhtml"), html, null).expect(403),
            viewer().sendAsIs("GET", url(url, "no-such-page.xhtml"), html, null).expect(404),
            anonymous.sendAsIs("GET", url(url, "favicon.svg"), Map.of(), null).expect(200),
            anonymous.sendAsIs("GET", url(url, "resources/no-such.css"), Map.of(), null),
            viewer().get("areas").expect(200),
            viewer().get("networks/0").expect(404),
            anonymous.get("areas").expect(401),
            Api.at(url).as("nobody-" + RUN, "wrong password").get("areas").expect(401));
    String node = answers.get(0).header("X-Landscape-Node");
    assertNotNull(node, answers.get(0).request());
    assertTrue(node.matches("[A-Za-z0-9._-]{1,64}"), node);
    for (Answer answer : answers) {
      assertEquals(
          node, answer.header("X-Landscape-Node"), answer.request() + " " + answer.status());
    }
  }

  private static List<Answer> concat(List<Answer> a, List<Answer> b) {
    List<Answer> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  @Order(10)
  @RunAsClient
  void whatAFormOnAnotherSiteCanSendChangesNothing() {
    long network = network(staff(), "Closing by form " + RUN);
    long version = staff().get("networks/" + network).expect(200).version();
    long person =
        staff()
            .post(
                "people",
                object()
                    .add("name", "Cy " + RUN)
                    .add(
                        "lawfulBasis",
                        object()
                            .add("basis", "CONSENT")
                            .add("source", "Sign-up form")
                            .add("recordedOn", "2021-01-05"))
                    .build())
            .expect(201)
            .id();
    String closing =
        object()
            .add("version", version)
            .add("closedOn", "2026-01-31")
            .add("reason", "Closed by a form " + RUN)
            .build()
            .toString();
    // The three types a form can send, and a script's POST with no type at all (fetch, no-cors).
    for (Map<String, String> type :
        List.of(
            Map.of("Content-Type", "text/plain"),
            Map.of("Content-Type", "text/plain;charset=UTF-8"),
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            Map.of("Content-Type", "multipart/form-data; boundary=x"),
            Map.<String, String>of())) {
      Answer close = staff().sendAsIs("POST", "networks/" + network + "/close", type, closing);
      Answer anonymise = staff().sendAsIs("POST", "people/" + person + "/anonymise", type, null);
      for (Answer refused : List.of(anonymise, close)) {
        assertEquals(415, refused.status(), type + " " + refused.request() + " " + refused.body());
        assertTrue(
            refused
                .json()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("message")
                .contains("Content-Type: application/json"),
            refused.body());
      }
    }
    Answer delete = staff().sendAsIs("DELETE", "people/" + person, Map.of(), null);
    assertEquals(415, delete.status(), delete.body());
    // A form can post a file too: an import without the header is refused before it is read.
    Answer upload =
        staff()
            .sendAsIs(
                "POST",
                "imports/networks",
                Map.of("Content-Type", "multipart/form-data; boundary=x"),
                "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"n.csv\"\r\n\r\n"
                    + "name,scope\nFormed "
                    + RUN
                    + ",LOCAL\r\n--x--\r\n");
    assertEquals(415, upload.status(), upload.body());
    assertEquals(
        0,
        staff().get("networks?q=" + "Formed%20" + RUN).expect(200).json().getInt("total"),
        "no network imported by a form");

    assertEquals(
        "ACTIVE",
        staff()
            .get("networks/" + network)
            .expect(200)
            .json()
            .getJsonObject("lifecycle")
            .getString("status"),
        "the network is still open");
    JsonObject cy = staff().get("people/" + person).expect(200).json();
    assertEquals("Cy " + RUN, cy.getString("name"), "the person is not anonymised");

    // A script says so: JSON, or the header when there is no body.
    staff()
        .sendAsIs(
            "POST",
            "networks/" + network + "/close",
            Map.of("Content-Type", "application/json"),
            closing)
        .expect(200);
    assertEquals(
        "Anonymised person #" + person,
        staff()
            .sendAsIs(
                "POST",
                "people/" + person + "/anonymise",
                Map.of("X-Requested-With", "XMLHttpRequest"),
                null)
            .expect(200)
            .json()
            .getString("name"));
  }

  @Test
  @Order(11)
  @RunAsClient
  void httpsEndedAtATrustedProxyGivesHstsAndSecureCookiesAndNobodyElseCanClaimIt()
      throws IOException {
    // web/pom.xml gives the server LANDSCAPE_TRUSTED_PROXIES=127.0.0.1.
    String login = url.getPath() + "login.xhtml";
    String page = url.getPath() + "networks/list.xhtml";
    Map<String, String> https = Map.of("X-Forwarded-Proto", "https", "Accept", "text/html");

    for (String path : List.of(login, page)) {
      List<String> proxied = rawGet("127.0.0.1", path, https);
      assertTrue(
          proxied.contains("strict-transport-security: max-age=31536000"), proxied.toString());
      List<String> cookies = setCookies(proxied);
      assertFalse(cookies.isEmpty(), path + " starts a session: " + proxied);
      assertTrue(
          cookies.stream()
              .allMatch(c -> c.toLowerCase(Locale.ROOT).matches(".*;\\s*secure(;.*|$)")),
          cookies.toString());

      List<String> forged = rawGet("127.0.0.2", path, https);
      assertTrue(
          forged.stream().noneMatch(h -> h.startsWith("strict-transport-security:")),
          forged.toString());
      assertFalse(setCookies(forged).isEmpty(), forged.toString());
      assertTrue(
          setCookies(forged).stream()
              .noneMatch(c -> c.toLowerCase(Locale.ROOT).matches(".*;\\s*secure(;.*|$)")),
          forged.toString());

      List<String> plain = rawGet("127.0.0.1", path, Map.of("Accept", "text/html"));
      assertTrue(
          plain.stream().noneMatch(h -> h.startsWith("strict-transport-security:")),
          "the proxy said nothing of HTTPS: " + plain);
    }
  }

  private static String url(URL deployed, String path) {
    return "http://localhost:" + deployed.getPort() + deployed.getPath() + path;
  }

  /** The Set-Cookie values of a raw answer. */
  private static List<String> setCookies(List<String> headers) {
    return headers.stream()
        .filter(h -> h.startsWith("set-cookie:"))
        .map(h -> h.substring("set-cookie:".length()).strip())
        .toList();
  }

  /**
   * A GET over a connection from this local address (127.0.0.1 plays the trusted proxy, 127.0.0.2
   * anyone else), as plain HTTP/1.1: the status line and the headers, names in lower case.
   */
  private List<String> rawGet(String from, String path, Map<String, String> headers)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", url.getPort()), 10_000);
      socket.setSoTimeout(30_000);
      StringBuilder request =
          new StringBuilder("GET ")
              .append(path)
              .append(" HTTP/1.1\r\nHost: localhost:")
              .append(url.getPort())
              .append("\r\nConnection: close\r\n");
      headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
      request.append("\r\n");
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer =
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
      List<String> lines = new ArrayList<>();
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        lines.add(
            colon < 0
                ? line
                : line.substring(0, colon).toLowerCase(Locale.ROOT)
                    + ":"
                    + line.substring(colon + 1));
      }
      return lines;
    }
  }
}
