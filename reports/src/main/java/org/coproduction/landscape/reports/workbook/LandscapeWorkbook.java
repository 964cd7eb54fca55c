package org.coproduction.landscape.reports.workbook;

import static org.coproduction.landscape.reports.sheet.SheetWriter.letter;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduction.landscape.dashboard.LandscapeFigure;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.reports.Filter;
import org.coproduction.landscape.reports.Giving360;
import org.coproduction.landscape.reports.LandscapeFigures;
import org.coproduction.landscape.reports.LandscapeFigures.Grid;
import org.coproduction.landscape.reports.LandscapeFigures.SectorRef;
import org.coproduction.landscape.reports.Population;
import org.coproduction.landscape.reports.Report;
import org.coproduction.landscape.reports.ReportFormat;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.TableArea;
import org.coproduction.landscape.reports.sheet.About;
import org.coproduction.landscape.reports.sheet.Cells;
import org.coproduction.landscape.reports.sheet.Column;
import org.coproduction.landscape.reports.sheet.SheetWriter;
import org.coproduction.landscape.reports.sheet.WorkbookWriter;

/**
 * The landscape workbook for civil servants: a Summary of active networks per area and sector (with
 * formulas that total), then one sheet per kind of record, the code list of areas and an About
 * sheet. Codes stand beside names; cells are typed; no personal data beyond public roles.
 */
@ApplicationScoped
public class LandscapeWorkbook implements Report {

  public static final List<String> SHEETS =
      List.of(
          "Summary",
          "Networks",
          "Organisations",
          "Funding",
          "Events",
          "Insights",
          "Areas",
          "About");

  /**
   * The rows of the Networks sheet (also read by the benchmark, which writes the same cells with
   * other writers). Long lists are ordered by an indexed column alone, so that the database reads
   * them in index order instead of sorting every row first (H2 sorts a large result on disk).
   */
  static final String NETWORKS_SQL =
      "select n.id as id, n.name as name, n.scope as scope, n.status as status, n.founded_on as founded_on,"
          + " n.closed_on as closed_on, "
          + LandscapeFigures.NETWORK_AREA_CODES
          + " as area_codes,"
          + " "
          + LandscapeFigures.NETWORK_SECTOR_CODES
          + " as sector_codes, "
          + LandscapeFigures.NETWORK_SECTORS
          + " as sectors,"
          + " h.name as host, (select string_agg(i.org_id, ' ' order by i.org_id) from organisation_identifier i"
          + " where i.organisation_id = h.id) as host_ids, n.membership_estimate as members, n.website as website,"
          + " n.closure_reason as reason, s.name as successor"
          + " from network n left join organisation h on h.id = n.host_organisation_id"
          + " left join network s on s.id = n.successor_id order by n.name";

  @Override
  public String name() {
    return "landscape.xlsx";
  }

  @Override
  public String title() {
    return "Landscape workbook";
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.XLSX;
  }

  @Override
  public void write(ReportSource source, ReportParameters parameters, OutputStream out)
      throws IOException {
    LocalDateTime generated = LocalDateTime.now(source.clock());
    try (WorkbookWriter book = new WorkbookWriter()) {
      LandscapeFigures figures = new LandscapeFigures(source);
      Map<LandscapeFigure, BigDecimal> money = figures.money();
      summary(book, figures);
      networks(book, source);
      organisations(book, source);
      Giving360.fundingSheet(book, "Funding", source, new Filter(), true);
      events(book, source);
      insights(book, source);
      areas(book);
      About.write(book, "Landscape workbook", generated, notes(money));
      book.write(out);
    }
  }

  private static List<String> notes(Map<LandscapeFigure, BigDecimal> money) {
    NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
    pounds.setMaximumFractionDigits(0);
    List<String> notes = new ArrayList<>();
    for (LandscapeFigure f : LandscapeFigure.values()) {
      notes.add(f.label() + ": " + pounds.format(money.get(f)) + " (" + f.definition() + ").");
    }
    notes.addAll(
        List.of(
            "Summary: active networks (status ACTIVE) per nation or English region and sector. A network working in"
                + " several sectors counts once in each sector; 'Sector entries' adds the sector cells (a formula);"
                + " 'Active networks' counts each network once. A zero cell is a gap (shaded).",
            "Areas are ONS GSS codes (ITL1 codes beside them). London boroughs count in London; Welsh, Scottish and"
                + " Northern Irish local authorities in their nation; other English local authorities and England as a"
                + " whole in 'England, region not recorded'; the UK as a whole, or no area, in 'UK-wide'.",
            "Money figures are in pounds: grants in another currency are not added to them.",
            "Population: " + Population.SOURCE + ".",
            "Personal data: people appear only in public roles (hosts and facilitators of events); no e-mail"
                + " addresses or participants' names."));
    return notes;
  }

