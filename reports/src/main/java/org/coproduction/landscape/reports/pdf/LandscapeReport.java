package org.coproduction.landscape.reports.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduction.landscape.dashboard.LandscapeFigure;
import org.coproduction.landscape.reports.Filter;
import org.coproduction.landscape.reports.LandscapeFigures;
import org.coproduction.landscape.reports.LandscapeFigures.Funding;
import org.coproduction.landscape.reports.LandscapeFigures.Grid;
import org.coproduction.landscape.reports.LandscapeFigures.LondonShare;
import org.coproduction.landscape.reports.LandscapeFigures.Membership;
import org.coproduction.landscape.reports.LandscapeFigures.SectorRef;
import org.coproduction.landscape.reports.Population;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.TableArea;

/**
 * The landscape report for government (template {@code landscape.jrxml}): the UK by nation and
 * English region against sector with the gaps; London's share beside its share of the population;
 * networks founded and closed per year; funding by region and by status, paused and lost included;
 * insights by theme with quotes; national networks and their members; what closed networks left
 * behind; and a directory of every network, read with a cursor.
 */
@ApplicationScoped
public class LandscapeReport extends JasperPdf {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  @Override
  public String name() {
    return "landscape.pdf";
  }

  @Override
  public String title() {
    return "The landscape of UK co-production networks";
  }

  @Override
  protected String template() {
    return "landscape";
  }

  @Override
  protected Detail detail(ReportParameters parameters) {
    return new Detail(
        "select * from (select coalesce((select case when count(distinct substring(a.area_code, 1, 1)) = 1"
            + " then min(substring(a.area_code, 1, 1)) else 'K' end from network_area a where a.network_id = n.id), 'K') as nation,"
            + " n.id as id, n.name as name, n.scope as scope, n.status as status, n.founded_on as founded_on, n.closed_on as closed_on,"
            + " "
            + LandscapeFigures.NETWORK_AREA_CODES
            + " as area_codes, "
            + LandscapeFigures.NETWORK_SECTORS
            + " as sectors,"
            + " h.name as host from network n left join organisation h on h.id = n.host_organisation_id) d"
            + " order by case d.nation when 'E' then 1 when 'W' then 2 when 'S' then 3 when 'N' then 4 else 5 end, d.name, d.id");
  }

  @Override
  protected Map<String, Object> parameters(ReportSource source, ReportParameters parameters) {
    LandscapeFigures figures = new LandscapeFigures(source);
    Map<String, Object> p = new HashMap<>();
    LandscapeFigures.Totals totals = figures.totals();
    Grid grid = figures.grid();
    LondonShare london = figures.londonShare(grid);
    p.put("KEY_FIGURES", keyFigures(totals, grid, figures.money()));
    p.put("LONDON", londonRows(london));
    p.put("POPULATION_SOURCE", Population.SOURCE);
    p.put("GRID", gridRows(grid));
    p.put("GAPS", grid.gaps());
    p.put("EVENTS_BY_AREA", eventRows(grid, figures.eventsByArea()));
    p.put(
        "YEARS",
        figures.foundedAndClosedByYear().stream()
            .map(
                y ->
                    row(
                        "year",
                        String.valueOf(y.year()),
                        "founded",
                        y.founded(),
                        "closed",
                        y.closed()))
            .toList());
    p.put(
        "AREA_FUNDING",
        figures.fundingByArea(new Filter()).stream()
            .map(
                f -> {
                  TableArea a = TableArea.of(f.key());
                  return funding(f, a.gssCode(), a.itl1Code(), a.name());
                })
            .toList());
    p.put(
        "STATUS_FUNDING",
        figures.fundingByStatus(new Filter()).stream()
            .map(f -> funding(f, f.key(), "", f.label()))
            .toList());
    p.put(
        "THEMES",
        figures.insightsByTheme().stream()
            .map(t -> row("theme", t.name(), "code", t.code(), "insights", t.insights()))
            .toList());
    p.put(
        "QUOTES",
        figures.quotes(2).stream()
            .map(
                q ->
                    row(
                        "theme",
                        q.themeName(),
                        "text",
                        q.text(),
                        "source",
                        q.source(),
                        "recorded",
                        day(q.recordedOn())))
            .toList());
    p.put("NATIONAL", nationalRows(figures.nationalNetworks()));
    p.put(
        "CLOSED",
        figures.closedNetworks().stream()
            .map(
                c ->
                    row(
                        "network",
                        c.network(),
                        "areas",
                        Labels.areas(c.areaCodes()),
                        "founded",
                        day(c.founded()),
                        "closed",
                        day(c.closed()),
                        "reason",
                        c.reason(),
                        "successor",
                        c.successor(),
                        "insights",
                        c.insights(),
                        "lesson",
                        c.lesson()))
            .toList());
    return p;
  }

