package org.coproduction.landscape.web.dashboard;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.coproduction.landscape.dashboard.Landscape;
import org.coproduction.landscape.dashboard.LandscapeFigure;
import org.coproduction.landscape.funding.GrantStatus;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.reports.lists.ListDownloads;
import org.coproduction.landscape.reports.run.ReportRuns;
import org.coproduction.landscape.reports.run.RunStatus;
import org.coproduction.landscape.reports.run.TooManyRunsException;
import org.coproduction.landscape.searches.SavedSearches;
import org.coproduction.landscape.web.faces.ScriptJson;
import org.coproduction.landscape.web.faces.Text;

/** The dashboard: the landscape's headline figures, the map of active networks and three charts. */
@Named
@ViewScoped
public class Dashboard implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Chart colours with at least 3:1 contrast against white, told apart by more than hue. */
  private static final String[] COLOURS = {
    "#1d5d90", "#b35900", "#2e7d32", "#6a1b9a", "#c62828", "#37474f"
  };

  @Inject Landscape landscape;

  @Inject Text text;

  @Inject SavedSearches savedSearches;

  @Inject ReportRuns runs;

  @Inject FacesContext faces;

  private List<SavedSearches.Found> searches;

  private Landscape.Figures figures;
  private List<MapArea> map;
  private List<Landscape.Count> bySector;
  private List<Landscape.Funding> funding;
  private List<Landscape.YearCount> eventsByYear;

  /**
   * One area of the map: its code, name, count of active networks, shade (0 none to 4 most),
   * outline, and the events held there.
   */
  public record MapArea(String code, String name, long count, int shade, String points, long events)
      implements Serializable {}

  public void load() {
    figures = landscape.figures();
    Map<Area, Long> counts = landscape.activeNetworksByArea();
    Map<Area, Long> events = landscape.eventsByArea();
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    map = new ArrayList<>();
    counts.forEach(
        (area, count) ->
            map.add(
                new MapArea(
                    area.gssCode(),
                    area.displayName(),
                    count,
                    shade(count, max),
                    UkMap.outline(area),
                    events.getOrDefault(area, 0L))));
    bySector = landscape.openNetworksBySector();
    funding = landscape.fundingByYearAndStatus();
    eventsByYear = landscape.eventsByYear();
    searches = savedSearches.visible();
  }

  /** The person's saved searches and the shared ones, each counted now. */
  public List<SavedSearches.Found> getSearches() {
    return searches;
  }

  /** The screen of a saved search's list, with its parameters. */
  public String screenOf(SavedSearches.Found found) {
    String screen =
        switch (found.search().getKind()) {
          case NETWORKS -> "/networks/list.xhtml";
          case ORGANISATIONS -> "/organisations/list.xhtml";
          case GRANTS -> "/funding/list.xhtml";
          case PROGRAMMES -> "/programmes/list.xhtml";
          case EVENTS -> "/events/list.xhtml";
          case INSIGHTS -> "/knowledge/list.xhtml";
          case PEOPLE -> "/people/list.xhtml";
        };
    return screen + parametersOf(found);
  }

  /**
   * Asks for a saved search's list as a report, a workbook produced in the background with the
   * search's filters as they are now, then shows the Reports screen where it is listed.
   */
  public String produce(SavedSearches.Found found) {
    try {
      RunStatus run = runs.submitSearch(found.search().getId(), ListDownloads.Format.XLSX);
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, text.format("reports.asked", run.title()), null));
      return "/reports/index.xhtml?faces-redirect=true";
    } catch (RecordNotFoundException | InvalidRecordException | TooManyRunsException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
      return null;
    }
  }

  /** A saved search's download ({@code xlsx} or {@code csv}), with its parameters. */
  public String downloadOf(SavedSearches.Found found, String extension) {
    return "/download/" + found.search().getKind().id() + "." + extension + parametersOf(found);
  }

  private static String parametersOf(SavedSearches.Found found) {
    String query = found.search().getQuery();
    return query.isEmpty() ? "" : "?" + query;
  }

  static int shade(long count, long max) {
    if (count <= 0 || max <= 0) {
      return 0;
    }
    return (int) Math.min(4, 1 + (3 * count) / max);
  }

  public Landscape.Figures getFigures() {
    return figures;
  }

  public List<MapArea> getMap() {
    return map;
  }

  public List<Landscape.Count> getBySector() {
    return bySector;
  }

  public List<Landscape.Funding> getFunding() {
    return funding;
  }

  public List<Landscape.YearCount> getEventsByYear() {
    return eventsByYear;
  }

  /** The money figures, in the order and with the names every document gives them. */
  public List<LandscapeFigure> getMoneyFigures() {
    return List.of(LandscapeFigure.values());
  }

  public String getSectorChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    bySector.forEach(
        c -> {
          labels.add(c.label());
          data.add(c.count());
        });
    return chart(
        "bar",
        labels,
        Json.createArrayBuilder().add(dataset(text.get("dashboard.count"), data, COLOURS[0])),
        true,
        false);
  }

  public String getFundingChart() {
    TreeSet<Integer> years = new TreeSet<>();
    TreeSet<GrantStatus> statuses = new TreeSet<>();
    funding.forEach(
        f -> {
          years.add(f.year());
          statuses.add(f.status());
        });
    JsonArrayBuilder labels = Json.createArrayBuilder();
    years.forEach(y -> labels.add(String.valueOf(y)));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int i = 0;
    for (GrantStatus status : statuses) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Integer year : years) {
        data.add(
            funding.stream()
                .filter(f -> f.year() == year && f.status() == status)
                .map(Landscape.Funding::pounds)
                .findFirst()
                .orElse(BigDecimal.ZERO));
      }
      datasets.add(dataset(text.of(status), data, COLOURS[i++ % COLOURS.length]));
    }
    return chart("bar", labels, datasets, false, true);
  }

  public String getEventsChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    eventsByYear.forEach(
        e -> {
          labels.add(String.valueOf(e.year()));
          data.add(e.count());
        });
    return chart(
        "line",
        labels,
        Json.createArrayBuilder().add(dataset(text.get("dashboard.events"), data, COLOURS[0])),
        false,
        false);
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  /** A Chart.js configuration, written by p:chart inside a script: {@link ScriptJson}. */
  private static String chart(
      String type,
      JsonArrayBuilder labels,
      JsonArrayBuilder datasets,
      boolean horizontal,
      boolean stacked) {
    JsonObjectBuilder scales = Json.createObjectBuilder();
    if (stacked) {
      scales
          .add("x", Json.createObjectBuilder().add("stacked", true))
          .add("y", Json.createObjectBuilder().add("stacked", true));
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("scales", scales)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("display", stacked)));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", type)
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add("options", options)
            .build());
  }
}
