package org.coproduction.landscape.api;

import static org.coproduction.landscape.testing.Api.array;
import static org.coproduction.landscape.testing.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.coproduction.landscape.quality.QualityCheck;
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
 * The data quality checks as a script reads them: only for those signed in; a grant recorded with
 * an amount of 0 and what looks like an e-mail address in its description is counted by both checks
 * and listed by each with the address of its record; a well-kept grant is listed by neither; a
 * made-up check or list size is refused by name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityApiIT {

  private static final String RUN = Api.uniqueToken();

  @ArquillianResource private URL url;

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  @Test
  void strangersAreAskedToSignIn() {
    assertEquals(401, Api.at(url).get("quality").status());
    assertEquals(401, Api.at(url).get("quality/zero-amount").status());
  }

  @Test
  void aViewerSeesEveryCheckAndTheGrantsEachFinds() {
    Api admin = Api.at(url).asAdmin();
    Api staff = admin.newAccount("STAFF");
    Api viewer = admin.newAccount("VIEWER");
    JsonObject before = viewer.get("quality").expect(200).json();
    List<JsonObject> checks = before.getJsonArray("checks").getValuesAs(JsonObject.class);
    assertEquals(
        List.of(QualityCheck.values()).stream().map(QualityCheck::id).toList(),
        checks.stream().map(c -> c.getString("id")).toList(),
        "every check, in its order");
    for (JsonObject c : checks) {
      assertFalse(c.getString("title").isBlank());
      assertFalse(c.getString("meaning").isBlank());
      assertTrue(List.of("QUALITY", "USEFULNESS").contains(c.getString("kind")), c.toString());
    }

    long funder = organisation(staff, RUN + " Quality Fund", "FUNDER");
    long recipient = organisation(staff, RUN + " Quality Charity", "CHARITY");
    long programme =
        staff
            .post(
                "programmes",
                object().add("title", RUN + " Quality awards").add("funderId", funder).build())
            .expect(201)
            .id();
    String faulty = "360G-QUALITY-" + RUN + "-faulty";
    String kept = "360G-QUALITY-" + RUN + "-kept";
    staff
        .post(
            "grants",
            grant(faulty, funder, recipient, programme, "0", "Write to ada@example.org to apply"))
        .expect(201);
    staff
        .post("grants", grant(kept, funder, recipient, programme, "5000", "A year of meetings"))
        .expect(201);

    JsonObject after = viewer.get("quality").expect(200).json();
    for (String id : List.of("zero-amount", "email-in-text")) {
      assertEquals(grants(before, id) + 1, grants(after, id), id + " counts the faulty grant");
      JsonObject failing = viewer.get("quality/" + id + "?size=1000").expect(200).json();
      assertEquals(id, failing.getJsonObject("check").getString("id"));
      List<JsonObject> listed = failing.getJsonArray("grants").getValuesAs(JsonObject.class);
      JsonObject found =
          listed.stream()
              .filter(g -> g.getString("identifier").equals(faulty))
              .findFirst()
              .orElseThrow(() -> new AssertionError(id + " lists " + faulty + ": " + listed));
      assertTrue(
          found.getString("href").matches("/api/grants/\\d+"), "the record's address: " + found);
      viewer.get(found.getString("href").substring("/api/".length())).expect(200);
      assertTrue(
          listed.stream().noneMatch(g -> g.getString("identifier").equals(kept)),
          id + " leaves the well-kept grant alone");
    }
    JsonObject one = viewer.get("quality/zero-amount?size=1").expect(200).json();
    assertEquals(1, one.getJsonArray("grants").size(), "size caps the list");
  }

  @Test
  void aMadeUpCheckOrListSizeIsRefusedByName() {
    Api viewer = Api.at(url).asAdmin().newAccount("VIEWER");
    Answer unknown = viewer.get("quality/no-such-check");
    assertEquals(404, unknown.status(), unknown.body());
    for (String size : List.of("0", "1001", "ten", "-1")) {
      Answer refused = viewer.get("quality/zero-amount?size=" + size);
      assertEquals(400, refused.status(), size + ": " + refused.body());
      assertEquals(List.of("size"), refused.errorFields(), refused.body());
    }
  }

  private static long grants(JsonObject quality, String id) {
    return quality.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("id").equals(id))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("grants")
        .longValue();
  }

  private static JsonObject grant(
      String identifier,
      long funder,
      long recipient,
      long programme,
      String amount,
      String description) {
    return object()
        .add("identifier", identifier)
        .add("title", "Quality " + identifier)
        .add("description", description)
        .add("amountAwarded", amount)
        .add("awardDate", "2024-06-01")
        .add("status", "AWARDED")
        .add("funderId", funder)
        .add("programmeId", programme)
        .add("recipientOrganisationId", recipient)
        .add("beneficiaryAreas", array("W92000004"))
        .build();
  }

  private static long organisation(Api as, String name, String type) {
    return as.post(
            "organisations",
            object()
                .add("name", name)
                .add("type", type)
                .add("area", "W92000004")
                .add("roles", type.equals("FUNDER") ? array("FUNDER") : array())
                .add(
                    "identifiers",
                    array("GB-CHC-" + (1000000 + Math.abs(name.hashCode() % 8999999))))
                .build())
        .expect(201)
        .id();
  }
}
