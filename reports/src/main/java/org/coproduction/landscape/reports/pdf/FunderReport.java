package org.coproduction.landscape.reports.pdf;

import static org.coproduction.landscape.reports.pdf.LandscapeReport.day;
import static org.coproduction.landscape.reports.pdf.LandscapeReport.funding;
import static org.coproduction.landscape.reports.pdf.LandscapeReport.row;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coproduction.landscape.dashboard.LandscapeFigure;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.reports.Filter;
import org.coproduction.landscape.reports.Gathered;
import org.coproduction.landscape.reports.Giving360;
import org.coproduction.landscape.reports.LandscapeFigures;
import org.coproduction.landscape.reports.LandscapeFigures.Funding;
import org.coproduction.landscape.reports.ReportFilter;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.TableArea;

/**
 * The funder report (template {@code funder.jrxml}): for one funder, optionally one of its
 * programmes and a period, the totals awarded, applied for, disbursed, paused and lost; grants by
 * nation and region with their codes; charts by region and by sector; the networks reached, the
 * events they delivered and the insights recorded; then every grant, read with a cursor.
 */
@ApplicationScoped
public class FunderReport extends JasperPdf {

  private static final DateTimeFormatter STARTS =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

  @Override
  public String name() {
    return "funder.pdf";
  }

  @Override
  public String title() {
    return "Funder report";
  }

  @Override
  public Set<ReportFilter> filters() {
    return EnumSet.allOf(ReportFilter.class);
  }

  @Override
  public boolean forOneFunder() {
    return true;
  }

  @Override
  protected String template() {
    return "funder";
  }

  @Override
  public String fileName(ReportParameters parameters) {
    return "funder-" + funder(parameters) + ".pdf";
  }

  private static long funder(ReportParameters parameters) {
    if (parameters.funderId() == null) {
      throw new IllegalArgumentException("The funder report is for one funder: choose the funder");
    }
    return parameters.funderId();
  }

  /** The funder's grants within the programme and period. */
  static Filter grants(ReportParameters parameters) {
    funder(parameters);
    return Giving360.filter(parameters);
  }

  @Override
  protected Detail detail(ReportParameters parameters) {
    Filter filter = grants(parameters);
    return new Detail(
        "select g.identifier as identifier, g.title as title, coalesce(n.name, o.name) as recipient, g.status as status,"
            + " g.amount_applied_for as applied, g.amount_awarded as awarded, g.amount_disbursed as disbursed, g.award_date as award_date, "
            + Gathered.areaCodes("grant_beneficiary_area", "grant_id", "g.id").subquery()
            + " from funding_grant g left join network n on n.id = g.recipient_network_id"
            + " left join organisation o on o.id = g.recipient_organisation_id where 1 = 1"
            + filter.sql()
            + " order by g.award_date, g.identifier",
        filter.parameters());
  }

