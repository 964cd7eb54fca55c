package org.coproduction.landscape.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.dashboard.Landscape;
import org.coproduction.landscape.dashboard.LandscapeFigure;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.reports.LandscapeFigures;
import org.coproduction.landscape.reports.Reports;

/**
 * The landscape's key figures as the dashboard shows them and the documents print them, each by its
 * one definition: the money figures with their name and meaning, networks by status, active
 * networks and events held in each of the twelve areas of a UK table, events and insights.
 */
public record FiguresJson(
    List<Money> funding,
    Map<String, Long> networksByStatus,
    List<AreaCount> activeNetworksByArea,
    List<AreaEvents> eventsByArea,
    Gaps gaps,
    LondonShare londonShare,
    long events,
    long insights) {

  /** Nations or English regions with no active network in a sector, of all such cells. */
  public record Gaps(long gaps, long cells) {}

  /** London's share (0 to 1) of active networks, events convened, awarded funding and people. */
  public record LondonShare(
      double activeNetworks, double events, double fundingAwarded, double population) {}

  /** A money figure: its id, name, meaning, pounds and how many grants it adds up. */
  public record Money(String id, String label, String definition, BigDecimal pounds, long grants) {}

  /** Active networks in one area: its GSS code, name and count. */
  public record AreaCount(String gss, String name, long networks) {}

  /** Events held in one area (each event once in every area it served). */
  public record AreaEvents(String gss, String name, long events) {}

  static FiguresJson of(
      Landscape.Figures figures,
      Map<Area, Long> byArea,
      Map<Area, Long> eventsByArea,
      Reports.DocumentFigures documents) {
    List<Money> funding =
        java.util.Arrays.stream(LandscapeFigure.values())
            .map(
                f ->
                    new Money(
                        f.name(),
                        f.label(),
                        f.definition(),
                        figures.poundsOf(f),
                        figures.grantsIn(f)))
            .toList();
    Map<String, Long> networks = new java.util.LinkedHashMap<>();
    for (LifecycleStatus s : LifecycleStatus.values()) {
      networks.put(s.name(), figures.networks(s));
    }
    List<AreaCount> areas =
        byArea.entrySet().stream()
            .map(e -> new AreaCount(e.getKey().gssCode(), e.getKey().displayName(), e.getValue()))
            .toList();
    List<AreaEvents> events =
        eventsByArea.entrySet().stream()
            .map(e -> new AreaEvents(e.getKey().gssCode(), e.getKey().displayName(), e.getValue()))
            .toList();
    LandscapeFigures.LondonShare london = documents.london();
    return new FiguresJson(
        funding,
        networks,
        areas,
        events,
        new Gaps(documents.gaps(), documents.cells()),
        new LondonShare(london.networks(), london.events(), london.funding(), london.population()),
        figures.events(),
        figures.insights());
  }
}
