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
 * paired; a similarity that cannot be used is refused by name; viewers and strangers are refused.
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