  private static void summary(WorkbookWriter book, LandscapeFigures figures) {
    Grid grid = figures.grid();
    List<Column> columns = new ArrayList<>();
    columns.add(Column.code("GSS code", 11, "ONS GSS code of the nation or English region"));
    columns.add(
        Column.code("ITL1 code", 9, "ITL1 code of the same area (none for England as a whole)"));
    columns.add(Column.text("Area", 30, "Name of the nation or English region"));
    columns.add(Column.text("Nation", 16, "The nation the area lies in"));
    for (SectorRef s : grid.sectors()) {
      columns.add(
          Column.integer(
              s.name(),
              Math.max(10, Math.min(24, s.name().length() + 2)),
              "Active networks working in the sector "
                  + s.name()
                  + " ("
                  + s.code()
                  + "); 0 is a gap"));
    }
    columns.add(
        Column.integer("Sector entries", 10, "Sum of the sector cells of the row (a formula)"));
    columns.add(
        Column.integer("Active networks", 10, "Active networks in the area, each counted once"));
    columns.add(
        Column.integer("Gaps", 7, "Sectors with no active network in the area (a formula)"));
    SheetWriter sheet = book.sheet("Summary", columns);
    int firstSector = 4;
    int lastSector = firstSector + grid.sectors().size() - 1;
    int firstRow = sheet.rowNumber() + 1;
    // The column totals, kept beside the formulas so that each formula carries its value.
    long[] totals = new long[grid.sectors().size() + 3];
    for (TableArea area : grid.areas()) {
      sheet.row().text(area.gssCode()).text(area.itl1Code()).text(area.name()).text(area.nation());
      long entries = 0;
      long gaps = 0;
      for (int s = 0; s < grid.sectors().size(); s++) {
        long n = grid.count(area, grid.sectors().get(s));
        sheet.count(n, area.inUkTable());
        totals[s] += n;
        entries += n;
        gaps += n == 0 ? 1 : 0;
      }
      int r = sheet.rowNumber();
      if (grid.sectors().isEmpty()) {
        sheet.number(0).number(grid.networks(area)).blank();
        continue;
      }
      String range = letter(firstSector) + r + ":" + letter(lastSector) + r;
      sheet.formula("SUM(" + range + ")", entries).number(grid.networks(area));
      totals[totals.length - 3] += entries;
      totals[totals.length - 2] += grid.networks(area);
      if (area.inUkTable()) {
        sheet.formula("COUNTIF(" + range + ",0)", gaps);
        totals[totals.length - 1] += gaps;
      } else {
        sheet.blank();
      }
    }
    int lastRow = sheet.rowNumber();
    sheet.totalRow().text("K02000001").blank().text("Total").text("United Kingdom");
    for (int c = 0; c < totals.length; c++) {
      String column = letter(firstSector + c);
      sheet.formula("SUM(" + column + firstRow + ":" + column + lastRow + ")", totals[c]);
    }
    sheet.filter();
  }

  /** The columns of the Networks sheet, in order. */
  static final List<Column> NETWORK_COLUMNS =
      List.of(
          Column.integer("Network ID", 10, "The record's id of the network"),
          Column.text("Name", 40, "The network's name"),
          Column.text("Scope", 14, "UK-wide, national, regional, local or sector-specific"),
          Column.text("Status", 10, "Emerging, active, dormant or closed"),
          Column.date("Founded", "When the network was founded"),
          Column.date("Closed", "When the network closed"),
          Column.code("Area codes", 24, "GSS codes of the areas the network covers"),
          Column.text("Areas", 32, "Names of the same areas"),
          Column.code("Sector codes", 24, "Codes of the sectors the network works in"),
          Column.text("Sectors", 32, "Names of the same sectors"),
          Column.text("Host organisation", 32, "The organisation that hosts the network"),
          Column.code(
              "Host identifiers", 22, "Org-ID identifiers of the host (e.g. GB-CHC-1164883)"),
          Column.integer("Members (estimate)", 10, "Estimated number of members"),
          Column.text("Website", 30, "The network's website"),
          Column.wrapped("Closure reason", 40, "Why the network closed"),
          Column.text("Successor", 30, "The network that carried on its work"));

  private static void networks(WorkbookWriter book, ReportSource source) {
    SheetWriter sheet = book.sheet("Networks", NETWORK_COLUMNS);
    source.each(NETWORKS_SQL, r -> networkRow(r, sheet));
    sheet.filter();
  }

