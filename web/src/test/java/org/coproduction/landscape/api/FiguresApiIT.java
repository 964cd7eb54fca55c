package org.coproduction.landscape.api;

import static org.coproduction.landscape.testing.Api.array;
import static org.coproduction.landscape.testing.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduction.landscape.dashboard.LandscapeFigure;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.reports.Population;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The landscape's key figures as a script reads them: only for those signed in, each money figure
 * with the name and meaning the dashboard and documents give it, networks counted in the area their
 * codes fall in, the gaps a new sector opens and London's share.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FiguresApiIT {

  private static final String RUN = Api.uniqueToken();

  @ArquillianResource private URL url;

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  @Test
  void strangersAreAskedToSignIn() {
    assertEquals(401, Api.at(url).get("figures").status());
  }

  @Test
  void aViewerReadsTheFiguresByTheirOneDefinition() {
    Api admin = Api.at(url).asAdmin();
    Api viewer = admin.newAccount("VIEWER");
    JsonObject before = viewer.get("figures").expect(200).json();

    List<JsonObject> funding = before.getJsonArray("funding").getValuesAs(JsonObject.class);
    assertEquals(LandscapeFigure.values().length, funding.size());
    for (LandscapeFigure f : LandscapeFigure.values()) {
      JsonObject shown = funding.get(f.ordinal());
      assertEquals(f.name(), shown.getString("id"));
      assertEquals(f.label(), shown.getString("label"));
      assertEquals(f.definition(), shown.getString("definition"));
    }
    assertEquals(
        Area.ukTable().stream().map(Area::gssCode).toList(),
        before.getJsonArray("activeNetworksByArea").getValuesAs(JsonObject.class).stream()
            .map(a -> a.getString("gss"))
            .toList(),
        "the twelve areas of a UK table, in their order");

    // A new sector is a gap in each of the twelve areas until a network works in it. A network in
    // a London borough counts for London; a dormant one counts nowhere on the map.
    Api staff = admin.newAccount("STAFF");
    String sector = "FIGURES_" + RUN.toUpperCase(java.util.Locale.ROOT);
    staff
        .post("sectors", object().add("code", sector).add("name", "Figures " + RUN).build())
        .expect(201);
    staff.post("networks", network("Camden co-production " + RUN, "ACTIVE", sector)).expect(201);
    staff.post("networks", network("Camden dormant " + RUN, "DORMANT", sector)).expect(201);
    JsonObject after = viewer.get("figures").expect(200).json();

    JsonObject gapsBefore = before.getJsonObject("gaps");
    JsonObject gapsAfter = after.getJsonObject("gaps");
    assertEquals(
        gapsBefore.getJsonNumber("cells").longValue() + 12,
        gapsAfter.getJsonNumber("cells").longValue());
    assertEquals(
        gapsBefore.getJsonNumber("gaps").longValue() + 11,
        gapsAfter.getJsonNumber("gaps").longValue(),
        "the new sector is a gap everywhere but London");
    JsonObject london = after.getJsonObject("londonShare");
    assertEquals(Population.londonShare(), london.getJsonNumber("population").doubleValue(), 1e-9);
    assertTrue(london.getJsonNumber("activeNetworks").doubleValue() > 0, london.toString());

    assertEquals(
        byArea(before).get(Area.LONDON.gssCode()) + 1, byArea(after).get(Area.LONDON.gssCode()));
    assertEquals(
        byArea(before).get(Area.NORTH_EAST.gssCode()),
        byArea(after).get(Area.NORTH_EAST.gssCode()));
    JsonObject statusBefore = before.getJsonObject("networksByStatus");
    JsonObject statusAfter = after.getJsonObject("networksByStatus");
    assertEquals(
        statusBefore.getJsonNumber("ACTIVE").longValue() + 1,
        statusAfter.getJsonNumber("ACTIVE").longValue());
    assertEquals(
        statusBefore.getJsonNumber("DORMANT").longValue() + 1,
        statusAfter.getJsonNumber("DORMANT").longValue());
  }

  private static JsonObject network(String name, String status, String sector) {
    return object()
        .add("name", name)
        .add("scope", "LOCAL")
        .add("areas", array("E09000007"))
        .add("sectors", array(sector))
        .add("lifecycle", object().add("status", status).add("foundedOn", "2020-05-01"))
        .build();
  }

  private static Map<String, Long> byArea(JsonObject figures) {
    return figures.getJsonArray("activeNetworksByArea").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                a -> a.getString("gss"), a -> a.getJsonNumber("networks").longValue()));
  }
}
