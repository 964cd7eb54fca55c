package org.coproduction.landscape.api;

import static org.coproduction.landscape.testing.Api.array;
import static org.coproduction.landscape.testing.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
 * Events in places and in series, as a script sees them: an event keeps the areas it served and is
 * found by area, the landscape's figures count it in its nation or region, an event names the
 * earlier one it follows on from and the later ones that follow on from it, a series that would go
 * round is refused by name, and the list's download carries both.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventPlacesApiIT {

  private static final String RUN = Api.uniqueToken();

  private static final String WALES = "W92000004";

  @ArquillianResource private URL url;

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  @Test
  void anEventIsPlacedCountedAndShownInItsSeries() throws Exception {
    Api admin = Api.at(url).asAdmin();
    Api staff = admin.newAccount("STAFF");
    Api viewer = admin.newAccount("VIEWER");
    long walesBefore = eventsIn(viewer.get("figures").expect(200).json(), WALES);

    long first =
        staff
            .post("events", event(RUN + " Cardiff roundtable", "2026-02-10T10:00:00", null, WALES))
            .expect(201)
            .id();
    long second =
        staff
            .post(
                "events",
                event(RUN + " Camden follow-up", "2026-03-10T10:00:00", first, "E09000007"))
            .expect(201)
            .id();

    JsonObject earlier = viewer.get("events/" + first).expect(200).json();
    assertEquals(List.of(WALES), Api.strings(earlier, "areas"));
    assertEquals(
        List.of(second),
        earlier.getJsonArray("followedByIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
            .map(jakarta.json.JsonNumber::longValue)
            .toList(),
        "the earlier event names its follow-up");
    JsonObject later = viewer.get("events/" + second).expect(200).json();
    assertEquals(first, later.getJsonNumber("followsOnId").longValue());
    assertEquals(List.of("E09000007"), Api.strings(later, "areas"));

    assertEquals(
        List.of(RUN + " Cardiff roundtable"),
        viewer.get("events?q=" + RUN + "&area=" + WALES).expect(200).itemStrings("title"));
    assertEquals(
        walesBefore + 1, eventsIn(viewer.get("figures").expect(200).json(), WALES), "Wales");

    HttpResponse<byte[]> csv = viewer.download("events/export.csv?q=" + RUN + "&sort=startsAt");
    assertEquals(200, csv.statusCode());
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .build()
            .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8).substring(1)))
            .getRecords();
    assertEquals(2, rows.size());
    assertEquals(WALES, rows.get(0).get("Area codes"));
    assertEquals("Wales", rows.get(0).get("Areas"));
    assertEquals(RUN + " Camden follow-up", rows.get(0).get("Followed by"));
    assertEquals(RUN + " Cardiff roundtable", rows.get(1).get("Follows on from"));
  }

  @Test
  void aSeriesThatWouldGoRoundAndAnAreaThatIsNoCodeAreRefusedByName() {
    Api staff = Api.at(url).asAdmin().newAccount("STAFF");
    String run = Api.uniqueToken();
    long first =
        staff
            .post("events", event(run + " First", "2026-02-01T10:00:00", null, WALES))
            .expect(201)
            .id();
    long second =
        staff
            .post("events", event(run + " Second", "2026-02-08T10:00:00", first, WALES))
            .expect(201)
            .id();
    JsonObject earlier = staff.get("events/" + first).expect(200).json();
    Answer round = staff.put("events/" + first, object(earlier).add("followsOnId", second).build());
    assertEquals(400, round.status(), round.body());
    assertEquals(List.of("followsOnId"), round.errorFields(), round.body());
    assertTrue(round.errorFor("followsOnId").contains("its own follow-ups"), round.body());
    JsonObject unchanged = staff.get("events/" + first).expect(200).json();
    assertTrue(
        !unchanged.containsKey("followsOnId") || unchanged.isNull("followsOnId"),
        "nothing was written: " + unchanged);

    Answer notACode =
        staff.post("events", event(run + " Nowhere", "2026-02-01T10:00:00", null, "Cardiff"));
    assertEquals(400, notACode.status(), notACode.body());
    assertEquals(List.of("areas"), notACode.errorFields(), notACode.body());
    Answer badFilter = staff.get("events?area=Cardiff");
    assertEquals(400, badFilter.status(), badFilter.body());
    assertEquals(List.of("area"), badFilter.errorFields(), badFilter.body());
  }

  private static long eventsIn(JsonObject figures, String gss) {
    return figures.getJsonArray("eventsByArea").getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("gss").equals(gss))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("events")
        .longValue();
  }

  private static JsonObject event(String title, String startsAt, Long followsOn, String area) {
    var e =
        object()
            .add("title", title)
            .add("type", "ROUNDTABLE")
            .add("startsAt", startsAt)
            .add("online", false)
            .add("venue", "Town hall")
            .add("areas", array(area));
    if (followsOn != null) {
      e.add("followsOnId", followsOn);
    }
    return e.build();
  }
}
