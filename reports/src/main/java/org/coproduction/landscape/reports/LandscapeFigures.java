package org.coproduction.landscape.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.coproduction.landscape.dashboard.Landscape;
import org.coproduction.landscape.dashboard.LandscapeFigure;
import org.coproduction.landscape.geography.Area;

/**
 * The landscape's figures, grouped and summed by the database: what the landscape PDF and the
 * landscape workbook both show. Every method is one or two aggregate queries; none loads records.
 *
 * <p>Definitions (also printed in the documents): an <em>active</em> network has the status ACTIVE;
 * the money figures (funding awarded, paused and lost, in pounds) are core's {@link
 * LandscapeFigure}s, the same as on the dashboard.
 */
public final class LandscapeFigures {

  /**
   * Statuses whose amount awarded counts as awarded funding (see {@code GrantStatus.isAwarded}).
   */
  public static final String AWARDED_STATUSES = LandscapeFigure.awardedStatuses();

  /** The sums every funding table shows, over grants aliased {@code g}. */
  public static final String FUNDING_SUMS =
      "count(distinct g.id) as grants,"
          + " sum(g.amount_applied_for) as applied,"
          + " "
          + LandscapeFigure.FUNDING_AWARDED.poundsSql()
          + " as awarded,"
          + " sum(g.amount_disbursed) as disbursed, "
          + LandscapeFigure.FUNDING_PAUSED.poundsSql()
          + " as paused, "
          + LandscapeFigure.FUNDING_LOST.poundsSql()
          + " as lost,"
          + " sum(case when g.covid_impact is not null then 1 else 0 end) as covid_affected";

  /** The GSS codes of a network aliased {@code n}, space-separated, in code order. */
  public static final Gathered NETWORK_AREAS =
      Gathered.areaCodes("network_area", "network_id", "n.id");

  /** The sector names of a network aliased {@code n}, joined by "; ". */
  public static final Gathered NETWORK_SECTOR_NAMES =
      Gathered.of(
          "sectors",
          "string_agg(s.name, '; ' order by s.name)",
          "network_sector x join sector s on s.id = x.sector_id",
          "x.network_id",
          "n.id");

  /** The sector codes of a network aliased {@code n}, space-separated. */
  public static final Gathered NETWORK_SECTOR_CODE_LIST =
      Gathered.of(
          "sector_codes",
          "string_agg(s.code, ' ' order by s.code)",
          "network_sector x join sector s on s.id = x.sector_id",
          "x.network_id",
          "n.id");

  /** {@link #NETWORK_AREAS} as an expression of each row. */
  public static final String NETWORK_AREA_CODES = NETWORK_AREAS.expression();

  /** {@link #NETWORK_SECTOR_NAMES} as an expression of each row. */
  public static final String NETWORK_SECTORS = NETWORK_SECTOR_NAMES.expression();

  private final ReportSource source;

  public LandscapeFigures(ReportSource source) {
    this.source = source;
  }

  /** A sector of the staff-kept list. */
  public record SectorRef(String code, String name) {}

  /** Active networks per area of the UK table and sector; a zero cell is a gap. */
  public record Grid(
      List<TableArea> areas,
      List<SectorRef> sectors,
      Map<String, Long> cells,
      Map<String, Long> networksPerArea) {

    public long count(TableArea area, SectorRef sector) {
      return cells.getOrDefault(area.gssCode() + "|" + sector.code(), 0L);
    }

    /** Active networks in the area, each counted once whatever its sectors. */
    public long networks(TableArea area) {
      return networksPerArea.getOrDefault(area.gssCode(), 0L);
    }

    public boolean isGap(TableArea area, SectorRef sector) {
      return count(area, sector) == 0;
    }

    public long gaps() {
      return areas.stream()
          .filter(TableArea::inUkTable)
          .mapToLong(a -> sectors.stream().filter(s -> isGap(a, s)).count())
          .sum();
    }
  }

  public List<SectorRef> sectors() {
    return source.list(
        "select code, name from sector order by name, code",
        r -> new SectorRef(r.text("code"), r.text("name")));
  }