  private static List<Map<String, ?>> keyFigures(
      LandscapeFigures.Totals t, Grid grid, Map<LandscapeFigure, BigDecimal> pounds) {
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
    NumberFormat money = NumberFormat.getCurrencyInstance(Locale.UK);
    money.setMaximumFractionDigits(0);
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.addAll(
        List.of(
            row(
                "label",
                "Networks in the record",
                "value",
                n.format(t.networks()),
                "note",
                "Every network, whatever its status"),
            row(
                "label",
                "Active networks",
                "value",
                n.format(t.active()),
                "note",
                "Networks with the status Active"),
            row(
                "label",
                "Closed networks",
                "value",
                n.format(t.closed()),
                "note",
                "Kept in the record with what they left behind"),
            row(
                "label",
                "Gaps",
                "value",
                n.format(grid.gaps()),
                "note",
                "Nations or English regions with no active network in a sector (of "
                    + TableArea.ukTable().size() * grid.sectors().size()
                    + " cells)"),
            row(
                "label",
                "Organisations",
                "value",
                n.format(t.organisations()),
                "note",
                "Hosts, funders, convenors, partners"),
            row(
                "label",
                "Grants",
                "value",
                n.format(t.grants()),
                "note",
                "Applied for, awarded, paused, lost or completed"),
            row(
                "label",
                "Events",
                "value",
                n.format(t.events()),
                "note",
                "Roundtables, workshops, webinars, conferences"),
            row(
                "label",
                "Insights",
                "value",
                n.format(t.insights()),
                "note",
                "Lessons recorded from events and networks")));
    int afterGrants = 6;
    for (LandscapeFigure f : LandscapeFigure.values()) {
      rows.add(
          afterGrants++,
          row("label", f.label(), "value", money.format(pounds.get(f)), "note", f.definition()));
    }
    return rows;
  }

  private static List<Map<String, ?>> londonRows(LondonShare l) {
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
    NumberFormat money = NumberFormat.getCurrencyInstance(Locale.UK);
    money.setMaximumFractionDigits(0);
    double population = l.population();
    return List.of(
        row(
            "measure",
            "Active networks covering London",
            "london",
            n.format(l.networksLondon()),
            "uk",
            n.format(l.networksUk()),
            "london_share",
            l.networks(),
            "population_share",
            population),
        row(
            "measure",
            "Events convened from London",
            "london",
            n.format(l.eventsLondon()),
            "uk",
            n.format(l.eventsUk()),
            "london_share",
            l.events(),
            "population_share",
            population),
        row(
            "measure",
            "Funding awarded benefiting London",
            "london",
            money.format(l.fundingLondon()),
            "uk",
            money.format(l.fundingUk()),
            "london_share",
            l.funding(),
            "population_share",
            population),
        row(
            "measure",
            "Population (ONS mid-2022)",
            "london",
            n.format(Population.LONDON),
            "uk",
            n.format(Population.UNITED_KINGDOM),
            "london_share",
            population,
            "population_share",
            population));
  }

  /**
   * One row per area and sector, keyed so that the crosstab keeps the table's order; a last column
   * counts networks once.
   */
  private static List<Map<String, ?>> gridRows(Grid grid) {
    List<Map<String, ?>> rows = new ArrayList<>();
    List<TableArea> areas = grid.areas();
    for (int i = 0; i < areas.size(); i++) {
      TableArea a = areas.get(i);
      String areaKey = String.format("%02d|%s %s", i + 1, a.gssCode(), a.name());
      List<SectorRef> sectors = grid.sectors();
      for (int s = 0; s < sectors.size(); s++) {
        rows.add(
            row(
                "area_key",
                areaKey,
                "sector_key",
                String.format("%03d|%s", s, sectors.get(s).name()),
                "networks",
                grid.count(a, sectors.get(s))));
      }
      rows.add(
          row(
              "area_key",
              areaKey,
              "sector_key",
              "999|All sectors (each network once)",
              "networks",
              grid.networks(a)));
    }
    return rows;
  }

  /** Events held in each area of the table, in the table's order. */
  private static List<Map<String, ?>> eventRows(Grid grid, Map<String, Long> events) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (TableArea a : grid.areas()) {
      rows.add(
          row(
              "area",
              a.name(),
              "code",
              a.gssCode(),
              "events",
              events.getOrDefault(a.gssCode(), 0L)));
    }
    return rows;
  }

  /** A row of a funding table: the area or sector, then the sums. */
  static Map<String, ?> funding(Funding f, String code, String itl1, String name) {
    return row(
        "code",
        code,
        "itl1",
        itl1,
        "name",
        name,
        "grants",
        f.grants(),
        "applied",
        f.applied(),
        "awarded",
        f.awarded(),
        "disbursed",
        f.disbursed(),
        "paused",
        f.paused(),
        "lost",
        f.lost(),
        "covid",
        f.covidAffected());
  }

  /** Members under their national network; the national network's name only on its first row. */
  private static List<Map<String, ?>> nationalRows(List<Membership> memberships) {
    List<Map<String, ?>> rows = new ArrayList<>();
    long previous = -1;
    for (Membership m : memberships) {
      boolean first = m.networkId() != previous;
      previous = m.networkId();
      rows.add(
          row(
              "network",
              first ? m.network() : null,
              "scope",
              first ? Labels.scope(m.scope()) : null,
              "areas",
              first ? Labels.areas(m.areaCodes()) : null,
              "member",
              m.member() == null ? "(no member networks recorded)" : m.member(),
              "member_status",
              Labels.status(m.memberStatus()),
              "member_areas",
              Labels.areas(m.memberAreaCodes())));
    }
    return rows;
  }

  static String day(LocalDate d) {
    return d == null ? null : DAY.format(d);
  }

  /** A row of a section's table: names and values in turn. */
  static Map<String, ?> row(Object... namesAndValues) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }
}
