package org.coproduction.landscape.reports.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.landscape.network.NetworkMetrics;
import org.coproduction.landscape.reports.LandscapeFigures;
import org.coproduction.landscape.reports.Report;
import org.coproduction.landscape.reports.ReportFormat;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.TableArea;
import org.coproduction.landscape.reports.sheet.Column;
import org.coproduction.landscape.reports.sheet.SheetWriter;
import org.coproduction.landscape.reports.sheet.WorkbookWriter;

/**
 * The network of networks for Kumu (kumu.io), in its spreadsheet format: a sheet "Elements" (ID,
 * Label, Type, Description, Tags separated by "|") with every network and every host organisation,
 * and a sheet "Connections" (ID, From, To, Type, Strength) with membership, affiliation, succession
 * and hosting.
 *
 * <p>Every element and connection carries a stable ID made from the record it comes from ({@code
 * network-12}, {@code organisation-7}; {@code relation-33} for a relation between networks, {@code
 * hosting-12} for the hosting of network 12), and connections name their ends by those IDs: Kumu
 * then matches a re-imported workbook to the map by ID, updating what changed (a renamed network, a
 * new host) instead of adding duplicates. IDs hold letters, digits and "-" only, as Kumu's search
 * needs. Labels stay unique for the people reading the map: a name that two records share gets the
 * record's id in brackets, and an organisation's label is its name plus " (organisation)" when a
 * network has the same name.
 *
 * <p>Each network also carries its place in the network of networks ({@link NetworkMetrics}, the
 * same measures as on its page and in the API): Degree, Reach, Betweenness and Closeness, which
 * Kumu can size and colour by; an organisation's are left empty.
 */
@ApplicationScoped
public class KumuWorkbook implements Report {

  private static final String NETWORK_LABEL =
      "case when (select count(*) from network d where d.name = %1$s.name) > 1"
          + " then concat(%1$s.name, ' (#', cast(%1$s.id as varchar(20)), ')') else %1$s.name end";

  private static final String ORGANISATION_LABEL =
      "case when (select count(*) from organisation d where d.name = %1$s.name) > 1"
          + " then concat(%1$s.name, ' (organisation #', cast(%1$s.id as varchar(20)), ')')"
          + " when exists (select 1 from network d where d.name = %1$s.name) then concat(%1$s.name, ' (organisation)')"
          + " else %1$s.name end";

  /** The beginnings of the stable IDs. */
  static final String NETWORK = "network-",
      ORGANISATION = "organisation-",
      RELATION = "relation-",
      HOSTING = "hosting-";

  @Override
  public String name() {
    return "kumu.xlsx";
  }

  @Override
  public String title() {
    return "Network of networks, Kumu workbook";
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.XLSX;
  }

  @Override
  public void write(ReportSource source, ReportParameters parameters, OutputStream out)
      throws IOException {
    try (WorkbookWriter book = new WorkbookWriter()) {
      elements(book, source);
      connections(book, source);
      book.write(out);
    }
  }

