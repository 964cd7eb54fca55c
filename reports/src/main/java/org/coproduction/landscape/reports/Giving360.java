package org.coproduction.landscape.reports;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.organisation.OrgId;
import org.coproduction.landscape.quality.QualityCheck;
import org.coproduction.landscape.reports.sheet.Cells;
import org.coproduction.landscape.reports.sheet.Column;
import org.coproduction.landscape.reports.sheet.SheetWriter;
import org.coproduction.landscape.reports.sheet.WorkbookWriter;

/**
 * Grants in the shape of the 360Giving Data Standard (schema 1.4.3): the one query that reads them,
 * the identifiers the standard expects, and the spreadsheet columns titled as the standard titles
 * them ("Recipient Org:Identifier"). The JSON package is written by {@link Giving360Json}.
 */
public final class Giving360 {

  /** The schema version a package declares. */
  public static final String VERSION = "1.4";

  /** Beneficiary locations flattened into a spreadsheet (Beneficiary Location:0:Name ... :2:). */
  public static final int LOCATION_COLUMNS = 3;

  private Giving360() {}

  /** Only awarded grants are published: they have an amount and a date of award. */
  public static final String AWARDED =
      " and g.status in "
          + LandscapeFigures.AWARDED_STATUSES
          + " and g.amount_awarded is not null and g.award_date is not null";

  /**
   * The organisation identifiers of an organisation aliased {@code o}: registered ones (GB-...)
   * first.
   */
  private static Gathered ids(String name, String alias) {
    return Gathered.of(
        name,
        "string_agg(i.org_id, ' ' order by case when i.org_id like '360G-%' then 1 else 0 end,"
            + " i.org_id)",
        "organisation_identifier i",
        "i.organisation_id",
        alias + ".id");
  }

  /**
   * What a grant's row reads, over the grant aliased {@code g} and {@link #GRANT_JOINS}, with the
   * columns of {@link #GRANT_GATHERED}.
   */
  public static final String GRANT_SELECT =
      "select g.id as id, g.identifier as identifier, g.title as title, g.description as description, g.currency as currency,"
          + " g.amount_applied_for as applied, g.amount_awarded as awarded, g.amount_disbursed as disbursed,"
          + " g.award_date as award_date, g.planned_start as planned_start, g.planned_end as planned_end,"
          + " g.status as status, g.covid_impact as covid_impact, g.direction as direction,"
          + " f.id as funder_id, f.name as funder_name,"
          + " p.code as programme_code, p.title as programme_title,"
          + " rn.id as network_id, rn.name as network_name,"
          + " ro.id as recipient_id, ro.name as recipient_name, ro.website as recipient_web";

  /** A grant's columns gathered from related rows: identifiers of funder and recipient, areas. */
  public static final List<Gathered> GRANT_GATHERED =
      List.of(
          ids("funder_ids", "f"),
          ids("recipient_ids", "ro"),
          Gathered.areaCodes("grant_beneficiary_area", "grant_id", "g.id"));

  /** The funder, programme and recipient of a grant aliased {@code g}. */
  public static final String GRANT_JOINS =
      " join organisation f on f.id = g.funder_id"
          + " left join grant_programme p on p.id = g.programme_id"
          + " left join network rn on rn.id = g.recipient_network_id"
          + " left join organisation ro on ro.id = g.recipient_organisation_id";

  /**
   * Grants as a document over the grants table reads them (every grant, or a funder's, a
   * programme's, a period's): the gathered columns read once for the table.
   */
  private static final String GRANTS =
      GRANT_SELECT
          + Gathered.columns(GRANT_GATHERED)
          + " from funding_grant g"
          + GRANT_JOINS
          + Gathered.joins(GRANT_GATHERED)
          + " where 1 = 1";

  /**
   * What the 360Giving data quality checks find among the awarded grants a document publishes
   * (those meeting {@code filter}): a line for each check that finds any, or one line saying none
   * does. Dates are checked against the document's day in the UK.
   */
  public static List<String> qualityNotes(ReportSource source, Filter filter) {
    LocalDate today = LocalDate.now(source.clock().withZone(java.time.ZoneId.of("Europe/London")));
    List<String> notes = new ArrayList<>();
    source.each(
        QualityCheck.countsSql(today, AWARDED + filter.sql()),
        row -> {
          for (QualityCheck c : QualityCheck.values()) {
            long n = row.count(c.column());
            if (n > 0) {
              notes.add(c.title() + ": " + n + (n == 1 ? " grant" : " grants"));
            }
          }
        },
        filter.parameters());
    return notes.isEmpty()
        ? List.of("None of the 360Giving data quality checks finds a grant here.")
        : notes;
  }

