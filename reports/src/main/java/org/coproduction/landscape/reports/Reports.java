package org.coproduction.landscape.reports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.security.AccountDirectory;
import org.coproduction.landscape.security.UserAccount;

/**
 * The reports boundary: produces any report into an output stream, with the database connection of
 * the caller's transaction, and records every export in the audit log (who, when, which document,
 * with which filters). Everyone signed in may run reports.
 *
 * <p>One document keeps a core busy for seconds, so at most {@value ReportSlots#AT_ONCE} are
 * produced at a time ({@link ReportSlots}); a caller waits for its turn, then gets {@link
 * ReportsBusyException}.
 *
 * <p>The web module calls the named methods below (one per download of the API) or {@link #produce}
 * with a name from {@link #catalogue()}; it should ask {@link #describe} first for the file name
 * and media type, and send {@code Cache-Control: no-store}.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
public class Reports {

  @Resource(lookup = "java:app/jdbc/landscape")
  DataSource dataSource;

  @Inject AuditLog audit;

  @Inject ReportSlots slots;

  @EJB AccountDirectory accounts;

  @Inject @Any Instance<Report> found;

  private Map<String, Report> byName;

  private final Clock clock = Clock.systemDefaultZone();

  public Reports() {}

  /** For use outside the container (tests, the benchmark). */
  Reports(DataSource dataSource, AuditLog audit, List<Report> reports) {
    this.dataSource = dataSource;
    this.audit = audit;
    this.slots = new ReportSlots();
    this.byName = indexed(reports);
  }

  @PostConstruct
  void index() {
    if (byName == null) {
      byName = indexed(found.stream().toList());
    }
  }

  private static Map<String, Report> indexed(List<Report> reports) {
    Map<String, Report> m = new TreeMap<>();
    for (Report r : reports) {
      if (m.put(r.name(), r) != null) {
        throw new IllegalStateException("Two reports are named " + r.name());
      }
    }
    return m;
  }

  /**
   * The landscape's figures that the landscape PDF and workbook compute from their tables, for the
   * API: the gaps (a nation or English region with no active network in a sector, of {@code cells})
   * and London's share of active networks, events, awarded funding and the population.
   */
  public record DocumentFigures(long gaps, long cells, LandscapeFigures.LondonShare london) {}

  public DocumentFigures documentFigures() {
    try (Connection c = dataSource.getConnection()) {
      LandscapeFigures figures =
          new LandscapeFigures(new ReportSource(c, clock, ReportSource.DEFAULT_PREFIX));
      LandscapeFigures.Grid grid = figures.grid();
      return new DocumentFigures(
          grid.gaps(),
          (long) TableArea.ukTable().size() * grid.sectors().size(),
          figures.londonShare(grid));
    } catch (SQLException e) {
      throw new ReportException("No database connection for the landscape's figures", e);
    }
  }

  /**
   * What a report is, for the Reports screen and the API: its name, title, format, the filters it
   * reads and whether it is about one funder, who must then be chosen.
   */
  public record Description(
      String name,
      String title,
      String mediaType,
      String extension,
      Set<ReportFilter> filters,
      boolean forOneFunder)
      implements Serializable {

    public boolean uses(ReportFilter filter) {
      return filters.contains(filter);
    }
  }

  /** What a download is: its file name and media type. */
  public record Download(String fileName, String mediaType) implements Serializable {}

  /** The title people read of the report {@code name}, or the name itself for none. */
  public String titleOf(String name) {
    Report r = byName.get(name);
    return r == null ? name : r.title();
  }

  /** Every report there is, PDFs first. */
  public List<Description> catalogue() {
    return byName.values().stream()
        .sorted(
            Comparator.comparing((Report r) -> r.format().ordinal()).thenComparing(Report::name))
        .map(
            r ->
                new Description(
                    r.name(),
                    r.title(),
                    r.format().mediaType(),
                    r.format().extension(),
                    Set.copyOf(r.filters()),
                    r.forOneFunder()))
        .toList();
  }

  /**
   * The file name and media type of a document, without producing it.
   *
   * @throws RecordNotFoundException when there is no report of that name, or no funder or programme
   *     of the given id
   * @throws InvalidRecordException when the parameters do not fit the report (the funder report
   *     needs a funder)
   */
  public Download describe(String name, ReportParameters parameters) {
    Download download = download(report(name), parameters);
    if (parameters.funderId() != null || parameters.programmeId() != null) {
      try (Connection c = dataSource.getConnection()) {
        ReportSource source = new ReportSource(c, clock, ReportSource.DEFAULT_PREFIX);
        exists(source, "organisation", parameters.funderId());
        exists(source, "grant_programme", parameters.programmeId());
      } catch (SQLException e) {
        throw new ReportException("No database connection for " + name, e);
      }
    }
    return download;
  }

  private static void exists(ReportSource source, String table, Long id) {
    if (id != null
        && source.single(
                "select count(*) as c from " + table + " where id = ?", r -> r.count("c"), id)
            == 0) {
      throw new RecordNotFoundException(
          table.equals("organisation") ? "funder" : "grant programme", id);
    }
  }

  private static Download download(Report r, ReportParameters parameters) {
    try {
      return new Download(r.fileName(parameters), r.format().mediaType());
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException("parameters", e.getMessage());
    }
  }

  /**
   * Writes the document {@code name} for {@code parameters} to {@code out} (left open) and records
   * the export.
   *
   * @throws RecordNotFoundException when there is no report of that name
   * @throws InvalidRecordException when the parameters do not fit the report
   * @throws ReportsBusyException when other documents keep every slot for longer than the wait
   */
  public Download produce(String name, ReportParameters parameters, OutputStream out)
      throws IOException {
    return produce(name, parameters, out, rows -> {});
  }

  /**
   * As {@link #produce(String, ReportParameters, OutputStream)}, telling {@code rowsRead} of every
   * row read from the database as it goes.
   */
  public Download produce(
      String name, ReportParameters parameters, OutputStream out, LongConsumer rowsRead)
      throws IOException {
    return produce(report(name), parameters, out, rowsRead, null);
  }

  /** The roles that may run reports: those of this boundary. */
  public static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.STAFF, Roles.VIEWER);

  /**
   * As {@link #produce(String, ReportParameters, OutputStream, LongConsumer)}, for {@code person}
   * (a username) by a task of the server where nobody is signed in: a report run taken up by
   * whichever server of the cluster has a free slot ({@code run.ReportRuns}). Their role was
   * checked when they asked for it; it is checked again here from their account as it is now
   * (enabled, with a role of {@link #ROLES}), so that the call produces nothing for anyone else,
   * and the audit log names them.
   *
   * @throws ReportNotAllowedException when the account is gone, disabled or without such a role
   */
  @PermitAll
  public Download produceFor(
      String person,
      String name,
      ReportParameters parameters,
      OutputStream out,
      LongConsumer rowsRead)
      throws IOException {
    UserAccount account = person == null ? null : accounts.byUsername(person);
    if (account == null || !account.isEnabled() || !ROLES.contains(account.getRole())) {
      throw new ReportNotAllowedException();
    }
    return produce(report(name), parameters, out, rowsRead, account.getUsername());
  }

  private Download produce(
      Report r, ReportParameters parameters, OutputStream out, LongConsumer rowsRead, String person)
      throws IOException {
    Download download = download(r, parameters);
    slots.acquire();
    try (Connection c = dataSource.getConnection()) {
      r.write(new ReportSource(c, clock, ReportSource.DEFAULT_PREFIX, rowsRead), parameters, out);
    } catch (SQLException e) {
      throw new ReportException("No database connection for " + r.name(), e);
    } finally {
      slots.release();
    }
    if (person == null) {
      audit.recordAction(
          AuditEntry.Action.EXPORT,
          "Report",
          parameters.funderId(),
          download.fileName(),
          describe(r, parameters));
    } else {
      audit.recordActionFor(
          person,
          AuditEntry.Action.EXPORT,
          "Report",
          parameters.funderId(),
          download.fileName(),
          describe(r, parameters));
    }
    return download;
  }

  /** GET /api/reports/landscape.pdf */
  public Download landscapePdf(OutputStream out) throws IOException {
    return produce("landscape.pdf", ReportParameters.none(), out);
  }

  /** GET /api/reports/funders/{id}.pdf?programme=&amp;from=&amp;to= */
  public Download funderPdf(
      long funderId, Long programmeId, LocalDate from, LocalDate to, OutputStream out)
      throws IOException {
    return produce("funder.pdf", new ReportParameters(funderId, programmeId, from, to), out);
  }

  /** GET /api/reports/landscape.xlsx */
  public Download landscapeWorkbook(OutputStream out) throws IOException {
    return produce("landscape.xlsx", ReportParameters.none(), out);
  }

  /** GET /api/exports/360giving.json?funder=&amp;programme=&amp;from=&amp;to= */
  public Download giving360Json(ReportParameters parameters, OutputStream out) throws IOException {
    return produce("360giving.json", parameters, out);
  }

  /** GET /api/exports/360giving.xlsx?funder=&amp;programme=&amp;from=&amp;to= */
  public Download giving360Workbook(ReportParameters parameters, OutputStream out)
      throws IOException {
    return produce("360giving.xlsx", parameters, out);
  }

  /** GET /api/exports/events.ics?from=&amp;to= */
  public Download eventsCalendar(ReportParameters parameters, OutputStream out) throws IOException {
    return produce("events.ics", parameters, out);
  }

  /** GET /api/exports/kumu.xlsx */
  public Download kumuWorkbook(OutputStream out) throws IOException {
    return produce("kumu.xlsx", ReportParameters.none(), out);
  }

  private Report report(String name) {
    Report r = byName.get(name);
    if (r == null) {
      throw new RecordNotFoundException("report", name);
    }
    return r;
  }

  private static String describe(Report r, ReportParameters p) {
    return r.title()
        + "; funder "
        + (p.funderId() == null ? "any" : "#" + p.funderId())
        + "; programme "
        + (p.programmeId() == null ? "any" : "#" + p.programmeId())
        + "; "
        + p.periodText();
  }
}
