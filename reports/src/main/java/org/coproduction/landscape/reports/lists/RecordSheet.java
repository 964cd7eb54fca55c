package org.coproduction.landscape.reports.lists;

import java.sql.SQLException;
import java.util.List;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.reports.Gathered;
import org.coproduction.landscape.reports.Giving360;
import org.coproduction.landscape.reports.LandscapeFigures;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.TableArea;
import org.coproduction.landscape.reports.sheet.Cells;
import org.coproduction.landscape.reports.sheet.Column;

/**
 * Each kind of record as rows of a sheet: its columns (codes beside names: GSS, Org-ID, sector
 * codes), the query that reads its rows and how a row becomes cells. The landscape workbook's
 * sheets of records and every download of a list are written from here, so a network has one shape
 * wherever it is exported.
 *
 * <p>A sheet reads either every record ({@link #everySql}) or the records of a list, given as a
 * batch of ids in the list's order ({@link #batchSql}: the one parameter is an SQL array of ids).
 */
public enum RecordSheet {
  NETWORKS(
      "networks",
      "Networks",
      "select n.id as id, n.name as name, n.scope as scope, n.status as status,"
          + " n.founded_on as founded_on, n.closed_on as closed_on, h.name as host,"
          + " n.membership_estimate as members, n.website as website,"
          + " n.closure_reason as reason, s.name as successor",
      List.of(
          LandscapeFigures.NETWORK_AREAS,
          LandscapeFigures.NETWORK_SECTOR_CODE_LIST,
          LandscapeFigures.NETWORK_SECTOR_NAMES,
          identifiers("host_ids", "h")),
      "network n",
      " left join organisation h on h.id = n.host_organisation_id"
          + " left join network s on s.id = n.successor_id",
      "n.name",
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
          Column.text("Successor", 30, "The network that carried on its work")),
      (source, r, cells) ->
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
              .text(r.text("successor"))),

  ORGANISATIONS(
      "organisations",
      "Organisations",
      "select o.id as id, o.name as name, o.type as type, o.area_code as area_code,"
          + " o.website as website",
      List.of(
          identifiers("ids", "o"),
          Gathered.of(
              "roles",
              "string_agg(r.role, ', ' order by r.role)",
              "organisation_role r",
              "r.organisation_id",
              "o.id"),
          Gathered.of("hosted", "count(*)", "network n", "n.host_organisation_id", "o.id"),
          Gathered.of("made", "count(*)", "funding_grant g", "g.funder_id", "o.id"),
          Gathered.of(
              "received", "count(*)", "funding_grant g", "g.recipient_organisation_id", "o.id")),
      "organisation o",
      "",
      "o.name",
      List.of(
          Column.integer("Organisation ID", 10, "The record's id of the organisation"),
          Column.text("Name", 40, "The organisation's name"),
          Column.text("Type", 20, "Charity, community group, local authority, NHS body, funder..."),
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
          Column.text("Website", 30, "The organisation's website")),
      (source, r, cells) ->
          cells
              .row()
              .number(r.count("id"))
              .text(r.text("name"))
              .text(OrganisationType.valueOf(r.text("type")).displayName())
              .text(r.text("ids"))
              .text(r.text("area_code"))
              .text(TableArea.areaNames(r.text("area_code")))
              .text(roles(r.text("roles")))
              .number(r.count("hosted"))
              .number(r.count("made"))
              .number(r.count("received"))
              .text(r.text("website"))),

  GRANTS(
      "grants",
      "Funding",
      Giving360.GRANT_SELECT,
      Giving360.GRANT_GATHERED,
      "funding_grant g",
      Giving360.GRANT_JOINS,
      "g.identifier",
      Giving360.fundingColumns(true),
      (source, r, cells) -> Giving360.fundingRow(Giving360.read(source.prefix(), r), cells, true)),

  PROGRAMMES(
      "programmes",
      "Programmes",
      "select p.id as id, p.title as title, p.code as code, f.name as funder,"
          + " p.description as description",
      List.of(
          identifiers("funder_ids", "f"),
          Gathered.of("grants", "count(*)", "funding_grant g", "g.programme_id", "p.id"),
          new Gathered(
              "awarded",
              "sum(g.amount_awarded)",
              "funding_grant g",
              "g.programme_id",
              "g.currency = 'GBP' and g.status in " + LandscapeFigures.AWARDED_STATUSES,
              "p.id")),
      "grant_programme p",
      " join organisation f on f.id = p.funder_id",
      "p.title",
      List.of(
          Column.integer("Programme ID", 10, "The record's id of the programme"),
          Column.text("Title", 36, "The programme's title"),
          Column.code("Code", 16, "The funder's code of the programme"),
          Column.text("Funder", 32, "The organisation that runs the programme"),
          Column.code("Funder identifiers", 24, "Org-ID identifiers of the funder"),
          Column.integer("Grants", 8, "Grants recorded under the programme"),
          Column.money(
              "Awarded (GBP)",
              14,
              "Sum of the programme's awarded grants in pounds (awarded, paused or completed)"),
          Column.wrapped("Description", 50, "What the programme funds")),
      (source, r, cells) ->
          cells
              .row()
              .number(r.count("id"))
              .text(r.text("title"))
              .text(r.text("code"))
              .text(r.text("funder"))
              .text(r.text("funder_ids"))
              .number(r.count("grants"))
              .money(r.money("awarded"))
              .text(r.text("description"))),

  EVENTS(
      "events",
      "Events",
      "select e.id as id, e.title as title, e.type as type, e.starts_at as starts_at,"
          + " e.ends_at as ends_at, e.online as online, e.venue as venue, c.name as convenor,"
          + " f.title as follows_on, e.outcomes as outcomes",
      List.of(
          Gathered.areaCodes("event_area", "event_id", "e.id"),
          new Gathered(
              "public_roles",
              "string_agg(p.name, '; ' order by p.name)",
              "event_participation x join person p on p.id = x.person_id",
              "x.event_id",
              "x.role in ('HOST', 'FACILITATOR') and p.anonymised = false",
              "e.id"),
          Gathered.of("participants", "count(*)", "event_participation x", "x.event_id", "e.id"),
          Gathered.of("networks", "count(*)", "event_network x", "x.event_id", "e.id"),
          Gathered.of(
              "themes",
              "string_agg(t.name, '; ' order by t.name)",
              "event_theme x join theme t on t.id = x.theme_id",
              "x.event_id",
              "e.id"),
          Gathered.of(
              "followed_by",
              "string_agg(x.title, '; ' order by x.starts_at, x.id)",
              "event x",
              "x.follows_on_id",
              "e.id")),
      "event e",
      " left join organisation c on c.id = e.convenor_id left join event f on f.id = e.follows_on_id",
      "e.starts_at, e.id",
      List.of(
          Column.integer("Event ID", 9, "The record's id of the event"),
          Column.text("Title", 40, "The event's title"),
          Column.text("Type", 14, "Roundtable, public event, workshop, webinar, conference"),
          Column.dateTime("Starts", "Start, UK local time (Europe/London)"),
          Column.dateTime("Ends", "End, UK local time"),
          Column.text("Online", 8, "Yes when held online"),
          Column.text("Venue", 30, "Where it was held"),
          Column.code(
              "Area codes",
              24,
              "GSS codes of the areas it served (where it was held, or whom an online event was"
                  + " for)"),
          Column.text("Areas", 32, "Names of the same areas"),
          Column.text("Convenor", 32, "The organisation that convened it"),
          Column.text(
              "Hosts and facilitators",
              32,
              "People in public roles at the event (host, facilitator)"),
          Column.integer(
              "Participants", 11, "Number of people who took part (names are not exported)"),
          Column.integer("Networks represented", 11, "Number of networks represented"),
          Column.text("Themes", 30, "Themes discussed"),
          Column.text("Follows on from", 32, "The earlier event it continues (its title)"),
          Column.text("Followed by", 32, "The later events that continue it, earliest first"),
          Column.wrapped("Outcomes", 50, "What came out of it")),
      (source, r, cells) ->
          cells
              .row()
              .number(r.count("id"))
              .text(r.text("title"))
              .text(LandscapeFigures.statusLabel(r.text("type")))
              .dateTime(r.dateTime("starts_at"))
              .dateTime(r.dateTime("ends_at"))
              .text(r.flag("online") ? "Yes" : "No")
              .text(r.text("venue"))
              .text(r.text("area_codes"))
              .text(TableArea.areaNames(r.text("area_codes")))
              .text(r.text("convenor"))
              .text(r.text("public_roles"))
              .number(r.count("participants"))
              .number(r.count("networks"))
              .text(r.text("themes"))
              .text(r.text("follows_on"))
              .text(r.text("followed_by"))
              .text(r.text("outcomes"))),

  INSIGHTS(
      "insights",
      "Insights",
      "select i.id as id, i.recorded_on as recorded_on, t.code as theme_code, t.name as theme,"
          + " i.text as text, i.source as source, e.title as event",
      List.of(
          Gathered.of(
              "networks",
              "string_agg(n.name, '; ' order by n.name)",
              "insight_network x join network n on n.id = x.network_id",
              "x.insight_id",
              "i.id"),
          Gathered.areaCodes("insight_area", "insight_id", "i.id")),
      "insight i",
      " join theme t on t.id = i.theme_id left join event e on e.id = i.event_id",
      "i.id",
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
          Column.code("Area codes", 20, "GSS codes of the areas it is about")),
      (source, r, cells) ->
          cells
              .row()
              .number(r.count("id"))
              .date(r.date("recorded_on"))
              .text(r.text("theme_code"))
              .text(r.text("theme"))
              .text(r.text("text"))
              .text(r.text("source"))
              .text(r.text("event"))
              .text(r.text("networks"))
              .text(r.text("area_codes"))),

  /** Personal data: for administrators only. */
  PEOPLE(
      "people",
      "People",
      "select p.id as id, p.name as name, p.email as email, o.name as organisation,"
          + " p.job_role as job_role, p.lawful_basis as basis,"
          + " p.lawful_basis_source as basis_source, p.lawful_basis_recorded_on as basis_on,"
          + " p.anonymised as anonymised",
      List.of(Gathered.of("events", "count(*)", "event_participation x", "x.person_id", "p.id")),
      "person p",
      " left join organisation o on o.id = p.organisation_id",
      "p.name",
      List.of(
          Column.integer("Person ID", 9, "The record's id of the person"),
          Column.text("Name", 30, "The person's name (replaced when anonymised)"),
          Column.text("E-mail", 30, "The person's e-mail address"),
          Column.text("Organisation", 32, "The organisation the person belongs to"),
          Column.text("Role", 24, "The person's role or job"),
          Column.text("Lawful basis", 20, "The UK GDPR basis on which the person is recorded"),
          Column.text("Basis from", 30, "Where the basis comes from (a form, a contract...)"),
          Column.date("Basis recorded on", "When the basis was recorded"),
          Column.text("Anonymised", 11, "Yes when the person asked to be forgotten"),
          Column.integer("Events", 8, "Events the person took part in")),
      (source, r, cells) ->
          cells
              .row()
              .number(r.count("id"))
              .text(r.text("name"))
              .text(r.text("email"))
              .text(r.text("organisation"))
              .text(r.text("job_role"))
              .text(LandscapeFigures.statusLabel(r.text("basis")))
              .text(r.text("basis_source"))
              .date(r.date("basis_on"))
              .text(r.flag("anonymised") ? "Yes" : "No")
              .number(r.count("events"))),

  SECTORS(
      "sectors",
      "Sectors",
      "select e.id as id, e.code as code, e.name as name",
      List.of(Gathered.of("networks", "count(*)", "network_sector x", "x.sector_id", "e.id")),
      "sector e",
      "",
      "e.name",
      List.of(
          Column.integer("Sector ID", 9, "The record's id of the sector"),
          Column.code("Code", 24, "The sector's code"),
          Column.text("Name", 36, "The sector's name"),
          Column.integer("Networks", 10, "Networks working in the sector")),
      (source, r, cells) ->
          cells
              .row()
              .number(r.count("id"))
              .text(r.text("code"))
              .text(r.text("name"))
              .number(r.count("networks"))),

  THEMES(
      "themes",
      "Themes",
      "select e.id as id, e.code as code, e.name as name",
      List.of(Gathered.of("insights", "count(*)", "insight i", "i.theme_id", "e.id")),
      "theme e",
      "",
      "e.name",
      List.of(
          Column.integer("Theme ID", 9, "The record's id of the theme"),
          Column.code("Code", 24, "The theme's code"),
          Column.text("Name", 36, "The theme's name"),
          Column.integer("Insights", 10, "Insights recorded under the theme")),
      (source, r, cells) ->
          cells
              .row()
              .number(r.count("id"))
              .text(r.text("code"))
              .text(r.text("name"))
              .number(r.count("insights")));

  /** Writes one row of a sheet's query as cells, in the order of its columns. */
  @FunctionalInterface
  public interface RowWriter {
    void write(ReportSource source, ReportSource.Row row, Cells cells) throws SQLException;
  }

  private final String kind;
  private final String title;
  private final String select;
  private final List<Gathered> gathered;
  private final String table;
  private final String joins;
  private final String order;
  private final List<Column> columns;
  private final RowWriter writer;

  RecordSheet(
      String kind,
      String title,
      String select,
      List<Gathered> gathered,
      String table,
      String joins,
      String order,
      List<Column> columns,
      RowWriter writer) {
    this.kind = kind;
    this.title = title;
    this.select = select;
    this.gathered = List.copyOf(gathered);
    this.table = table;
    this.joins = joins;
    this.order = order;
    this.columns = List.copyOf(columns);
    this.writer = writer;
  }

  /** The kind as the API and the screens' addresses name it ({@code networks}). */
  public String kind() {
    return kind;
  }

  /** The sheet's name in a workbook ({@code Networks}). */
  public String title() {
    return title;
  }

  public List<Column> columns() {
    return columns;
  }

  /**
   * Every record of the kind, in the sheet's own order (e.g. networks by name), each gathered
   * column read once for the whole table ({@link Gathered#join()}).
   */
  public String everySql() {
    return select
        + Gathered.columns(gathered)
        + " from "
        + table
        + joins
        + Gathered.joins(gathered)
        + " order by "
        + order;
  }

  /**
   * The records whose ids the one parameter (an SQL array) holds, in the order of the array: a
   * batch of a list's rows.
   */
  public String batchSql() {
    String alias = table.substring(table.indexOf(' ') + 1);
    return select
        + Gathered.subqueries(gathered)
        + " from unnest(?) with ordinality as k(id, ord) join "
        + table
        + " on "
        + alias
        + ".id = k.id"
        + joins
        + " order by k.ord";
  }

  /** One row of {@link #everySql} or {@link #batchSql} as cells. */
  public void write(ReportSource source, ReportSource.Row row, Cells cells) throws SQLException {
    writer.write(source, row, cells);
  }

  /** The kind named {@code kind} ({@code networks}), or null. */
  public static RecordSheet of(String kind) {
    for (RecordSheet s : values()) {
      if (s.kind.equals(kind)) {
        return s;
      }
    }
    return null;
  }

  /** The Org-ID identifiers of an organisation aliased {@code alias}, joined by spaces. */
  private static Gathered identifiers(String name, String alias) {
    return Gathered.of(
        name,
        "string_agg(i.org_id, ' ' order by i.org_id)",
        "organisation_identifier i",
        "i.organisation_id",
        alias + ".id");
  }

  private static String scope(String scope) {
    return scope == null ? null : NetworkScope.valueOf(scope).displayName();
  }

  private static String roles(String roles) {
    return roles == null ? null : roles.toLowerCase().replace('_', ' ');
  }
}
