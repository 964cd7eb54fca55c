package org.coproduction.landscape.api;

import static org.coproduction.landscape.testing.Api.array;
import static org.coproduction.landscape.testing.Api.object;
import static org.coproduction.landscape.testing.Api.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Api.Answer;
import org.coproduction.landscape.testing.Deployments;
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
 * The networks API as staff, viewers and strangers use it, over HTTP: signing in, lists with
 * paging, filters and order, the record's life from creation to deletion, refused input, edit
 * conflicts, relations, and closing a network in one step. Every record carries this run's token,
 * so the tests ignore whatever else the database holds.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class NetworksApiIT {

  private static final String RUN = Api.uniqueToken();
  private static final String SECTOR = "HOUSING_" + RUN.toUpperCase();
  private static final String THEME = "LESSONS_" + RUN.toUpperCase();

  private static Api staff;
  private static Api viewer;

  @ArquillianResource private URL url;

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  private Api anonymous() {
    return Api.at(url);
  }

  private Api admin() {
    return anonymous().asAdmin();
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

  private static JsonObject network(
      String name, String scope, String status, List<String> areas, String... sectors) {
    return object()
        .add("name", name)
        .add("scope", scope)
        .add("areas", array(areas.toArray()))
        .add("sectors", array((Object[]) sectors))
        .add("lifecycle", object().add("status", status).add("foundedOn", "2019-04-01"))
        .add("description", "Recorded by the API tests, run " + RUN)
        .build();
  }

  private long create(JsonObject network) {
    Answer created = staff().post("networks", network).expect(201);
    assertTrue(
        created.header("Location").endsWith("/api/networks/" + created.id()),
        created.header("Location"));
    return created.id();
  }

  @Test
  @Order(1)
  void anonymousCallersAreAskedToSignInWithBasic() {
    Answer anonymous = anonymous().get("networks");
    assertEquals(401, anonymous.status());
    assertTrue(
        anonymous.header("WWW-Authenticate").startsWith("Basic"),
        anonymous.header("WWW-Authenticate"));

    Answer stranger = anonymous().as("nobody-" + RUN, "not the password at all").get("networks");
    assertEquals(401, stranger.status());
    assertTrue(stranger.header("WWW-Authenticate").startsWith("Basic"));

    assertEquals(
        401,
        anonymous()
            .post("networks", network(RUN + " Nope", "LOCAL", "ACTIVE", List.of()))
            .status());
  }

  @Test
  @Order(2)
  void anAdministratorCreatesAccountsThatOthersCannot() {
    String name = "staff-" + RUN;
    Answer created =
        admin()
            .post(
                "users",
                object()
                    .add("username", name)
                    .add("password", "A long passphrase 42")
                    .add("role", "STAFF")
                    .build())
            .expect(201);
    assertTrue(
        created.header("Location").endsWith("/api/users/" + name), created.header("Location"));
    assertEquals("STAFF", created.json().getString("role"));
    assertEquals(200, anonymous().as(name, "A long passphrase 42").get("networks").status());

    Answer taken =
        admin()
            .post(
                "users",
                object()
                    .add("username", name)
                    .add("password", "Another passphrase 7")
                    .add("role", "VIEWER")
                    .build());
    assertEquals(400, taken.status());
    assertNotNull(taken.errorFor("username"), taken.body());

    Answer weak =
        admin()
            .post(
                "users",
                object()
                    .add("username", "x" + RUN)
                    .add("password", "short")
                    .add("role", "CHIEF")
                    .build());
    assertEquals(400, weak.status());
    assertEquals(List.of("role", "password"), weak.errorFields(), weak.body());

    Answer notAdmin =
        staff()
            .post(
                "users",
                object()
                    .add("username", "v" + RUN)
                    .add("password", "A long passphrase 43")
                    .add("role", "ADMIN")
                    .build());
    assertEquals(403, notAdmin.status(), notAdmin.body());
    assertEquals(403, viewer().get("users").status());
  }

  @Test
  @Order(3)
  void staffRecordNetworksAndFindThemByAreaSectorStatusInPagesAndOrder() {
    staff()
        .post("sectors", object().add("code", SECTOR).add("name", "Housing " + RUN).build())
        .expect(201);
    create(network(RUN + " Alpha", "LOCAL", "ACTIVE", List.of("E12000003", "E08000035"), SECTOR));
    create(network(RUN + " Beta", "REGIONAL", "DORMANT", List.of("E12000001"), SECTOR));
    create(network(RUN + " Gamma", "NATIONAL", "EMERGING", List.of("W92000004")));

    Answer first = viewer().get("networks?q=" + RUN + "&size=2").expect(200);
    assertEquals(3, first.json().getInt("total"));
    assertEquals(2, first.json().getInt("size"));
    assertEquals(0, first.json().getInt("page"));
    assertEquals(List.of(RUN + " Alpha", RUN + " Beta"), first.itemStrings("name"));
    Answer second = viewer().get("networks?q=" + RUN + "&size=2&page=1").expect(200);
    assertEquals(List.of(RUN + " Gamma"), second.itemStrings("name"));
    assertEquals(3, second.json().getInt("total"));

    assertEquals(
        List.of(RUN + " Gamma", RUN + " Beta", RUN + " Alpha"),
        viewer().get("networks?q=" + RUN + "&sort=-name").expect(200).itemStrings("name"));
    assertEquals(
        List.of(RUN + " Alpha", RUN + " Gamma", RUN + " Beta"),
        viewer().get("networks?q=" + RUN + "&sort=scope").expect(200).itemStrings("name"));
    assertEquals(
        List.of(RUN + " Beta", RUN + " Gamma", RUN + " Alpha"),
        viewer().get("networks?q=" + RUN + "&sort=scope,desc").expect(200).itemStrings("name"));
    assertEquals(
        List.of(RUN + " Alpha"),
        viewer().get("networks?q=" + RUN + "&area=E12000003").expect(200).itemStrings("name"));
    assertEquals(
        List.of(RUN + " Alpha", RUN + " Beta"),
        viewer().get("networks?q=" + RUN + "&sector=" + SECTOR).expect(200).itemStrings("name"));
    assertEquals(
        List.of(RUN + " Beta"),
        viewer().get("networks?q=" + RUN + "&status=dormant").expect(200).itemStrings("name"));
    assertEquals(
        List.of(RUN + " Gamma"),
        viewer().get("networks?q=" + RUN + "&scope=NATIONAL").expect(200).itemStrings("name"));

    JsonObject alpha = viewer().get("networks?q=" + RUN + "&area=E12000003").items().get(0);
    assertEquals(List.of("E08000035", "E12000003"), strings(alpha, "areas"));
    assertEquals(List.of(SECTOR), strings(alpha, "sectors"));
    assertEquals("ACTIVE", alpha.getJsonObject("lifecycle").getString("status"));

    Answer badStatus = viewer().get("networks?status=ASLEEP");
    assertEquals(400, badStatus.status());
    assertEquals(List.of("status"), badStatus.errorFields());
    assertEquals(List.of("area"), viewer().get("networks?area=nowhere").errorFields());
    assertEquals(List.of("colour"), viewer().get("networks?colour=red").errorFields());
    assertEquals(List.of("size"), viewer().get("networks?size=501").errorFields());
    assertEquals(List.of("page"), viewer().get("networks?page=-1").errorFields());
    assertEquals(List.of("sort"), viewer().get("networks?sort=colour").errorFields());
    assertTrue(viewer().get("networks").expect(200).json().getInt("total") >= 3);
  }

  @Test
  @Order(4)
  void staffReadReplaceAndDeleteANetworkAndEveryChangeIsInItsHistory() {
    long id = create(network(RUN + " Delta", "LOCAL", "ACTIVE", List.of("E12000007"), SECTOR));
    JsonObject read = viewer().get("networks/" + id).expect(200).json();
    assertEquals(RUN + " Delta", read.getString("name"));
    assertEquals(List.of(), read.getJsonArray("relationsTowards"));
    long version = read.getJsonNumber("version").longValue();

    JsonObject changed =
        object()
            .add("version", version)
            .add("name", RUN + " Delta Renamed")
            .add("scope", "REGIONAL")
            .add("areas", array("E12000007"))
            .add("membershipEstimate", 120)
            .add("website", "https://delta.example.org")
            .build();
    Answer replaced = staff().put("networks/" + id, changed).expect(200);
    assertEquals(version + 1, replaced.version());
    JsonObject again = viewer().get("networks/" + id).expect(200).json();
    assertEquals(RUN + " Delta Renamed", again.getString("name"));
    assertEquals("REGIONAL", again.getString("scope"));
    assertEquals(120, again.getInt("membershipEstimate"));
    assertEquals(
        List.of(), strings(again, "sectors"), "PUT replaces: the sectors left out are gone");

    Answer noVersion =
        staff()
            .put(
                "networks/" + id, object().add("name", "No version").add("scope", "LOCAL").build());
    assertEquals(400, noVersion.status());
    assertEquals(List.of("version"), noVersion.errorFields());

    staff().delete("networks/" + id, replaced.version()).expect(204);
    Answer gone = viewer().get("networks/" + id);
    assertEquals(404, gone.status());
    assertEquals(List.of("id"), gone.errorFields());
    assertEquals(404, staff().put("networks/" + id, changed).status());
    assertEquals(404, staff().delete("networks/" + id, replaced.version()).status());

    List<JsonObject> history = viewer().get("networks/" + id + "/history").expect(200).items();
    assertEquals(
        List.of("DELETE", "UPDATE", "CREATE"),
        history.stream().map(e -> e.getString("action")).toList());
    assertTrue(
        history.stream().allMatch(e -> staff().username().equals(e.getString("actor"))),
        history.toString());
    assertTrue(
        history
            .get(1)
            .getString("changes")
            .contains("name: " + RUN + " Delta -> " + RUN + " Delta Renamed"));
  }

  @Test
  @Order(5)
  void invalidInputIsRefusedFieldByFieldAndNothingIsWritten() {
    String marker = RUN + "-refused";
    Answer refused =
        staff()
            .post(
                "networks",
                object()
                    .add("scope", "PLANETARY")
                    .add("areas", array("E12000003", "E1200000X"))
                    .add("sectors", array("NO_SUCH_" + RUN.toUpperCase()))
                    .add("hostOrganisationId", 987654321L)
                    .add("website", "delta.example.org")
                    .add("description", marker)
                    .build());
    assertEquals(400, refused.status());
    assertEquals(
        List.of("scope", "areas", "sectors", "hostOrganisationId", "name", "website").stream()
            .sorted()
            .toList(),
        refused.errorFields().stream().sorted().toList(),
        refused.body());
    assertEquals("Enter the network's name", refused.errorFor("name"));
    assertTrue(refused.errorFor("areas").contains("E1200000X"), refused.errorFor("areas"));
    assertEquals(0, viewer().get("networks?q=" + marker).expect(200).json().getInt("total"));

    Answer closedWithoutDate =
        staff()
            .post(
                "networks",
                object()
                    .add("name", marker)
                    .add("scope", "LOCAL")
                    .add("lifecycle", object().add("status", "CLOSED"))
                    .build());
    assertEquals(400, closedWithoutDate.status());
    assertEquals(
        List.of("lifecycle.closedOn", "lifecycle.closureReason"),
        closedWithoutDate.errorFields().stream().sorted().toList());

    Answer badDate =
        staff()
            .post(
                "networks",
                object()
                    .add("name", marker)
                    .add("scope", "LOCAL")
                    .add("lifecycle", object().add("foundedOn", "2020-13-01"))
                    .build());
    assertEquals(400, badDate.status());
    assertEquals(List.of("lifecycle.foundedOn"), badDate.errorFields(), badDate.body());

    Answer notANumber =
        staff()
            .post(
                "networks",
                "{\"name\":\""
                    + marker
                    + "\",\"scope\":\"LOCAL\",\"membershipEstimate\":\"many\"}");
    assertEquals(400, notANumber.status());
    assertEquals(List.of("membershipEstimate"), notANumber.errorFields(), notANumber.body());

    Answer broken = staff().post("networks", "{\"name\": \"" + marker);
    assertEquals(400, broken.status());
    assertTrue(
        broken
            .json()
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("message")
            .contains("not valid JSON"));

    assertEquals(400, staff().post("networks", "").status());
    assertEquals(0, viewer().get("networks?q=" + marker).expect(200).json().getInt("total"));
  }

  @Test
  @Order(6)
  void viewersReadButCannotWrite() {
    long id = create(network(RUN + " Epsilon", "LOCAL", "ACTIVE", List.of("E12000009")));
    JsonObject read = viewer().get("networks/" + id).expect(200).json();

    Answer post =
        viewer().post("networks", network(RUN + " By a viewer", "LOCAL", "ACTIVE", List.of()));
    assertEquals(403, post.status());
    assertEquals(1, post.json().getJsonArray("errors").size());
    assertEquals(403, viewer().put("networks/" + id, read).status());
    assertEquals(
        403, viewer().delete("networks/" + id, read.getJsonNumber("version").longValue()).status());
    assertEquals(
        403,
        viewer()
            .post(
                "networks/" + id + "/close",
                object()
                    .add("version", read.getJsonNumber("version"))
                    .add("closedOn", "2024-01-31")
                    .add("reason", "No")
                    .build())
            .status());
    assertEquals(
        403,
        viewer()
            .post(
                "sectors", object().add("code", "V_" + RUN.toUpperCase()).add("name", "V").build())
            .status());

    JsonObject after = viewer().get("networks/" + id).expect(200).json();
    assertEquals(read, after);
    assertEquals(
        0, viewer().get("networks?q=" + RUN + "%20By%20a%20viewer").json().getInt("total"));
  }

  @Test
  @Order(7)
  void aChangeMadeOnAStaleVersionIsAConflictAndChangesNothing() {
    long id = create(network(RUN + " Zeta", "LOCAL", "ACTIVE", List.of("E12000002")));
    JsonObject read = staff().get("networks/" + id).expect(200).json();
    long version = read.getJsonNumber("version").longValue();

    JsonObject first = object(read).add("name", RUN + " Zeta by the first").build();
    JsonObject second = object(read).add("name", RUN + " Zeta by the second").build();
    staff().put("networks/" + id, first).expect(200);
    Answer conflict = admin().put("networks/" + id, second);
    assertEquals(409, conflict.status());
    assertEquals(List.of("version"), conflict.errorFields());

    JsonObject now = viewer().get("networks/" + id).expect(200).json();
    assertEquals(RUN + " Zeta by the first", now.getString("name"));
    assertEquals(version + 1, now.getJsonNumber("version").longValue());
  }

  @Test
  @Order(8)
  void relationsAreShownFromBothSides() {
    long hub = create(network(RUN + " Hub", "REGIONAL", "ACTIVE", List.of("E12000004")));
    JsonObject member =
        object(network(RUN + " Member", "LOCAL", "ACTIVE", List.of("E12000004")))
            .add("relations", array(object().add("type", "MEMBER_OF").add("networkId", hub)))
            .build();
    long memberId = create(member);

    JsonObject hubRead = viewer().get("networks/" + hub).expect(200).json();
    assertEquals(
        List.of(object().add("type", "MEMBER_OF").add("networkId", memberId).build()),
        hubRead.getJsonArray("relationsTowards"));
    JsonObject metrics = hubRead.getJsonObject("metrics");
    assertEquals(1, metrics.getInt("degree"), "its place in the network of networks: " + metrics);
    assertEquals(1, metrics.getInt("reach"));
    assertEquals(0.0, metrics.getJsonNumber("betweenness").doubleValue(), 1e-9);
    assertEquals(1.0, metrics.getJsonNumber("closeness").doubleValue(), 1e-9);
    assertTrue(metrics.getBoolean("measured"));
    JsonObject memberRead = viewer().get("networks/" + memberId).expect(200).json();
    assertEquals(1, memberRead.getJsonArray("relations").size());

    Answer unknownType =
        staff()
            .put(
                "networks/" + memberId,
                object(memberRead)
                    .add(
                        "relations", array(object().add("type", "FRIEND_OF").add("networkId", hub)))
                    .build());
    assertEquals(List.of("relations[0].type"), unknownType.errorFields(), unknownType.body());
    Answer toItself =
        staff()
            .put(
                "networks/" + memberId,
                object(memberRead)
                    .add(
                        "relations",
                        array(object().add("type", "AFFILIATED_WITH").add("networkId", memberId)))
                    .build());
    assertEquals(List.of("relations"), toItself.errorFields(), toItself.body());

    staff()
        .put("networks/" + memberId, object(memberRead).add("relations", array()).build())
        .expect(200);
    JsonObject alone = viewer().get("networks/" + hub).json();
    assertEquals(List.of(), alone.getJsonArray("relationsTowards"));
    assertEquals(0, alone.getJsonObject("metrics").getInt("degree"), "measured again");
    assertEquals(0, alone.getJsonObject("metrics").getInt("reach"));
  }

  @Test
  @Order(9)
  void closingWithOneInvalidLessonWritesNothingAndAValidClosingWritesItAll() {
    staff()
        .post("themes", object().add("code", THEME).add("name", "Lessons " + RUN).build())
        .expect(201);
    long closing =
        create(network(RUN + " Closing", "LOCAL", "ACTIVE", List.of("E12000005"), SECTOR));
    long successor = create(network(RUN + " Successor", "LOCAL", "ACTIVE", List.of("E12000005")));
    long version = viewer().get("networks/" + closing).version();
    String today = LocalDate.now().toString();

    Answer blankLesson =
        staff()
            .post(
                "networks/" + closing + "/close",
                closing(
                    version,
                    today,
                    successor,
                    lesson("Keep the minutes somewhere public", THEME),
                    lesson("  ", THEME)));
    assertEquals(400, blankLesson.status());
    assertEquals(List.of("lessons[1].text"), blankLesson.errorFields(), blankLesson.body());
    Answer unknownTheme =
        staff()
            .post(
                "networks/" + closing + "/close",
                closing(
                    version,
                    today,
                    successor,
                    lesson("Pay people for their time", "NO_THEME_" + RUN.toUpperCase())));
    assertEquals(List.of("lessons[0].theme"), unknownTheme.errorFields(), unknownTheme.body());
    Answer noReason =
        staff()
            .post(
                "networks/" + closing + "/close",
                object().add("version", version).add("closedOn", today).build());
    assertEquals(List.of("reason"), noReason.errorFields(), noReason.body());
    Answer unknownSuccessor =
        staff().post("networks/" + closing + "/close", closing(version, today, 987654321L));
    assertEquals(List.of("successorId"), unknownSuccessor.errorFields(), unknownSuccessor.body());

    JsonObject untouched = viewer().get("networks/" + closing).expect(200).json();
    assertEquals("ACTIVE", untouched.getJsonObject("lifecycle").getString("status"));
    assertEquals(version, untouched.getJsonNumber("version").longValue());
    assertEquals(0, viewer().get("insights?network=" + closing).expect(200).json().getInt("total"));
    assertEquals(
        List.of("CREATE"),
        viewer().get("networks/" + closing + "/history").items().stream()
            .map(e -> e.getString("action"))
            .toList());

    Answer stale =
        staff()
            .post(
                "networks/" + closing + "/close",
                closing(version - 1, today, successor, lesson("Late", THEME)));
    assertEquals(409, stale.status());

    JsonObject closed =
        staff()
            .post(
                "networks/" + closing + "/close",
                closing(
                    version,
                    today,
                    successor,
                    lesson("Keep the minutes somewhere public", THEME),
                    lesson("Pay people for their time", THEME)))
            .expect(200)
            .json();
    assertEquals("CLOSED", closed.getJsonObject("lifecycle").getString("status"));
    assertEquals(today, closed.getJsonObject("lifecycle").getString("closedOn"));
    assertEquals(successor, closed.getJsonNumber("successorId").longValue());
    assertTrue(
        closed
            .getJsonArray("relations")
            .contains(object().add("type", "SUCCEEDED_BY").add("networkId", successor).build()),
        closed.toString());

    Answer lessons = viewer().get("insights?network=" + closing + "&sort=source").expect(200);
    assertEquals(2, lessons.json().getInt("total"));
    assertTrue(lessons.items().stream().allMatch(i -> THEME.equals(i.getString("theme"))));
    assertEquals(List.of("E12000005"), strings(lessons.items().get(0), "areas"));
    assertTrue(
        viewer()
            .get("networks/" + successor)
            .json()
            .getJsonArray("relationsTowards")
            .contains(object().add("type", "SUCCEEDED_BY").add("networkId", closing).build()));

    long closedVersion = closed.getJsonNumber("version").longValue();
    Answer twice =
        staff().post("networks/" + closing + "/close", closing(closedVersion, today, null));
    assertEquals(List.of("lifecycle.status"), twice.errorFields(), twice.body());
    JsonObject reopened =
        object(closed)
            .add("lifecycle", object().add("status", "ACTIVE").add("foundedOn", "2019-04-01"))
            .add("successorId", JsonValue.NULL)
            .build();
    Answer reopen = staff().put("networks/" + closing, reopened);
    assertEquals(List.of("lifecycle.status"), reopen.errorFields(), reopen.body());
  }

  private static JsonObject closing(
      long version, String on, Long successor, JsonObject... lessons) {
    var closing =
        object()
            .add("version", version)
            .add("closedOn", on)
            .add("reason", "The funding ended (" + RUN + ")");
    if (successor != null) {
      closing.add("successorId", successor);
    }
    return closing.add("lessons", array((Object[]) lessons)).build();
  }

  private static JsonObject lesson(String text, String theme) {
    return object().add("text", text).add("theme", theme).build();
  }
}