  /** One network of {@link #NETWORKS_SQL} as a row of the Networks sheet. */
  static void networkRow(ReportSource.Row r, Cells cells) throws SQLException {
    cells
        .row()
        .number(r.count("id"))
        .text(r.text("name"))
        .text(scope(r.text("scope")))
        .text(LandscapeFigures.statusLabel(r.text("status")))
        .date(r.date("founded_on"))
        .date(r.date("closed_on"))
        .text(r.text("area_codes"))
        .text(TableArea.areaNames(r.text("area_codes")))
        .text(r.text("sector_codes"))
        .text(r.text("sectors"))
        .text(r.text("host"))
        .text(r.text("host_ids"))
        .number(r.number("members"))
        .text(r.text("website"))
        .text(r.text("reason"))
        .text(r.text("successor"));
  }

  private static void organisations(WorkbookWriter book, ReportSource source) {
    SheetWriter sheet =
        book.sheet(
            "Organisations",
            List.of(
                Column.integer("Organisation ID", 10, "The record's id of the organisation"),
                Column.text("Name", 40, "The organisation's name"),
                Column.text(
                    "Type", 20, "Charity, community group, local authority, NHS body, funder..."),
                Column.code(
                    "Identifiers",
                    30,
                    "Org-ID identifiers, e.g. GB-CHC-1164883 (charity), GB-COH-09506232 (company)"),
                Column.code("Area code", 11, "GSS code of the nation or region where it is based"),
                Column.text("Area", 24, "Name of the same area"),
                Column.text("Roles", 30, "Parts it plays: funder, network host, convenor..."),
                Column.integer("Networks hosted", 10, "Networks it hosts"),
                Column.integer("Grants made", 10, "Grants it made (as funder)"),
                Column.integer("Grants received", 10, "Grants it received"),
                Column.text("Website", 30, "The organisation's website")));
    source.each(
        "select o.id as id, o.name as name, o.type as type,"
            + " (select string_agg(i.org_id, ' ' order by i.org_id) from organisation_identifier i where i.organisation_id = o.id) as ids,"
            + " o.area_code as area_code,"
            + " (select string_agg(r.role, ', ' order by r.role) from organisation_role r where r.organisation_id = o.id) as roles,"
            + " (select count(*) from network n where n.host_organisation_id = o.id) as hosted,"
            + " (select count(*) from funding_grant g where g.funder_id = o.id) as made,"
            + " (select count(*) from funding_grant g where g.recipient_organisation_id = o.id) as received,"
            + " o.website as website from organisation o order by o.name",
        r ->
            sheet
                .row()
                .number(r.count("id"))
                .text(r.text("name"))
                .text(
                    org.coproduction.landscape.organisation.OrganisationType.valueOf(r.text("type"))
                        .displayName())
                .text(r.text("ids"))
                .text(r.text("area_code"))
                .text(TableArea.areaNames(r.text("area_code")))
                .text(roles(r.text("roles")))
                .number(r.count("hosted"))
                .number(r.count("made"))
                .number(r.count("received"))
                .text(r.text("website")));
    sheet.filter();
  }

  private static void events(WorkbookWriter book, ReportSource source) {
    SheetWriter sheet =
        book.sheet(
            "Events",
            List.of(
                Column.integer("Event ID", 9, "The record's id of the event"),
                Column.text("Title", 40, "The event's title"),
                Column.text("Type", 14, "Roundtable, public event, workshop, webinar, conference"),
                Column.dateTime("Starts", "Start, UK local time (Europe/London)"),
                Column.dateTime("Ends", "End, UK local time"),
                Column.text("Online", 8, "Yes when held online"),
                Column.text("Venue", 30, "Where it was held"),
                Column.text("Convenor", 32, "The organisation that convened it"),
                Column.text(
                    "Hosts and facilitators",
                    32,
                    "People in public roles at the event (host, facilitator)"),
                Column.integer(
                    "Participants", 11, "Number of people who took part (names are not exported)"),
                Column.integer("Networks represented", 11, "Number of networks represented"),
                Column.text("Themes", 30, "Themes discussed"),
                Column.wrapped("Outcomes", 50, "What came out of it")));
    source.each(
        "select e.id as id, e.title as title, e.type as type, e.starts_at as starts_at, e.ends_at as ends_at,"
            + " e.online as online, e.venue as venue, c.name as convenor,"
            + " (select string_agg(p.name, '; ' order by p.name) from event_participation x join person p on p.id = x.person_id"
            + " where x.event_id = e.id and x.role in ('HOST', 'FACILITATOR') and p.anonymised = false) as public_roles,"
            + " (select count(*) from event_participation x where x.event_id = e.id) as participants,"
            + " (select count(*) from event_network x where x.event_id = e.id) as networks,"
            + " (select string_agg(t.name, '; ' order by t.name) from event_theme x join theme t on t.id = x.theme_id"
            + " where x.event_id = e.id) as themes, e.outcomes as outcomes"
            + " from event e left join organisation c on c.id = e.convenor_id order by e.starts_at, e.id",
        r ->
            sheet
                .row()
                .number(r.count("id"))
                .text(r.text("title"))
                .text(LandscapeFigures.statusLabel(r.text("type")))
                .dateTime(r.dateTime("starts_at"))
                .dateTime(r.dateTime("ends_at"))
                .text(r.flag("online") ? "Yes" : "No")
                .text(r.text("venue"))
                .text(r.text("convenor"))
                .text(r.text("public_roles"))
                .number(r.count("participants"))
                .number(r.count("networks"))
                .text(r.text("themes"))
                .text(r.text("outcomes")));
    sheet.filter();
  }