  public Grid grid() {
    String placed = TableArea.placeSql("coalesce(na.area_code, 'K02000001')");
    Map<String, Long> cells = new HashMap<>();
    source.each(
        "select "
            + placed
            + " as area, s.code as sector, count(distinct n.id) as networks"
            + " from network n left join network_area na on na.network_id = n.id"
            + " join network_sector ns on ns.network_id = n.id join sector s on s.id = ns.sector_id"
            + " where n.status = 'ACTIVE' group by "
            + placed
            + ", s.code",
        r -> cells.put(r.text("area") + "|" + r.text("sector"), r.count("networks")));
    Map<String, Long> perArea = new HashMap<>();
    source.each(
        Landscape.ACTIVE_NETWORKS_BY_AREA_SQL,
        r -> perArea.put(r.text("area"), r.count("networks")));
    return new Grid(TableArea.all(), sectors(), cells, perArea);
  }

  /**
   * Events held in each area of the documents' tables, by the area's GSS code (core's {@code
   * Landscape.EVENTS_BY_AREA_SQL}, which the dashboard's map counts by); an area without any is
   * absent.
   */
  public Map<String, Long> eventsByArea() {
    Map<String, Long> events = new HashMap<>();
    source.each(Landscape.EVENTS_BY_AREA_SQL, r -> events.put(r.text("area"), r.count("events")));
    return events;
  }

  /**
   * London's share of active networks, events and awarded funding, beside its share of the
   * population.
   */
  public record LondonShare(
      long networksLondon,
      long networksUk,
      long eventsLondon,
      long eventsUk,
      BigDecimal fundingLondon,
      BigDecimal fundingUk) {

    public double networks() {
      return share(networksLondon, networksUk);
    }

    public double events() {
      return share(eventsLondon, eventsUk);
    }

    public double funding() {
      return fundingUk.signum() == 0 ? 0 : fundingLondon.doubleValue() / fundingUk.doubleValue();
    }

    public double population() {
      return Population.londonShare();
    }

    private static double share(long part, long whole) {
      return whole == 0 ? 0 : (double) part / whole;
    }
  }

  /** London's share, its networks read from {@code grid} (this landscape's {@link #grid()}). */
  public LondonShare londonShare(Grid grid) {
    String london = "'" + Area.LONDON.gssCode() + "'";
    long networksUk =
        source.single(
            "select count(*) as c from network where status = 'ACTIVE'", r -> r.count("c"));
    // Active networks in London, as the grid counts them (the same query is not run twice).
    long networksLondon = grid.networks(TableArea.of(Area.LONDON.gssCode()));
    long eventsUk = source.single("select count(*) as c from event", r -> r.count("c"));
    long eventsLondon =
        source.single(
            "select count(*) as c from event e join organisation o on o.id = e.convenor_id where o.area_code = "
                + london,
            r -> r.count("c"));
    BigDecimal fundingUk =
        source.single(
            "select " + LandscapeFigure.FUNDING_AWARDED.poundsSql() + " as s from funding_grant g",
            r -> r.sum("s"));
    BigDecimal fundingLondon =
        source.single(
            "select "
                + LandscapeFigure.FUNDING_AWARDED.poundsSql()
                + " as s from funding_grant g where exists (select 1 from grant_beneficiary_area a where a.grant_id = g.id and "
                + TableArea.placeSql("a.area_code")
                + " = "
                + london
                + ")",
            r -> r.sum("s"));
    return new LondonShare(
        networksLondon, networksUk, eventsLondon, eventsUk, fundingLondon, fundingUk);
  }

  /**
   * The money figures of the whole landscape, each by its one definition (core's {@link
   * LandscapeFigure}, which the dashboard sums with too), in one query.
   */
  public Map<LandscapeFigure, BigDecimal> money() {
    StringBuilder sql = new StringBuilder("select ");
    for (LandscapeFigure f : LandscapeFigure.values()) {
      sql.append(f.poundsSql())
          .append(" as ")
          .append(f.name().toLowerCase(Locale.ROOT))
          .append(", ");
    }
    sql.append("0 as none from funding_grant g");
    return source.single(
        sql.toString(),
        r -> {
          Map<LandscapeFigure, BigDecimal> money = new EnumMap<>(LandscapeFigure.class);
          for (LandscapeFigure f : LandscapeFigure.values()) {
            money.put(f, r.sum(f.name().toLowerCase(Locale.ROOT)));
          }
          return money;
        });
  }

  /** Networks founded and closed in one year. */
  public record YearCount(int year, long founded, long closed) {}

