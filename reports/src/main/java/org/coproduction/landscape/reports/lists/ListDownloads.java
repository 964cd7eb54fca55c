package org.coproduction.landscape.reports.lists;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.event.Events;
import org.coproduction.landscape.funding.Grants;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.knowledge.Insights;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.reports.ReportException;
import org.coproduction.landscape.reports.ReportSlots;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.sheet.About;
import org.coproduction.landscape.reports.sheet.Cells;
import org.coproduction.landscape.reports.sheet.SheetWriter;
import org.coproduction.landscape.reports.sheet.WorkbookWriter;
import org.coproduction.landscape.vocabulary.Sectors;
import org.coproduction.landscape.vocabulary.Themes;

/**
 * "Download these rows": a list as the person sees it (its text, filters and order), as a workbook
 * or a CSV file, exactly the records the list counts, in its order. The register finds the records
 * (the list's own query, read with a cursor); each batch of ids is read whole in one query and
 * written as it is read ({@link RecordSheet}), so the memory a download takes does not grow with
 * the number of rows. Each download holds one of the report slots and is recorded in the audit log
 * (who, which list, which filters, how many rows).
 *
 * <p>Everyone signed in may download a list they may see; the list of people, which holds personal
 * data, is for administrators only.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
public class ListDownloads {

  /** The file formats of a download. */
  public enum Format {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    public String extension() {
      return extension;
    }

    public String mediaType() {
      return mediaType;
    }

    /** The format of a file extension ({@code xlsx}, {@code csv}), or null. */
    public static Format of(String extension) {
      for (Format f : values()) {
        if (f.extension.equals(extension)) {
          return f;
        }
      }
      return null;
    }

    /** The format of a file name's extension ({@code list.csv}), or null. */
    public static Format ofName(String fileName) {
      return of(fileName.substring(fileName.lastIndexOf('.') + 1));
    }
  }

  /** What a download is called and what it holds. */
  public record Download(String fileName, String mediaType) implements Serializable {}

  @Resource(lookup = "java:app/jdbc/landscape")
  DataSource dataSource;

  @Resource SessionContext context;

  @Inject AuditLog audit;

  @Inject ReportSlots slots;

  @Inject Networks networks;
  @Inject Organisations organisations;
  @Inject Grants grants;
  @Inject Programmes programmes;
  @Inject Events events;
  @Inject Insights insights;
  @Inject People people;
  @Inject Sectors sectors;
  @Inject Themes themes;

  private final Clock clock = Clock.systemDefaultZone();

  /**
   * The file a download of the list of {@code sheet} would be, dated today: a name, open to a
   * server's own task (a scheduled report) as to everyone.
   */
  @PermitAll
  public Download describe(RecordSheet sheet, Format format) {
    return new Download(
        sheet.kind() + "-" + LocalDate.now(clock) + "." + format.extension(), format.mediaType());
  }

  /**
   * Writes the records of the list {@code query} asks for (its page and size ignored) to {@code
   * out}, in the list's order.
   *
   * @return the number of rows written
   * @throws org.coproduction.landscape.platform.InvalidRecordException naming an unknown filter, a
   *     filter's value that cannot be read or an unknown sort key, before anything is written
   * @throws jakarta.ejb.EJBAccessException for the list of people, unless the caller is an
   *     administrator
   * @throws org.coproduction.landscape.reports.ReportsBusyException when every report slot stays
   *     taken
   */
  public long write(RecordSheet sheet, ListQuery query, Format format, OutputStream out)
      throws IOException {
    check(sheet, query);
    return produce(sheet, query, format, out, rows -> {}, null);
  }

  /**
   * Checks that the caller may download the list {@code query} asks for and that the list
   * understands it, without producing anything: what a report run of a saved search asks when it is
   * asked for.
   *
   * @throws org.coproduction.landscape.platform.InvalidRecordException naming an unknown filter, a
   *     filter's value that cannot be read or an unknown sort key
   * @throws jakarta.ejb.EJBAccessException for the list of people, unless the caller is an
   *     administrator
   */
  public void check(RecordSheet sheet, ListQuery query) {
    if (sheet == RecordSheet.PEOPLE) {
      context.getBusinessObject(ListDownloads.class).mayListPeople();
    }
    // The list's own first page judges the filters and the order alike.
    register(sheet).list(query.withPage(0));
  }

  /** Lets only administrators go on: the list of people holds personal data. */
  @RolesAllowed(Roles.ADMIN)
  public void mayListPeople() {}

  /**
   * As {@link #write}, for {@code person} (a username) by a report run that a server produces where
   * nobody is signed in ({@code run.ListRunner}, which has checked their account as it is now); the
   * audit log names them, and {@code rowsRead} hears of every row as it is written.
   */
  @RolesAllowed(Roles.ADMIN)
  public long writeFor(
      String person,
      RecordSheet sheet,
      ListQuery query,
      Format format,
      OutputStream out,
      LongConsumer rowsRead)
      throws IOException {
    // Checked when it was asked for; a filter the list no longer understands is refused by the
    // list's own query as it begins, and the run fails saying so.
    return produce(sheet, query, format, out, rowsRead, person);
  }

  private long produce(
      RecordSheet sheet,
      ListQuery query,
      Format format,
      OutputStream out,
      LongConsumer rowsRead,
      String person)
      throws IOException {
    Download download = describe(sheet, format);
    Registry<?> register = register(sheet);
    long rows;
    slots.acquire();
    try (Connection c = dataSource.getConnection()) {
      ReportSource source = new ReportSource(c, clock, ReportSource.DEFAULT_PREFIX, rowsRead);
      rows =
          format == Format.XLSX
              ? workbook(sheet, query, register, c, source, out)
              : csv(sheet, query, register, c, source, out);
    } catch (SQLException e) {
      throw new ReportException("No database connection for the list of " + sheet.kind(), e);
    } finally {
      slots.release();
    }
    String what = described(sheet, query, rows);
    if (person == null) {
      audit.recordAction(AuditEntry.Action.EXPORT, "List", null, download.fileName(), what);
    } else {
      audit.recordActionFor(
          person, AuditEntry.Action.EXPORT, "List", null, download.fileName(), what);
    }
    return rows;
  }

  private long workbook(
      RecordSheet sheet,
      ListQuery query,
      Registry<?> register,
      Connection c,
      ReportSource source,
      OutputStream out)
      throws IOException {
    try (WorkbookWriter book = new WorkbookWriter()) {
      SheetWriter rows = book.sheet(sheet.title(), filtered(sheet, query), sheet.columns());
      long n = each(sheet, query, register, c, source, rows);
      rows.filter();
      List<String> notes = new ArrayList<>();
      notes.add(described(sheet, query, n) + ".");
      notes.add(
          "The rows are those the list on the screen (or GET /api/"
              + sheet.kind()
              + " with the same parameters) counts, in its order.");
      About.write(book, "The list of " + sheet.kind(), LocalDateTime.now(clock), notes);
      book.write(out);
      return n;
    }
  }

  private long csv(
      RecordSheet sheet,
      ListQuery query,
      Registry<?> register,
      Connection c,
      ReportSource source,
      OutputStream out)
      throws IOException {
    try (CsvCells rows = new CsvCells(out, sheet.columns())) {
      return each(sheet, query, register, c, source, rows);
    }
  }

  /** Writes each record of the list as a row, a batch of ids at a time. */
  private static long each(
      RecordSheet sheet,
      ListQuery query,
      Registry<?> register,
      Connection c,
      ReportSource source,
      Cells cells) {
    String sql = sheet.batchSql();
    return register.eachId(
        query,
        ids -> {
          Array array = array(c, ids);
          try {
            source.each(sql, r -> sheet.write(source, r, cells), array);
          } finally {
            free(array);
          }
        });
  }

  private static Array array(Connection c, List<Long> ids) {
    try {
      return c.createArrayOf("bigint", ids.toArray(Long[]::new));
    } catch (SQLException e) {
      throw new ReportException("Could not pass the list's ids to the database", e);
    }
  }

  private static void free(Array array) {
    try {
      array.free();
    } catch (SQLException | UnsupportedOperationException e) {
      // Nothing held: the array goes with the statement.
    }
  }

  /** The list, its filters, order and size, as the audit log and the About sheet say them. */
  static String described(RecordSheet sheet, ListQuery query, long rows) {
    return filtered(sheet, query)
        + "; "
        + String.format(Locale.UK, "%,d", rows)
        + (rows == 1 ? " row" : " rows");
  }

  /** The list with its filters and order: the title of its sheet. */
  static String filtered(RecordSheet sheet, ListQuery query) {
    StringBuilder s = new StringBuilder("List of ").append(sheet.kind());
    Map<String, String> filters = new TreeMap<>(query.filters());
    if (query.text() != null) {
      s.append("; text \"").append(query.text()).append('"');
    }
    filters.forEach((name, value) -> s.append("; ").append(name).append(' ').append(value));
    if (query.sort() != null) {
      s.append("; sorted by ")
          .append(query.sort())
          .append(query.descending() ? ", descending" : "");
    }
    return s.toString();
  }

  private Registry<?> register(RecordSheet sheet) {
    return switch (sheet) {
      case NETWORKS -> networks;
      case ORGANISATIONS -> organisations;
      case GRANTS -> grants;
      case PROGRAMMES -> programmes;
      case EVENTS -> events;
      case INSIGHTS -> insights;
      case PEOPLE -> people;
      case SECTORS -> sectors;
      case THEMES -> themes;
    };
  }
}
