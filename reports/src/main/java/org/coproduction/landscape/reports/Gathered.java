package org.coproduction.landscape.reports;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One column of a record's row gathered from its related rows: a network's area codes, an
 * organisation's Org-ID identifiers, how many people took part in an event. The same column is read
 * in one of two ways, with the same values:
 *
 * <ul>
 *   <li>{@link #subquery()}, for a few records (a batch of a list's rows): a subquery for each row,
 *       reading the related table by its key;
 *   <li>{@link #column()} with {@link #join()}, for a whole table (the landscape workbook's sheets,
 *       the 360Giving files): the related table read once, grouped by its key, and joined. A
 *       subquery for each of 100,000 networks cost the Networks sheet 2.6 to 4.2 s on PostgreSQL,
 *       against 1.0 to 1.2 s grouped (docs/benchmarks.md).
 * </ul>
 *
 * <p>A count over no related rows is null when joined and 0 as a subquery: rows read it with {@code
 * Row.count}, which reads both as 0.
 *
 * @param name the column's label in the row
 * @param value what is gathered, an aggregate over {@code from} ({@code string_agg(a.area_code, ' '
 *     order by a.area_code)}, {@code count(*)})
 * @param from the related rows (a table and its alias, with any joins)
 * @param key the column of {@code from} that names the record ({@code a.network_id})
 * @param condition which related rows count, or empty for all
 * @param owner the record's id in the main query ({@code n.id})
 */
public record Gathered(
    String name, String value, String from, String key, String condition, String owner) {

  public Gathered {
    Objects.requireNonNull(name);
    Objects.requireNonNull(value);
    Objects.requireNonNull(from);
    Objects.requireNonNull(key);
    Objects.requireNonNull(condition);
    Objects.requireNonNull(owner);
  }

  /** Every related row counts. */
  public static Gathered of(String name, String value, String from, String key, String owner) {
    return new Gathered(name, value, from, key, "", owner);
  }

  /**
   * The GSS codes of a record's areas, space-separated in code order, from {@code table} (aliased
   * {@code a}, its codes in {@code area_code}) whose {@code key} names the record {@code owner}:
   * {@code areaCodes("network_area", "network_id", "n.id")}.
   */
  public static Gathered areaCodes(String table, String key, String owner) {
    return of(
        "area_codes",
        "string_agg(a.area_code, ' ' order by a.area_code)",
        table + " a",
        "a." + key,
        owner);
  }

  /** The column as a subquery for each row: {@code (select ... where key = owner) as name}. */
  public String subquery() {
    return expression() + " as " + name;
  }

  /** The subquery for each row, without its label: {@code (select ... where key = owner)}. */
  public String expression() {
    return "(select "
        + value
        + " from "
        + from
        + " where "
        + key
        + " = "
        + owner
        + (condition.isEmpty() ? "" : " and " + condition)
        + ")";
  }

  /** The column read from {@link #join()}. */
  public String column() {
    return alias() + ".v as " + name;
  }

  /** The related rows grouped by their key, left joined to the main query by its owner. */
  public String join() {
    return " left join (select "
        + key
        + " as k, "
        + value
        + " as v from "
        + from
        + (condition.isEmpty() ? "" : " where " + condition)
        + " group by "
        + key
        + ") "
        + alias()
        + " on "
        + alias()
        + ".k = "
        + owner;
  }

  private String alias() {
    return "gathered_" + name;
  }

  /** The columns as subqueries, each after ", ". */
  public static String subqueries(List<Gathered> columns) {
    return columns.stream().map(c -> ", " + c.subquery()).collect(Collectors.joining());
  }

  /** The columns read from their joins, each after ", ". */
  public static String columns(List<Gathered> columns) {
    return columns.stream().map(c -> ", " + c.column()).collect(Collectors.joining());
  }

  /** The joins of the columns. */
  public static String joins(List<Gathered> columns) {
    return columns.stream().map(Gathered::join).collect(Collectors.joining());
  }
}