  /** The conditions of a report's parameters on grants aliased {@code g}. */
  public static Filter filter(ReportParameters p) {
    return new Filter()
        .and("g.funder_id = ?", p.funderId())
        .and("g.programme_id = ?", p.programmeId())
        .and("coalesce(g.award_date, g.planned_start) >= ?", p.from())
        .and("coalesce(g.award_date, g.planned_start) <= ?", p.to());
  }

  /** One grant as the standard sees it. */
  public record GrantRow(
      String identifier,
      String title,
      String description,
      String currency,
      BigDecimal applied,
      BigDecimal awarded,
      BigDecimal disbursed,
      LocalDate awardDate,
      LocalDate plannedStart,
      LocalDate plannedEnd,
      String status,
      String covidImpact,
      String direction,
      Org funder,
      Org recipient,
      String programmeCode,
      String programmeTitle,
      List<Location> locations) {}

  /** An organisation (or a network, as an unregistered group) with its identifier. */
  public record Org(
      String id, String name, String charityNumber, String companyNumber, String url) {}

  /** A beneficiary location with its GSS code and the standard's code type. */
  public record Location(String name, String geoCode, String geoCodeType) {}

  /**
   * Streams the grants matching {@code filter} (and, when {@code awardedOnly}, only awarded ones).
   */
  public static void each(
      ReportSource source, Filter filter, boolean awardedOnly, GrantHandler handler) {
    source.each(
        GRANTS + (awardedOnly ? AWARDED : "") + filter.sql() + " order by g.identifier",
        r -> handler.handle(read(source.prefix(), r)),
        filter.parameters());
  }

  /** Receives each grant. */
  @FunctionalInterface
  public interface GrantHandler {
    void handle(GrantRow grant) throws SQLException;
  }

  /** A row of {@link #GRANT_SELECT} as the standard sees it. */
  public static GrantRow read(String prefix, ReportSource.Row r) throws SQLException {
    Org funder =
        org(prefix, "org", r.count("funder_id"), r.text("funder_name"), r.text("funder_ids"), null);
    Org recipient =
        r.number("network_id") != null
            ? new Org(
                prefix + "-network-" + r.count("network_id"),
                r.text("network_name"),
                null,
                null,
                null)
            : r.number("recipient_id") != null
                ? org(
                    prefix,
                    "org",
                    r.count("recipient_id"),
                    r.text("recipient_name"),
                    r.text("recipient_ids"),
                    r.text("recipient_web"))
                : null;
    return new GrantRow(
        r.text("identifier"),
        r.text("title"),
        r.text("description"),
        r.text("currency"),
        r.money("applied"),
        r.money("awarded"),
        r.money("disbursed"),
        r.date("award_date"),
        r.date("planned_start"),
        r.date("planned_end"),
        r.text("status"),
        r.text("covid_impact"),
        r.text("direction"),
        funder,
        recipient,
        r.text("programme_code"),
        r.text("programme_title"),
        locations(r.text("area_codes")));
  }

  private static Org org(
      String prefix, String kind, long id, String name, String identifiers, String url) {
    String first = null;
    String charity = null;
    String company = null;
    if (identifiers != null) {
      for (String value : identifiers.split(" ")) {
        if (!OrgId.isValid(value)) {
          continue;
        }
        OrgId orgId = new OrgId(value);
        if (first == null) {
          first = orgId.value();
        }
        switch (orgId.list()) {
          case "GB-CHC", "GB-SC", "GB-NIC" -> charity = charity == null ? orgId.localId() : charity;
          case "GB-COH" -> company = company == null ? orgId.localId() : company;
          default -> {}
        }
      }
    }
    return new Org(
        first != null ? first : prefix + "-" + kind + "-" + id, name, charity, company, url);
  }

  static List<Location> locations(String codes) {
    List<Location> locations = new ArrayList<>();
    if (codes != null && !codes.isBlank()) {
      for (String code : codes.split(" ")) {
        if (AreaCode.isValid(code)) {
          locations.add(new Location(new AreaCode(code).displayName(), code, geoCodeType(code)));
        }
      }
    }
    return locations;
  }

  /**
   * The standard's geoCodeType for a GSS code (codelist geoCodeType.csv): RGN for English regions,
   * UA, NMD, MD, LONB, CTY for English local authorities, CA for Scottish council areas; the
   * nations and the UK have no code in that list and get ONS's entity names CTRY and UK.
   */
  public static String geoCodeType(String gss) {
    return switch (gss.substring(0, 3)) {
      case "E12" -> "RGN";
      case "E06", "W06" -> "UA";
      case "E07" -> "NMD";
      case "E08" -> "MD";
      case "E09" -> "LONB";
      case "E10" -> "CTY";
      case "S12" -> "CA";
      case "N09" -> "LGD";
      case "E92", "W92", "S92", "N92" -> "CTRY";
      default -> "UK";
    };
  }