  private static void insights(WorkbookWriter book, ReportSource source) {
    SheetWriter sheet =
        book.sheet(
            "Insights",
            List.of(
                Column.integer("Insight ID", 9, "The record's id of the insight"),
                Column.date("Recorded on", "When it was said or written"),
                Column.code("Theme code", 16, "Code of the theme"),
                Column.text("Theme", 24, "Name of the theme"),
                Column.wrapped("Insight", 70, "What the field learned, in the words recorded"),
                Column.text(
                    "Source", 30, "Where it comes from (notes of an event, a closing network...)"),
                Column.text("Event", 30, "The event where it was said"),
                Column.text("Networks", 30, "The networks it is about"),
                Column.code("Area codes", 20, "GSS codes of the areas it is about")));
    source.each(
        "select i.id as id, i.recorded_on as recorded_on, t.code as theme_code, t.name as theme, i.text as text,"
            + " i.source as source, e.title as event,"
            + " (select string_agg(n.name, '; ' order by n.name) from insight_network x join network n on n.id = x.network_id"
            + " where x.insight_id = i.id) as networks,"
            + " (select string_agg(a.area_code, ' ' order by a.area_code) from insight_area a where a.insight_id = i.id) as area_codes"
            + " from insight i join theme t on t.id = i.theme_id left join event e on e.id = i.event_id"
            + " order by i.id",
        r ->
            sheet
                .row()
                .number(r.count("id"))
                .date(r.date("recorded_on"))
                .text(r.text("theme_code"))
                .text(r.text("theme"))
                .text(r.text("text"))
                .text(r.text("source"))
                .text(r.text("event"))
                .text(r.text("networks"))
                .text(r.text("area_codes")));
    sheet.filter();
  }

  private static void areas(WorkbookWriter book) {
    SheetWriter sheet =
        book.sheet(
            "Areas",
            List.of(
                Column.code("GSS code", 11, "ONS GSS code (or prefix, for local authorities)"),
                Column.code("ITL1 code", 9, "ITL1 code"),
                Column.text("Name", 36, "Name of the area or kind of local authority"),
                Column.text("Level", 18, "Nation, English region, local authority prefix"),
                Column.text("Nation", 16, "The nation it lies in"),
                Column.text("In UK table", 11, "Yes for the twelve areas of a UK table")));
    for (Area a : Area.values()) {
      sheet
          .row()
          .text(a.gssCode())
          .text(a.itl1Code())
          .text(a.displayName())
          .text(a.level() == Area.Level.NATION ? "Nation" : "English region")
          .text(a.nation().displayName())
          .text(Area.ukTable().contains(a) ? "Yes" : "No");
    }
    sheet
        .row()
        .text(AreaCode.UNITED_KINGDOM)
        .blank()
        .text("United Kingdom")
        .text("Country")
        .blank()
        .text("No");
    AreaCode.LOCAL_AUTHORITY_PREFIXES.entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(
            e ->
                sheet
                    .row()
                    .text(e.getKey())
                    .blank()
                    .text(e.getValue())
                    .text("Local authority prefix")
                    .text(nationOfPrefix(e.getKey()))
                    .text("No"));
    sheet.filter();
  }

  private static String nationOfPrefix(String prefix) {
    return switch (prefix.charAt(0)) {
      case 'W' -> "Wales";
      case 'S' -> "Scotland";
      case 'N' -> "Northern Ireland";
      default -> "England";
    };
  }

  static String scope(String scope) {
    return scope == null
        ? null
        : org.coproduction.landscape.network.NetworkScope.valueOf(scope).displayName();
  }

  private static String roles(String roles) {
    if (roles == null) {
      return null;
    }
    return roles.toLowerCase().replace('_', ' ');
  }
}