  @Override
  protected Map<String, Object> parameters(ReportSource source, ReportParameters parameters) {
    long funderId = funder(parameters);
    Filter filter = grants(parameters);
    LandscapeFigures figures = new LandscapeFigures(source);
    Map<String, Object> p = new HashMap<>();

    Map<String, String> funder =
        source.single(
            "select o.name as name, (select string_agg(i.org_id, ' ' order by i.org_id) from organisation_identifier i"
                + " where i.organisation_id = o.id) as ids from organisation o where o.id = ?",
            r ->
                Map.of(
                    "name",
                    r.text("name"),
                    "ids",
                    r.text("ids") == null ? "no registered identifier" : r.text("ids")),
            funderId);
    if (funder == null) {
      throw new RecordNotFoundException("organisation", funderId);
    }
    p.put("FUNDER", funder.get("name"));
    p.put("FUNDER_IDS", funder.get("ids"));
    String programme =
        parameters.programmeId() == null
            ? "all programmes"
            : source.single(
                "select title from grant_programme where id = ?",
                r -> "programme " + r.text("title"),
                parameters.programmeId());
    p.put(
        "SCOPE",
        (programme == null ? "unknown programme" : programme) + ", " + parameters.periodText());
    p.put("QUALITY", String.join("\n", Giving360.qualityNotes(source, filter)));

    Funding total =
        source.single(
            "select "
                + LandscapeFigures.FUNDING_SUMS
                + " from funding_grant g where 1 = 1"
                + filter.sql(),
            r ->
                new Funding(
                    "",
                    "",
                    r.count("grants"),
                    r.sum("applied"),
                    r.sum("awarded"),
                    r.sum("disbursed"),
                    r.sum("paused"),
                    r.sum("lost"),
                    r.count("covid_affected")),
            filter.parameters());
    p.put(
        "TOTALS",
        List.of(
            row(
                "label",
                "Awarded",
                "value",
                total.awarded(),
                "note",
                "Amount awarded of grants awarded, completed or paused ("
                    + total.grants()
                    + " grants in all)"),
            row(
                "label",
                "Applied for",
                "value",
                total.applied(),
                "note",
                "Amount applied for, whatever became of the application"),
            row("label", "Disbursed", "value", total.disbursed(), "note", "Amount paid out so far"),
            row(
                "label",
                "Paused",
                "value",
                total.paused(),
                "note",
                "Amount awarded of grants on hold (Covid-19 paused many)"),
            row(
                "label",
                "Lost",
                "value",
                total.lost(),
                "note",
                "Amount awarded, or else applied for, of grants lost ("
                    + total.covidAffected()
                    + " grants affected by Covid-19)")));
    p.put(
        "AREA_FUNDING",
        figures.fundingByArea(filter).stream()
            .map(
                f -> {
                  TableArea a = TableArea.of(f.key());
                  return funding(f, a.gssCode(), a.itl1Code(), a.name());
                })
            .toList());
    p.put(
        "SECTOR_FUNDING",
        figures.fundingBySector(filter).stream()
            .map(f -> funding(f, f.key(), "", f.label()))
            .toList());

    String reached =
        "select g.recipient_network_id from funding_grant g where g.recipient_network_id is not null"
            + filter.sql();
    p.put(
        "NETWORKS",
        source.list(
            "select n.name as name, n.scope as scope, n.status as status, "
                + LandscapeFigures.NETWORK_AREA_CODES
                + " as area_codes,"
                + " x.grants as grants, x.awarded as awarded from (select g.recipient_network_id as nid, count(*) as grants, "
                + LandscapeFigure.FUNDING_AWARDED.poundsSql()
                + " as awarded"
                + " from funding_grant g where g.recipient_network_id is not null"
                + filter.sql()
                + " group by g.recipient_network_id) x"
                + " join network n on n.id = x.nid order by x.awarded desc nulls last, n.name",
            r ->
                row(
                    "network",
                    r.text("name"),
                    "scope",
                    Labels.scope(r.text("scope")),
                    "status",
                    Labels.status(r.text("status")),
                    "areas",
                    Labels.areas(r.text("area_codes")),
                    "grants",
                    r.count("grants"),
                    "awarded",
                    r.sum("awarded")),
            filter.parameters()));

    Filter period =
        new Filter()
            .and(
                "e.starts_at >= ?",
                parameters.from() == null ? null : parameters.from().atStartOfDay())
            .and(
                "e.starts_at < ?",
                parameters.to() == null ? null : parameters.to().plusDays(1).atStartOfDay());
    String events =
        "select e.id from event e where (exists (select 1 from event_network en where en.event_id = e.id and en.network_id in ("
            + reached
            + "))"
            + " or e.convenor_id in (select g.recipient_organisation_id from funding_grant g where g.recipient_organisation_id is not null"
            + filter.sql()
            + "))"
            + period.sql();
    Object[] eventParameters =
        concat(filter.parameters(), filter.parameters(), period.parameters());
    p.put(
        "EVENTS",
        source.list(
            "select e.title as title, e.type as type, e.starts_at as starts_at, e.online as online, e.venue as venue,"
                + " (select string_agg(n.name, '; ' order by n.name) from event_network x join network n on n.id = x.network_id"
                + " where x.event_id = e.id) as networks from event e where e.id in ("
                + events
                + ") order by e.starts_at, e.id",
            r ->
                row(
                    "title",
                    r.text("title"),
                    "type",
                    LandscapeFigures.statusLabel(r.text("type")).replace('_', ' '),
                    "starts",
                    STARTS.format(r.dateTime("starts_at")),
                    "place",
                    r.flag("online") ? "Online" : r.text("venue"),
                    "networks",
                    r.text("networks")),
            eventParameters));

    String insights =
        "select i.id from insight i where exists (select 1 from insight_network x where x.insight_id = i.id and x.network_id in ("
            + reached
            + ")) or i.event_id in ("
            + events
            + ")";
    Object[] insightParameters = concat(filter.parameters(), eventParameters);
    p.put(
        "THEMES",
        source.list(
            "select t.name as theme, t.code as code, count(*) as insights from insight i join theme t on t.id = i.theme_id"
                + " where i.id in ("
                + insights
                + ") group by t.name, t.code order by count(*) desc, t.name",
            r ->
                row(
                    "theme",
                    r.text("theme"),
                    "code",
                    r.text("code"),
                    "insights",
                    r.count("insights")),
            insightParameters));
    p.put(
        "INSIGHTS",
        source.list(
            "select t.name as theme, i.text as text, i.source as source, i.recorded_on as recorded_on from insight i"
                + " join theme t on t.id = i.theme_id where i.id in ("
                + insights
                + ") order by i.recorded_on desc, i.id desc"
                + " fetch first 30 rows only",
            r ->
                row(
                    "theme",
                    r.text("theme"),
                    "text",
                    r.text("text"),
                    "source",
                    r.text("source"),
                    "recorded",
                    day(r.date("recorded_on"))),
            insightParameters));
    return p;
  }

  private static Object[] concat(Object[]... arrays) {
    return java.util.Arrays.stream(arrays).flatMap(java.util.Arrays::stream).toArray();
  }
}