  /**
   * Writes a sheet of grants with the standard's column titles; {@code withStatus} adds the
   * record's own columns after them (status, Covid impact, direction) and includes grants that were
   * not awarded. With a {@code title}, a title row comes first; without one, the column titles are
   * the first row, as 360Giving's tools read a published file.
   */
  public static void fundingSheet(
      WorkbookWriter book,
      String name,
      String title,
      ReportSource source,
      Filter filter,
      boolean withStatus) {
    SheetWriter sheet =
        title == null
            ? book.exchangeSheet(name, fundingColumns(withStatus))
            : book.sheet(name, title, fundingColumns(withStatus));
    each(source, filter, !withStatus, g -> fundingRow(g, sheet, withStatus));
    sheet.filter();
  }

  /** The columns of a sheet of grants ({@link #fundingSheet}). */
  public static List<Column> fundingColumns(boolean withStatus) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                Column.code(
                    "Identifier", 28, "The grant's 360Giving identifier (360G-<prefix>-<id>)"),
                Column.text("Title", 36, "The grant's title"),
                Column.wrapped("Description", 50, "What the grant is for"),
                Column.code("Currency", 9, "ISO 4217 currency of the amounts"),
                Column.money("Amount Applied For", 14, "Amount applied for"),
                Column.money("Amount Awarded", 14, "Amount awarded"),
                Column.money("Amount Disbursed", 14, "Amount paid out so far"),
                Column.date("Award Date", "When the grant was awarded"),
                Column.date("Planned Dates:Start Date", "Planned start of the funded work"),
                Column.date("Planned Dates:End Date", "Planned end of the funded work"),
                Column.code(
                    "Recipient Org:Identifier",
                    26,
                    "Org-ID of the recipient; a network is 360G-<prefix>-network-<id>"),
                Column.text("Recipient Org:Name", 32, "The recipient's name"),
                Column.code(
                    "Recipient Org:Charity Number",
                    14,
                    "Registered charity number of the recipient"),
                Column.code(
                    "Recipient Org:Company Number", 14, "Companies House number of the recipient"),
                Column.code("Funding Org:Identifier", 24, "Org-ID of the funder"),
                Column.text("Funding Org:Name", 30, "The funder's name"),
                Column.code("Grant Programme:Code", 16, "The funder's code of the programme"),
                Column.text("Grant Programme:Title", 28, "The programme's title")));
    for (int i = 0; i < LOCATION_COLUMNS; i++) {
      columns.add(
          Column.text(
              "Beneficiary Location:" + i + ":Name", 22, "Area that benefits (" + (i + 1) + ")"));
      columns.add(
          Column.code("Beneficiary Location:" + i + ":Geographic Code", 14, "Its GSS code"));
      columns.add(
          Column.code(
              "Beneficiary Location:" + i + ":Geographic Code Type",
              10,
              "Its code type (RGN, LONB, CTRY...)"));
    }
    if (withStatus) {
      columns.add(
          Column.text("Status", 11, "Applied, awarded, paused, withdrawn, lost or completed"));
      columns.add(Column.wrapped("Covid Impact", 40, "How Covid-19 affected the grant"));
      columns.add(
          Column.text("Direction", 10, "Incoming (to the convening organisation) or outgoing"));
    }
    return List.copyOf(columns);
  }

  /** One grant as a row of a sheet of grants, in the order of {@link #fundingColumns}. */
  public static void fundingRow(GrantRow g, Cells sheet, boolean withStatus) {
    sheet
        .row()
        .text(g.identifier())
        .text(g.title())
        .text(g.description())
        .text(g.currency())
        .money(g.applied())
        .money(g.awarded())
        .money(g.disbursed())
        .date(g.awardDate())
        .date(g.plannedStart())
        .date(g.plannedEnd());
    Org r = g.recipient();
    if (r == null) {
      sheet.blank().blank().blank().blank();
    } else {
      sheet.text(r.id()).text(r.name()).text(r.charityNumber()).text(r.companyNumber());
    }
    sheet
        .text(g.funder().id())
        .text(g.funder().name())
        .text(g.programmeCode())
        .text(g.programmeTitle());
    for (int i = 0; i < LOCATION_COLUMNS; i++) {
      if (i < g.locations().size()) {
        Location l = g.locations().get(i);
        sheet.text(l.name()).text(l.geoCode()).text(l.geoCodeType());
      } else {
        sheet.blank().blank().blank();
      }
    }
    if (withStatus) {
      sheet
          .text(LandscapeFigures.statusLabel(g.status()))
          .text(g.covidImpact())
          .text(LandscapeFigures.statusLabel(g.direction()));
    }
  }
}
