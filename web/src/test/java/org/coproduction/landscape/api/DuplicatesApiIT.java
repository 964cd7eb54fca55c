package org.coproduction.landscape.api;

import static org.coproduction.landscape.testing.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Api.Answer;
import org.coproduction.landscape.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The likely duplicates as staff and scripts ask for them: one funder entered twice with its name
 * written two ways is paired with both records' ids and versions; on PostgreSQL, names that are
 * merely alike are paired above the similarity asked for; two people with one e-mail address are
 * paired; a similarity that cannot be used is refused by name; viewers and strangers are refused. A
 * pair merged: what named the merged record names the kept one, the merged record's address leads
 * there, and a stale, partial or self merge is refused with nothing merged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuplicatesApiIT {

  /** Names beginning with digits sort first, ahead of the record's other pairs. */
  private static final String RUN = "00 " + Api.uniqueToken();

  @ArquillianResource private URL url;

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  @Test
  void oneFunderEnteredTwiceIsPairedWithBothVersions() {
    Api admin = Api.at(url).asAdmin();
    Api staff = admin.newAccount("STAFF");
    long first = organisation(staff, "The " + RUN + " Community Trust & Partners Ltd.");
    long second = organisation(staff, RUN + " community trust and partners");
    long alike = organisation(staff, RUN + " Comunity Trust and Partner");
    organisation(staff, RUN + " Housing Association");

    Answer answer = staff.get("organisations/duplicates?similarity=0.6").expect(200);
    JsonObject found = answer.json();
    assertEquals(0.6, found.getJsonNumber("similarity").doubleValue());
    JsonObject pair = pairOf(found, first, second).orElseThrow(() -> new AssertionError(found));
    assertEquals("SAME_NAME", pair.getString("reason"));
    assertEquals(1.0, pair.getJsonNumber("similarity").doubleValue());
    assertTrue(pair.getJsonObject("a").containsKey("version"), "the version a merge needs");
    assertEquals("/api/organisations/" + first, pair.getJsonObject("a").getString("href"));
    assertTrue(
        found.getJsonArray("pairs").getValuesAs(JsonObject.class).stream()
            .noneMatch(p -> p.toString().contains("Housing Association")),
        "a different name is not paired");
    if (found.getBoolean("comparesSimilarNames")) {
      JsonObject similar =
          pairOf(found, second, alike)
              .or(() -> pairOf(found, first, alike))
              .orElseThrow(() -> new AssertionError(found));
      assertEquals("SIMILAR_NAME", similar.getString("reason"));
      double s = similar.getJsonNumber("similarity").doubleValue();
      assertTrue(s >= 0.6 && s < 1, similar.toString());
      JsonObject strict = staff.get("organisations/duplicates?similarity=0.99").expect(200).json();
      assertTrue(pairOf(strict, second, alike).isEmpty(), "not alike enough at 0.99");
      assertTrue(pairOf(strict, first, second).isPresent());
    }

    for (String refused : List.of("0.1", "1.5", "many", "NaN")) {
      Answer bad = staff.get("organisations/duplicates?similarity=" + refused);
      assertEquals(400, bad.status(), refused + ": " + bad.body());
      assertEquals(List.of("similarity"), bad.errorFields(), bad.body());
    }
    Api viewer = admin.newAccount("VIEWER");
    assertEquals(403, viewer.get("organisations/duplicates").status());
    assertEquals(403, viewer.get("people/duplicates").status());
    assertEquals(401, Api.at(url).get("organisations/duplicates").status());
  }

  @Test
  void twoPeopleWithOneEmailAddressArePaired() {
    Api staff = Api.at(url).asAdmin().newAccount("STAFF");
    String email = RUN.replace(" ", "").toLowerCase(Locale.ROOT) + "@example.org";
    long ann = person(staff, "Ann " + RUN, email);
    long annJones = person(staff, "Ann Jones " + RUN, email.toUpperCase(Locale.ROOT));
    JsonObject found = staff.get("people/duplicates").expect(200).json();
    JsonObject pair = pairOf(found, ann, annJones).orElseThrow(() -> new AssertionError(found));
    assertEquals("SAME_EMAIL", pair.getString("reason"));
    assertEquals(email, pair.getJsonObject("a").getString("email"));
  }

  @Test
  void oneFunderMergedIntoTheOtherTakesItsNetworksPeopleAndAddress() {
    Api admin = Api.at(url).asAdmin();
    Api staff = admin.newAccount("STAFF");
    long twin = organisation(staff, RUN + " Merge Fund");
    long kept = organisation(staff, "The " + RUN + " Merge Fund Ltd");
    JsonObject twinRecord =
        staff
            .put(
                "organisations/" + twin,
                object(staff.get("organisations/" + twin).expect(200).json())
                    .add("identifiers", Api.array("GB-CHC-" + (4_000_000 + (twin % 999_999))))
                    .add("website", "https://merge-fund.example.org")
                    .build())
            .expect(200)
            .json();
    long network =
        staff
            .post(
                "networks",
                object()
                    .add("name", RUN + " merge circle")
                    .add("scope", "LOCAL")
                    .add("areas", Api.array("E12000003"))
                    .add("hostOrganisationId", twin)
                    .build())
            .expect(201)
            .id();
    long person =
        staff
            .post(
                "people",
                object()
                    .add("name", "Merge Person " + RUN)
                    .add("organisationId", twin)
                    .add(
                        "lawfulBasis",
                        object()
                            .add("basis", "CONSENT")
                            .add("source", "Sign-up form")
                            .add("recordedOn", "2021-01-05"))
                    .build())
            .expect(201)
            .id();
    JsonObject pair =
        pairOf(staff.get("organisations/duplicates").expect(200).json(), twin, kept).orElseThrow();
    long twinVersion = twinRecord.getJsonNumber("version").longValue();
    long keptVersion = side(pair, kept).getJsonNumber("version").longValue();

    // Refused, with nothing merged.
    Answer partial = staff.post("organisations/" + twin + "/merge", object().build());
    assertEquals(400, partial.status(), partial.body());
    assertEquals(
        List.of("into", "intoVersion", "version"),
        partial.errorFields().stream().sorted().toList());
    Answer itself =
        staff.post("organisations/" + twin + "/merge", merge(twin, twinVersion, twinVersion));
    assertEquals(400, itself.status(), itself.body());
    assertEquals(List.of("into"), itself.errorFields());
    Answer stale =
        staff.post("organisations/" + twin + "/merge", merge(kept, twinVersion - 1, keptVersion));
    assertEquals(409, stale.status(), stale.body());
    Answer staleKept =
        staff.post("organisations/" + twin + "/merge", merge(kept, twinVersion, keptVersion + 1));
    assertEquals(409, staleKept.status(), staleKept.body());
    Api viewer = admin.newAccount("VIEWER");
    assertEquals(
        403,
        viewer
            .post("organisations/" + twin + "/merge", merge(kept, twinVersion, keptVersion))
            .status());
    assertEquals(
        404, staff.post("organisations/987654321/merge", merge(kept, 1, keptVersion)).status());
    assertEquals(
        twin,
        staff
            .get("networks/" + network)
            .expect(200)
            .json()
            .getJsonNumber("hostOrganisationId")
            .longValue());

    JsonObject merged =
        staff
            .post("organisations/" + twin + "/merge", merge(kept, twinVersion, keptVersion))
            .expect(200)
            .json();
    assertEquals(kept, merged.getJsonNumber("id").longValue());
    assertEquals("The " + RUN + " Merge Fund Ltd", merged.getString("name"));
    assertEquals(Api.strings(twinRecord, "identifiers"), Api.strings(merged, "identifiers"));
    assertEquals("https://merge-fund.example.org", merged.getString("website"));
    assertEquals(
        merged.getJsonNumber("version").longValue(),
        staff.get("organisations/" + kept).expect(200).version(),
        "the answer is the kept record as it now stands");
    assertEquals(
        kept,
        staff
            .get("networks/" + network)
            .expect(200)
            .json()
            .getJsonNumber("hostOrganisationId")
            .longValue());
    assertEquals(
        kept,
        admin
            .get("people/" + person)
            .expect(200)
            .json()
            .getJsonNumber("organisationId")
            .longValue());

    Answer moved = viewer.get("organisations/" + twin);
    assertEquals(301, moved.status(), moved.body());
    assertTrue(
        moved.header("Location").endsWith("/api/organisations/" + kept), moved.header("Location"));
    Answer changeOfMerged =
        staff.put("organisations/" + twin, object(twinRecord).add("name", "Changed").build());
    assertEquals(404, changeOfMerged.status(), "a change is not applied to another record unseen");
    assertTrue(changeOfMerged.header("Location").endsWith("/api/organisations/" + kept));
    Answer again =
        staff.post("organisations/" + twin + "/merge", merge(kept, twinVersion, keptVersion + 1));
    assertTrue(again.status() == 301 || again.status() == 404, again.body());

    JsonObject entry = staff.get("organisations/" + kept + "/history").expect(200).items().get(0);
    assertEquals("MERGE", entry.getString("action"));
    assertTrue(
        entry.toString().contains("1 network hosted") && entry.toString().contains("1 person"),
        entry.toString());
    assertTrue(
        pairOf(staff.get("organisations/duplicates").expect(200).json(), twin, kept).isEmpty(),
        "the pair is gone");
  }

  @Test
  void onePersonMergedIntoTheOtherLeavesTheirAddressLeadingThere() {
    Api staff = Api.at(url).asAdmin().newAccount("STAFF");
    String email = "merge." + RUN.replace(" ", "").toLowerCase(Locale.ROOT) + "@example.org";
    long twin = person(staff, "Tomos " + RUN, email);
    long kept = person(staff, "Tom " + RUN, email.toUpperCase(Locale.ROOT));
    JsonObject pair =
        pairOf(staff.get("people/duplicates").expect(200).json(), twin, kept).orElseThrow();
    JsonObject merged =
        staff
            .post(
                "people/" + twin + "/merge",
                merge(
                    kept,
                    side(pair, twin).getJsonNumber("version").longValue(),
                    side(pair, kept).getJsonNumber("version").longValue()))
            .expect(200)
            .json();
    assertEquals("Tom " + RUN, merged.getString("name"));
    Answer moved = staff.get("people/" + twin);
    assertEquals(301, moved.status());
    assertTrue(moved.header("Location").endsWith("/api/people/" + kept));
    assertEquals(404, staff.get("people/" + (kept + 987654321L)).status());
  }

  private static JsonObject merge(long into, long version, long intoVersion) {
    return object()
        .add("into", into)
        .add("version", version)
        .add("intoVersion", intoVersion)
        .build();
  }

  private static JsonObject side(JsonObject pair, long id) {
    return pair.getJsonObject("a").getJsonNumber("id").longValue() == id
        ? pair.getJsonObject("a")
        : pair.getJsonObject("b");
  }

  private static Optional<JsonObject> pairOf(JsonObject found, long a, long b) {
    return found.getJsonArray("pairs").getValuesAs(JsonObject.class).stream()
        .filter(
            p ->
                p.getJsonObject("a").getJsonNumber("id").longValue() == Math.min(a, b)
                    && p.getJsonObject("b").getJsonNumber("id").longValue() == Math.max(a, b))
        .findFirst();
  }

  private static long organisation(Api as, String name) {
    return as.post("organisations", object().add("name", name).add("type", "FUNDER").build())
        .expect(201)
        .id();
  }

  private static long person(Api as, String name, String email) {
    return as.post(
            "people",
            object()
                .add("name", name)
                .add("email", email)
                .add(
                    "lawfulBasis",
                    object()
                        .add("basis", "CONSENT")
                        .add("source", "Sign-up form")
                        .add("recordedOn", "2021-01-05"))
                .build())
        .expect(201)
        .id();
  }
}