  public List<YearCount> foundedAndClosedByYear() {
    Map<Integer, long[]> years = new TreeMap<>();
    source.each(
        "select cast(extract(year from founded_on) as integer) as yr, count(*) as c from network"
            + " where founded_on is not null group by cast(extract(year from founded_on) as integer)",
        r -> years.computeIfAbsent((int) r.count("yr"), y -> new long[2])[0] = r.count("c"));
    source.each(
        "select cast(extract(year from closed_on) as integer) as yr, count(*) as c from network"
            + " where closed_on is not null group by cast(extract(year from closed_on) as integer)",
        r -> years.computeIfAbsent((int) r.count("yr"), y -> new long[2])[1] = r.count("c"));
    List<YearCount> rows = new ArrayList<>();
    years.forEach((y, c) -> rows.add(new YearCount(y, c[0], c[1])));
    return rows;
  }

  /** Grants and their amounts, for one row of a funding table (an area, a status, a sector). */
  public record Funding(
      String key,
      String label,
      long grants,
      BigDecimal applied,
      BigDecimal awarded,
      BigDecimal disbursed,
      BigDecimal paused,
      BigDecimal lost,
      long covidAffected) {

    static Funding read(String key, String label, ReportSource.Row r) throws java.sql.SQLException {
      return new Funding(
          key,
          label,
          r.count("grants"),
          r.sum("applied"),
          r.sum("awarded"),
          r.sum("disbursed"),
          r.sum("paused"),
          r.sum("lost"),
          r.count("covid_affected"));
    }

    static Funding none(String key, String label) {
      return new Funding(
          key,
          label,
          0,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          0);
    }
  }

  /**
   * Funding per row of the UK table, by the grants' beneficiary areas (a grant benefiting several
   * areas counts in each of them; grants with none are "UK-wide or not recorded"). Every row of the
   * table is present, in table order.
   */
  public List<Funding> fundingByArea(Filter filter) {
    String placed = TableArea.placeSql("a.area_code");
    Map<String, Funding> found = new HashMap<>();
    source.each(
        "select coalesce(p.area, 'K02000001') as area, "
            + FUNDING_SUMS
            + " from funding_grant g left join (select distinct a.grant_id, "
            + placed
            + " as area"
            + " from grant_beneficiary_area a) p on p.grant_id = g.id where 1 = 1"
            + filter.sql()
            + " group by coalesce(p.area, 'K02000001')",
        r ->
            found.put(
                r.text("area"),
                Funding.read(r.text("area"), TableArea.of(r.text("area")).name(), r)),
        filter.parameters());
    return TableArea.all().stream()
        .map(a -> found.getOrDefault(a.gssCode(), Funding.none(a.gssCode(), a.name())))
        .toList();
  }

  /** Funding per status of a grant, every status present, in the order of {@code GrantStatus}. */
  public List<Funding> fundingByStatus(Filter filter) {
    Map<String, Funding> found = new LinkedHashMap<>();
    source.each(
        "select g.status as status, "
            + FUNDING_SUMS
            + " from funding_grant g where 1 = 1"
            + filter.sql()
            + " group by g.status",
        r ->
            found.put(
                r.text("status"), Funding.read(r.text("status"), statusLabel(r.text("status")), r)),
        filter.parameters());
    List<Funding> rows = new ArrayList<>();
    for (var s : org.coproduction.landscape.funding.GrantStatus.values()) {
      rows.add(found.getOrDefault(s.name(), Funding.none(s.name(), statusLabel(s.name()))));
    }
    return rows;
  }

  /**
   * Funding per sector of the recipient network (a grant to a network in two sectors counts in
   * both).
   */
  public List<Funding> fundingBySector(Filter filter) {
    return source.list(
        "select s.code as code, s.name as name, "
            + FUNDING_SUMS
            + " from funding_grant g join network_sector x on x.network_id = g.recipient_network_id"
            + " join sector s on s.id = x.sector_id where 1 = 1"
            + filter.sql()
            + " group by s.code, s.name order by s.name",
        r -> Funding.read(r.text("code"), r.text("name"), r),
        filter.parameters());
  }

  /** "PAUSED" as a reader says it: "Paused". */
  public static String statusLabel(String status) {
    return status == null
        ? ""
        : status.charAt(0) + status.substring(1).toLowerCase().replace('_', ' ');
  }

  /** Insights recorded under one theme. */
  public record ThemeCount(String code, String name, long insights) {}

