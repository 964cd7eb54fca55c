package org.coproduction.landscape.api;

import static org.coproduction.landscape.testing.Api.array;
import static org.coproduction.landscape.testing.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Saved searches as scripts use them: a search is saved with a list's filters and answered with the
 * number of records the list counts now, which follows the record as it changes; its owner sees it,
 * everyone sees a shared one, nobody else a private one; its list and downloads are at the
 * addresses it gives; a name used twice, a list that does not exist and a filter the list does not
 * know are refused by name; only administrators search the people; only the owner (or an
 * administrator, for a shared one) deletes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SavedSearchesApiIT {

  private static final String RUN = Api.uniqueToken();

  @ArquillianResource private URL url;

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  @Test
  void aSearchIsSavedCountedLiveSharedAndDownloaded() {
    Api admin = Api.at(url).asAdmin();
    Api staff = admin.newAccount("STAFF");
    Api other = admin.newAccount("VIEWER");
    network(staff, RUN + " Leeds forum", "E12000003");
    network(staff, RUN + " York circle", "E12000003");
    network(staff, RUN + " Hull panel", "E12000004");
    String query = "q=" + URLEncoder.encode(RUN, StandardCharsets.UTF_8) + "&area=E12000003";

    Answer saved =
        staff.post(
            "searches",
            object()
                .add("name", RUN + " Yorkshire")
                .add("kind", "networks")
                .add("query", query + "&sort=-name")
                .add("shared", true)
                .build());
    saved.expect(201);
    JsonObject s = saved.json();
    assertEquals(2, s.getInt("count"), "the list counts the two networks in Yorkshire");
    assertTrue(saved.header("Location").endsWith("/searches/" + s.getJsonNumber("id")));
    assertEquals("networks", s.getString("kind"));
    assertTrue(s.getBoolean("mine"));
    assertEquals(
        List.of(RUN + " York circle", RUN + " Leeds forum"),
        staff.get(s.getString("list").substring("/api/".length())).expect(200).itemStrings("name"),
        "its list, in its order");
    HttpResponse<byte[]> csv = staff.download(s.getString("csv").substring("/api/".length()));
    assertEquals(200, csv.statusCode());
    assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains(RUN + " York circle"));

    staff
        .post(
            "searches",
            object()
                .add("name", RUN + " mine alone")
                .add("kind", "networks")
                .add("query", query)
                .add("shared", false)
                .build())
        .expect(201);

    network(staff, RUN + " Sheffield forum", "E12000003");
    Optional<JsonObject> seen = find(other, RUN + " Yorkshire");
    assertTrue(seen.isPresent(), "a shared search is seen by everyone");
    assertEquals(3, seen.get().getInt("count"), "counted now: the new network is in");
    assertFalse(seen.get().getBoolean("mine"));
    assertEquals(staff.username(), seen.get().getString("owner"));
    assertTrue(find(other, RUN + " mine alone").isEmpty(), "a private search is its owner's");
    assertTrue(find(staff, RUN + " mine alone").isPresent());
  }

  @Test
  void whatCannotBeSavedIsRefusedByNameAndOnlyTheOwnerDeletes() {
    Api admin = Api.at(url).asAdmin();
    Api staff = admin.newAccount("STAFF");
    Api viewer = admin.newAccount("VIEWER");
    String name = RUN + " refusals";
    long id =
        staff
            .post("searches", search(name, "grants", "status=AWARDED", true))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();
    long mine =
        staff
            .post("searches", search(name + " private", "grants", "", false))
            .expect(201)
            .json()
            .getJsonNumber("id")
            .longValue();

    refused(staff.post("searches", search(name.toUpperCase(), "grants", "", false)), "name");
    refused(staff.post("searches", search(" ", "grants", "", false)), "name");
    refused(staff.post("searches", search("x".repeat(101), "grants", "", false)), "name");
    refused(staff.post("searches", search(RUN + " spaceships", "spaceships", "", false)), "kind");
    refused(
        staff.post("searches", search(RUN + " colours", "networks", "colour=red", false)), "query");
    refused(
        staff.post("searches", search(RUN + " sorted", "networks", "sort=colour", false)), "query");
    refused(
        staff.post("searches", search(RUN + " lost", "grants", "status=LOST_AT_SEA", false)),
        "query");
    assertEquals(
        403,
        viewer.post("searches", search(RUN + " people", "people", "", false)).status(),
        "the people are searched by administrators only");
    admin.post("searches", search(RUN + " people", "people", "", false)).expect(201);

    assertEquals(403, viewer.delete("searches/" + id).status(), "another's shared search");
    assertEquals(404, viewer.delete("searches/" + mine).status(), "another's private search");
    assertEquals(404, viewer.delete("searches/999999999").status());
    assertEquals(204, staff.delete("searches/" + mine).status());
    assertEquals(204, admin.delete("searches/" + id).status(), "an administrator tidies up");
    assertTrue(find(staff, name).isEmpty());
    assertEquals(401, Api.at(url).get("searches").status());
  }

  private static void refused(Answer answer, String field) {
    assertEquals(400, answer.status(), answer.body());
    assertEquals(List.of(field), answer.errorFields(), answer.body());
  }

  private static JsonObject search(String name, String kind, String query, boolean shared) {
    return object()
        .add("name", name)
        .add("kind", kind)
        .add("query", query)
        .add("shared", shared)
        .build();
  }

  private static Optional<JsonObject> find(Api as, String name) {
    return as.get("searches").expect(200).array().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("name").equals(name))
        .findFirst();
  }

  private static void network(Api as, String name, String area) {
    as.post(
            "networks",
            object().add("name", name).add("scope", "LOCAL").add("areas", array(area)).build())
        .expect(201);
  }
}