  private static void elements(WorkbookWriter book, ReportSource source) {
    SheetWriter sheet =
        book.exchangeSheet(
            "Elements",
            List.of(
                Column.code("ID", 18, "The element's stable ID: network-<id> or organisation-<id>"),
                Column.text("Label", 40, "The element's unique name"),
                Column.text("Type", 22, "Kind of element: a network by scope, or an organisation"),
                Column.wrapped("Description", 60, "What it is"),
                Column.text("Tags", 50, "Status, sectors and areas, separated by |"),
                Column.integer("Degree", 9, "A network's relations with other networks"),
                Column.integer("Reach", 9, "How many networks it reaches through relations"),
                Column.percent(
                    "Betweenness",
                    12,
                    "Share of shortest paths between other networks that pass through it;"
                        + " empty where its part of the landscape is too large to measure"),
                Column.percent(
                    "Closeness",
                    11,
                    "How near it is on average to the networks it reaches (100% when next to"
                        + " all)")));
    NetworkMetrics metrics = metrics(source);
    source.each(
        "select "
            + String.format(NETWORK_LABEL, "n")
            + " as label, n.id as id, n.scope as scope, n.status as status, n.description as description,"
            + " (select string_agg(s.name, '|' order by s.name) from network_sector x join sector s on s.id = x.sector_id"
            + " where x.network_id = n.id) as sectors, "
            + LandscapeFigures.NETWORK_AREAS.column()
            + " from network n"
            + LandscapeFigures.NETWORK_AREAS.join()
            + " order by n.name",
        r -> {
          StringBuilder tags = new StringBuilder(r.text("status").toLowerCase());
          if (r.text("sectors") != null) {
            tags.append('|').append(r.text("sectors"));
          }
          if (r.text("area_codes") != null) {
            tags.append('|').append(TableArea.areaNames(r.text("area_codes")).replace("; ", "|"));
          }
          sheet
              .row()
              .text(NETWORK + r.number("id"))
              .text(r.text("label"))
              .text(scopeType(r.text("scope")))
              .text(r.text("description"))
              .text(tags.toString());
          NetworkMetrics.Metrics m = metrics.of(r.number("id"));
          sheet.number(m.degree()).number(m.reach());
          if (m.measured()) {
            sheet.fraction(m.betweenness()).fraction(m.closeness());
          }
        });
    source.each(
        "select "
            + String.format(ORGANISATION_LABEL, "o")
            + " as label, o.id as id, o.type as type, o.description as description"
            + " from organisation o where exists (select 1 from network n where n.host_organisation_id = o.id)"
            + " order by o.name",
        r ->
            sheet
                .row()
                .text(ORGANISATION + r.number("id"))
                .text(r.text("label"))
                .text("Organisation")
                .text(r.text("description"))
                .text(
                    org.coproduction.landscape.organisation.OrganisationType.valueOf(r.text("type"))
                        .displayName()
                        .toLowerCase()));
    sheet.filter();
  }

  /** The measures of every network, from every relation between networks. */
  private static NetworkMetrics metrics(ReportSource source) {
    List<long[]> pairs = new ArrayList<>();
    source.each(
        "select r.from_network_id as from_id, r.to_network_id as to_id from network_relation r",
        r -> pairs.add(new long[] {r.number("from_id"), r.number("to_id")}));
    return NetworkMetrics.of(pairs);
  }

  private static void connections(WorkbookWriter book, ReportSource source) {
    SheetWriter sheet =
        book.exchangeSheet(
            "Connections",
            List.of(
                Column.code(
                    "ID", 18, "The connection's stable ID: relation-<id>, or hosting-<network id>"),
                Column.code("From", 18, "ID of the element the connection starts from"),
                Column.code("To", 18, "ID of the element it goes to"),
                Column.text("Type", 18, "member of, affiliated with, succeeded by, hosts"),
                Column.integer("Strength", 9, "1 for every recorded connection")));
    source.each(
        "select r.id as id, r.from_network_id as from_id, r.to_network_id as to_id, r.type as type"
            + " from network_relation r order by r.id",
        r ->
            sheet
                .row()
                .text(RELATION + r.number("id"))
                .text(NETWORK + r.number("from_id"))
                .text(NETWORK + r.number("to_id"))
                .text(relation(r.text("type")))
                .number(1));
    source.each(
        "select n.id as id, n.host_organisation_id as host_id from network n"
            + " where n.host_organisation_id is not null order by n.id",
        r ->
            sheet
                .row()
                .text(HOSTING + r.number("id"))
                .text(ORGANISATION + r.number("host_id"))
                .text(NETWORK + r.number("id"))
                .text("hosts")
                .number(1));
    sheet.filter();
  }

  private static String scopeType(String scope) {
    return org.coproduction.landscape.network.NetworkScope.valueOf(scope).displayName()
        + " network";
  }

  private static String relation(String type) {
    return switch (org.coproduction.landscape.network.RelationType.valueOf(type)) {
      case MEMBER_OF -> "member of";
      case AFFILIATED_WITH -> "affiliated with";
      case SUCCEEDED_BY -> "succeeded by";
    };
  }
}