  public List<ThemeCount> insightsByTheme() {
    return source.list(
        "select t.code as code, t.name as name, count(i.id) as insights from theme t left join insight i on i.theme_id = t.id"
            + " group by t.code, t.name order by count(i.id) desc, t.name",
        r -> new ThemeCount(r.text("code"), r.text("name"), r.count("insights")));
  }

  /** A representative quote: one of the latest insights of a theme. */
  public record Quote(
      String themeCode, String themeName, String text, String source, LocalDate recordedOn) {}

  /** The latest {@code perTheme} insights of every theme, shortened to 400 characters. */
  public List<Quote> quotes(int perTheme) {
    return source.list(
        "select theme_code, theme_name, text, source, recorded_on from ("
            + " select t.code as theme_code, t.name as theme_name, i.text as text, i.source as source, i.recorded_on as recorded_on,"
            + " row_number() over (partition by i.theme_id order by i.recorded_on desc, i.id desc) as rn"
            + " from insight i join theme t on t.id = i.theme_id) q where rn <= ? order by theme_name, recorded_on desc",
        r ->
            new Quote(
                r.text("theme_code"),
                r.text("theme_name"),
                shorten(r.text("text"), 400),
                r.text("source"),
                r.date("recorded_on")),
        perTheme);
  }

  /**
   * A national or UK-wide network with one of its member networks (none: member fields are null).
   */
  public record Membership(
      long networkId,
      String network,
      String scope,
      String areaCodes,
      String member,
      String memberStatus,
      String memberAreaCodes) {}

  public List<Membership> nationalNetworks() {
    return source.list(
        "select n.id as id, n.name as name, n.scope as scope, "
            + NETWORK_AREA_CODES
            + " as area_codes,"
            + " m.name as member, m.status as member_status,"
            + Gathered.areaCodes("network_area", "network_id", "m.id").expression()
            + " as member_codes"
            + " from network n left join network_relation r on r.to_network_id = n.id and r.type = 'MEMBER_OF'"
            + " left join network m on m.id = r.from_network_id"
            + " where n.scope in ('NATIONAL', 'UK_WIDE') order by n.name, n.id, m.name",
        r ->
            new Membership(
                r.count("id"),
                r.text("name"),
                r.text("scope"),
                r.text("area_codes"),
                r.text("member"),
                r.text("member_status"),
                r.text("member_codes")));
  }

  /** A closed network and what it left: why it closed, who carried on, its lessons. */
  public record Closure(
      String network,
      String areaCodes,
      LocalDate founded,
      LocalDate closed,
      String reason,
      String successor,
      long insights,
      String lesson) {}

  public List<Closure> closedNetworks() {
    return source.list(
        "select n.name as name, "
            + NETWORK_AREA_CODES
            + " as area_codes, n.founded_on as founded_on, n.closed_on as closed_on,"
            + " n.closure_reason as reason, s.name as successor,"
            + " (select count(*) from insight_network x where x.network_id = n.id) as insights,"
            + " (select i.text from insight_network x join insight i on i.id = x.insight_id where x.network_id = n.id"
            + " order by i.recorded_on desc, i.id desc fetch first 1 rows only) as lesson"
            + " from network n left join network s on s.id = n.successor_id"
            + " where n.status = 'CLOSED' order by n.closed_on desc, n.name",
        r ->
            new Closure(
                r.text("name"),
                r.text("area_codes"),
                r.date("founded_on"),
                r.date("closed_on"),
                r.text("reason"),
                r.text("successor"),
                r.count("insights"),
                shorten(r.text("lesson"), 300)));
  }

  /** Counts for the opening page. */
  public record Totals(
      long networks,
      long active,
      long closed,
      long organisations,
      long grants,
      long events,
      long insights) {}

  public Totals totals() {
    return source.single(
        "select (select count(*) from network) as networks,"
            + " (select count(*) from network where status = 'ACTIVE') as active,"
            + " (select count(*) from network where status = 'CLOSED') as closed,"
            + " (select count(*) from organisation) as organisations,"
            + " (select count(*) from funding_grant) as grants,"
            + " (select count(*) from event) as events,"
            + " (select count(*) from insight) as insights",
        r ->
            new Totals(
                r.count("networks"),
                r.count("active"),
                r.count("closed"),
                r.count("organisations"),
                r.count("grants"),
                r.count("events"),
                r.count("insights")));
  }

  static String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1).stripTrailing() + "…";
  }
}
