package org.coproduction.landscape.reports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Where a report's data comes from: one JDBC connection (in the server, the transaction's own), the
 * clock that dates the document, and the 360Giving prefix of the publisher.
 *
 * <p>Aggregates come back as small lists ({@link #list}); row lists are read with a forward-only,
 * read-only cursor and a fetch size ({@link #each}, {@link #cursor}), so that a report over 100,000
 * rows holds one batch of rows at a time. PostgreSQL honours the fetch size only outside
 * auto-commit, which is the case inside a container transaction.
 */
public final class ReportSource {

  /** Rows fetched per round trip when a list of records is streamed. */
  public static final int FETCH_SIZE = 1000;

  /** The default publisher prefix of identifiers this record makes up (360G-coproduction-...). */
  public static final String DEFAULT_PREFIX = "360G-coproduction";

  private final Connection connection;
  private final Clock clock;
  private final String prefix;
  private final LongConsumer rowsRead;

  public ReportSource(Connection connection, Clock clock, String prefix) {
    this(connection, clock, prefix, rows -> {});
  }

  /**
   * A source that tells {@code rowsRead} of every row it reads, with a cursor or not: the progress
   * a person sees while a long document is produced.
   */
  public ReportSource(Connection connection, Clock clock, String prefix, LongConsumer rowsRead) {
    this.connection = Objects.requireNonNull(connection, "A report needs a database connection");
    this.clock = Objects.requireNonNull(clock);
    this.prefix = Objects.requireNonNull(prefix);
    this.rowsRead = Objects.requireNonNull(rowsRead);
  }

  public ReportSource(Connection connection) {
    this(connection, Clock.systemDefaultZone(), DEFAULT_PREFIX);
  }

  public Clock clock() {
    return clock;
  }

  /** The 360Giving publisher prefix, e.g. {@code 360G-coproduction}. */
  public String prefix() {
    return prefix;
  }

  /** Reads one row of a result into a value. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(Row row) throws SQLException;
  }

  /** Receives each row of a streamed result. */
  @FunctionalInterface
  public interface RowHandler {
    void handle(Row row) throws SQLException;
  }

  /** The rows of a small, aggregated result. */
  public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
    List<T> rows = new ArrayList<>();
    each(sql, row -> rows.add(mapper.map(row)), parameters);
    return rows;
  }

  /** One value of an aggregate (a count, a sum), or {@code null} when there is no row. */
  public <T> T single(String sql, RowMapper<T> mapper, Object... parameters) {
    List<T> rows = list(sql, mapper, parameters);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** Streams the rows of {@code sql} to {@code handler} with a cursor. */
  public void each(String sql, RowHandler handler, Object... parameters) {
    try (Cursor c = cursor(sql, parameters)) {
      Row row = new Row(c.resultSet());
      while (c.next()) {
        handler.handle(row);
      }
    } catch (SQLException e) {
      throw new ReportException("Could not read the report's data", e);
    }
  }

  /**
   * Opens a cursor over {@code sql}; the caller closes it (a report engine reads it row by row).
   */
  public Cursor cursor(String sql, Object... parameters) {
    try {
      PreparedStatement s =
          connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      try {
        s.setFetchSize(FETCH_SIZE);
        for (int i = 0; i < parameters.length; i++) {
          s.setObject(i + 1, jdbc(parameters[i]));
        }
        return new Cursor(s, s.executeQuery(), rowsRead);
      } catch (SQLException | RuntimeException e) {
        s.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new ReportException("Could not read the report's data", e);
    }
  }

  private static Object jdbc(Object value) {
    Objects.requireNonNull(
        value, "A query parameter is null: add the condition only when the filter is set");
    if (value instanceof LocalDate d) {
      return Date.valueOf(d);
    }
    if (value instanceof LocalDateTime t) {
      return Timestamp.valueOf(t);
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return value;
  }

  /**
   * An open statement and its result. Read it with {@link #next()}, which counts the rows read;
   * {@code resultSet().next()} does not.
   */
  public record Cursor(PreparedStatement statement, ResultSet resultSet, LongConsumer rowsRead)
      implements AutoCloseable {

    /** Moves to the next row, if there is one, and counts it. */
    public boolean next() throws SQLException {
      boolean more = resultSet.next();
      if (more) {
        rowsRead.accept(1);
      }
      return more;
    }

    @Override
    public void close() {
      try {
        statement.close();
      } catch (SQLException e) {
        throw new ReportException("Could not close the report's query", e);
      }
    }
  }

  /** The current row of a result, read by column label with SQL nulls as Java nulls. */
  public static final class Row {
    private final ResultSet rs;

    Row(ResultSet rs) {
      this.rs = rs;
    }

    public String text(String column) throws SQLException {
      return rs.getString(column);
    }

    public Long number(String column) throws SQLException {
      long v = rs.getLong(column);
      return rs.wasNull() ? null : v;
    }

    /** A count: zero when null. */
    public long count(String column) throws SQLException {
      return rs.getLong(column);
    }

    public BigDecimal money(String column) throws SQLException {
      return rs.getBigDecimal(column);
    }

    /** An amount that is zero when null (a sum over no rows). */
    public BigDecimal sum(String column) throws SQLException {
      BigDecimal v = rs.getBigDecimal(column);
      return v == null ? BigDecimal.ZERO : v;
    }

    public LocalDate date(String column) throws SQLException {
      Date d = rs.getDate(column);
      return d == null ? null : d.toLocalDate();
    }

    public LocalDateTime dateTime(String column) throws SQLException {
      Timestamp t = rs.getTimestamp(column);
      return t == null ? null : t.toLocalDateTime();
    }

    public boolean flag(String column) throws SQLException {
      return rs.getBoolean(column);
    }
  }
}
