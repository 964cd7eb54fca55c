package org.coproduction.landscape.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListEntry;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.platform.Roles;

/**
 * Records of one kind from the rows of a spreadsheet, all or nothing: every row is checked against
 * the same rules as a record saved by hand, every problem is named by its row and column, and
 * nothing is written unless every row is valid, all in one transaction.
 *
 * <p>A row is a map from column name ({@link #columns()}) to the text of its cell, as a CSV file
 * holds it; rows count from 2, below the row of column titles, and a blank row keeps its number but
 * makes no record. Dates are read as 19/11/2020 or 2020-11-19, numbers and money as written in the
 * UK (1,200 or £1,000.50); several values in one cell are separated by "|".
 *
 * @param <T> the kind of record an import makes
 */
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public abstract class RowImport<T extends Recorded> {

  /** The most rows one import may hold. */
  public static final int MAX_ROWS = 10_000;

  @Inject protected Validator validator;

  /**
   * What is wrong with one cell (or with the whole file, when the row is 0 and the column null).
   */
  public record Problem(int row, String column, String message) implements Serializable {}

  /**
   * The outcome of checking an import: how many rows, every problem found, the records the valid
   * rows would make or update, in the order of the rows, and what staff should look at before
   * importing though it does not stop the import (a row that looks like an organisation already
   * recorded, columns the import does not read).
   */
  public record Check(
      int rows, List<Problem> problems, List<Planned> records, List<Problem> warnings)
      implements Serializable {
    public boolean valid() {
      return problems.isEmpty();
    }

    /** How many rows would update a record already there. */
    public long updates() {
      return records.stream().filter(Planned::updates).count();
    }

    /** The same check with these warnings first (about the file as a whole). */
    public Check warnedFirst(List<Problem> first) {
      List<Problem> all = new ArrayList<>(first);
      all.addAll(warnings);
      return new Check(rows, problems, records, List.copyOf(all));
    }
  }

  /**
   * What a valid row would write: its row, the record's name, and the id of the record it updates
   * (null for a new record).
   */
  public record Planned(int row, String label, Long id) implements Serializable {
    public boolean updates() {
      return id != null;
    }
  }

  /** The outcome of an import: its check, and the records written (none unless it is valid). */
  public record Outcome(Check check, List<Written> written) implements Serializable {}

  /** A record an import wrote: its id, the name people read, and whether it was there before. */
  public record Written(long id, String label, boolean updated) implements Serializable {}

  /** A record a row made, before it is written. */
  private record Built<T>(int row, T record) {}

  /** The columns an import of this kind understands, as the first row names them. */
  public abstract List<String> columns();

  /** The columns a file must have. */
  public abstract List<String> requiredColumns();

  /**
   * How the rows of one import are read into records: one reading per import, so that it may
   * remember what earlier rows held (an identifier given twice) and what it looked up once for all
   * rows.
   */
  protected abstract Function<Row, T> reading(List<Map<String, String>> rows);

  /** Writes one valid record with its history entry. */
  protected abstract T save(T record);

  /**
   * The column a file's column title stands for, or null when this import does not read it:
   * whatever the title's case, by default.
   */
  public String columnFor(String title) {
    return columns().stream()
        .filter(c -> c.equalsIgnoreCase(title.strip()))
        .findFirst()
        .orElse(null);
  }

  /**
   * Whether a file's columns that this import does not read are left out (and listed in the check's
   * warnings) rather than refusing the file: for files published elsewhere in a standard's shape,
   * which carry more than this record keeps. No, by default: a column misspelt in a file made for
   * this record is refused by name.
   */
  public boolean leavesOutOtherColumns() {
    return false;
  }

  /** The column that holds a field of the record, for naming the cell a rule points to. */
  protected String columnOf(String field) {
    return field;
  }

  /** Checks every row; writes nothing. */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public Check check(List<Map<String, String>> rows) {
    List<Problem> problems = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    return check(rows, build(rows, problems, warnings), problems, warnings);
  }

  private Check check(
      List<Map<String, String>> rows,
      List<Built<T>> built,
      List<Problem> problems,
      List<Problem> warnings) {
    return new Check(
        (int) rows.stream().filter(r -> !blank(r)).count(),
        List.copyOf(problems),
        built.stream()
            .map(
                b ->
                    new Planned(
                        b.row(),
                        b.record().label(),
                        b.record().isNew() ? null : b.record().getId()))
            .toList(),
        List.copyOf(warnings));
  }

  /**
   * Checks every row and, only when every row is valid, saves them all (as new records, or as
   * changes to the records they update), each with its history entry, in one transaction: one
   * reading of the rows for both.
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public Outcome importIfValid(List<Map<String, String>> rows) {
    List<Problem> problems = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    List<Built<T>> built = build(rows, problems, warnings);
    Check check = check(rows, built, problems, warnings);
    if (!check.valid()) {
      return new Outcome(check, List.of());
    }
    List<Written> written = new ArrayList<>(built.size());
    for (Built<T> b : built) {
      boolean updated = !b.record().isNew();
      T saved = save(b.record());
      written.add(new Written(saved.getId(), saved.label(), updated));
    }
    return new Outcome(check, written);
  }

  /**
   * Saves every row as a new record, each with its history entry, in one transaction.
   *
   * @return the records written, in the order of the rows
   * @throws InvalidRecordException when any row has a problem; nothing is written
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public List<Written> importAll(List<Map<String, String>> rows) {
    Outcome outcome = importIfValid(rows);
    List<Problem> problems = outcome.check().problems();
    if (!problems.isEmpty()) {
      Problem first = problems.get(0);
      throw new InvalidRecordException(
          "rows",
          problems.size()
              + " problem(s), the first in row "
              + first.row()
              + (first.column() == null ? "" : ", column " + first.column())
              + ": "
              + first.message());
    }
    return outcome.written();
  }

  private List<Built<T>> build(
      List<Map<String, String>> rows, List<Problem> problems, List<Problem> warnings) {
    long filled = rows.stream().filter(r -> !blank(r)).count();
    if (filled > MAX_ROWS) {
      problems.add(
          new Problem(
              0, null, "An import holds at most " + MAX_ROWS + " rows; this one has " + filled));
      return List.of();
    }
    Function<Row, T> reading = reading(rows);
    List<Built<T>> built = new ArrayList<>();
    int number = 1;
    for (Map<String, String> cells : rows) {
      ++number;
      if (blank(cells)) {
        // A blank row between rows of data keeps its number and holds no record.
        continue;
      }
      Row row = new Row(number, cells, problems, warnings);
      T record = reading.apply(row);
      // One problem per cell: a value that could not be read is not reported again as missing.
      for (ConstraintViolation<T> v : validator.validate(record)) {
        row.problemUnlessReported(columnOf(v.getPropertyPath().toString()), v.getMessage());
      }
      record
          .brokenRules()
          .forEach((field, message) -> row.problemUnlessReported(columnOf(field), message));
      if (!row.hasProblems()) {
        built.add(new Built<>(number, record));
      }
    }
    return built;
  }

  private static boolean blank(Map<String, String> cells) {
    return cells.values().stream().allMatch(v -> v == null || v.isBlank());
  }

  /** A name or title as a row's reference to a record is matched: trimmed, in lower case. */
  protected static String keyOf(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The records of {@code type} whose {@code attribute} (a name, a title) matches one of these
   * {@link #keyOf keys} regardless of case, by key: a few queries for the whole file rather than
   * one per row. A key may match several records; the importer says which rows are ambiguous.
   */
  protected static <R> Map<String, List<R>> byKey(
      EntityManager em,
      Class<R> type,
      String attribute,
      Collection<String> keys,
      Function<R, String> value) {
    Map<String, List<R>> found = new HashMap<>();
    for (List<String> chunk : chunks(new ArrayList<>(keys), 500)) {
      for (R r :
          em.createQuery(
                  "select r from "
                      + type.getSimpleName()
                      + " r where lower(r."
                      + attribute
                      + ") in :keys",
                  type)
              .setParameter("keys", chunk)
              .getResultList()) {
        found.computeIfAbsent(keyOf(value.apply(r)), k -> new ArrayList<>()).add(r);
      }
    }
    return found;
  }

  /**
   * The one record a cell names among those {@link #byKey found} for it, or a problem of the row
   * saying there is none or more than one.
   */
  protected static <R> Optional<R> theOne(
      Row row, String column, String named, List<R> found, String kind) {
    if (found == null || found.isEmpty()) {
      row.problem(
          column,
          "No " + kind + " in the record is called '" + named + "': import or add it first");
      return Optional.empty();
    }
    if (found.size() > 1) {
      row.problem(
          column,
          found.size()
              + " "
              + kind
              + "s are called '"
              + named
              + "'"
              + (kind.equals("organisation") ? ": name it by its Org-ID identifier" : ""));
      return Optional.empty();
    }
    return Optional.of(found.get(0));
  }

  /**
   * The entries of a list staff keep (sectors, themes), read once for a whole import, so that the
   * codes of every row are found without a query per row.
   */
  protected static final class Codes<E extends ListEntry> {
    private final Map<String, E> byCode = new HashMap<>();
    private final String kind;

    public Codes(List<E> entries, String kind) {
      entries.forEach(e -> byCode.put(e.getCode(), e));
      this.kind = kind;
    }

    /** The entry a cell's code names (in any case), or a problem of the row. */
    public Optional<E> in(Row row, String column, String code) {
      E found = byCode.get(code.strip().toUpperCase(Locale.ROOT));
      if (found == null) {
        row.problem(column, "'" + code + "' is not the code of a " + kind + " in the record");
      }
      return Optional.ofNullable(found);
    }
  }

  /** The keys of the values in {@code column} of every row (several per cell where it lists). */
  protected static Set<String> keysIn(List<Map<String, String>> rows, String column) {
    Set<String> keys = new HashSet<>();
    for (Map<String, String> cells : rows) {
      new Row(0, cells, new ArrayList<>()).list(column).forEach(v -> keys.add(keyOf(v)));
    }
    return keys;
  }

  /** Splits a list into pieces of at most {@code size}, for IN clauses of a bounded length. */
  protected static <E> List<List<E>> chunks(List<E> all, int size) {
    List<List<E>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += size) {
      chunks.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return chunks;
  }

  /**
   * One row of an import: its cells read as text, dates, numbers, money or constants, each value
   * that cannot be read reported as a problem of its row and column.
   */
  public static final class Row {

    private static final DateTimeFormatter UK_DATE =
        DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK_DATE_TIME =
        DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);

    private final int number;
    private final Map<String, String> cells;
    private final List<Problem> problems;
    private final List<Problem> warnings;
    private final Set<String> reported = new HashSet<>();

    public Row(int number, Map<String, String> cells, List<Problem> problems) {
      this(number, cells, problems, new ArrayList<>());
    }

    Row(int number, Map<String, String> cells, List<Problem> problems, List<Problem> warnings) {
      this.number = number;
      this.cells = cells;
      this.problems = problems;
      this.warnings = warnings;
    }

    /** Something staff should look at in a cell, which does not stop the import. */
    public void warn(String column, String message) {
      warnings.add(new Problem(number, column, message));
    }

    /** The row's number as the spreadsheet shows it (the first row of data is row 2). */
    public int number() {
      return number;
    }

    /** The cell's text without surrounding spaces, or null when the cell is empty. */
    public String text(String column) {
      String v = cells.get(column);
      return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * A date written 19/11/2020 or 2020-11-19, or as a date and time the way 360Giving files write
     * their dates ({@code 2014-07-24T00:00:00+00:00}): the date as the publisher wrote it, whatever
     * the time and its offset.
     */
    public LocalDate date(String column) {
      String v = text(column);
      if (v == null) {
        return null;
      }
      try {
        if (v.contains("/")) {
          return LocalDate.parse(v, UK_DATE);
        }
        if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
          return DateTimeFormatter.ISO_DATE_TIME.parse(
              v.substring(0, 10) + "T" + v.substring(11), LocalDate::from);
        }
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        problem(
            column,
            "'" + v + "' is not a date; write 19/11/2020, 2020-11-19 or 2020-11-19T00:00:00+00:00");
        return null;
      }
    }

    /**
     * A date and time of day, written 14/03/2019 10:00 or 2019-03-14T10:00 (or 2019-03-14 10:00),
     * as an Excel date-time cell is read.
     */
    public LocalDateTime dateTime(String column) {
      String v = text(column);
      if (v == null) {
        return null;
      }
      try {
        return v.contains("/")
            ? LocalDateTime.parse(v, UK_DATE_TIME)
            : LocalDateTime.parse(v.replace(' ', 'T'));
      } catch (DateTimeParseException e) {
        problem(
            column,
            "'" + v + "' is not a date and time; write 14/03/2019 10:00 or 2019-03-14T10:00");
        return null;
      }
    }

    /** Yes or no, written yes/no, true/false or y/n in any case; empty is no. */
    public boolean yesNo(String column) {
      String v = text(column);
      if (v == null) {
        return false;
      }
      switch (v.toLowerCase(Locale.ROOT)) {
        case "yes", "y", "true":
          return true;
        case "no", "n", "false":
          return false;
        default:
          problem(column, "'" + v + "' is neither yes nor no");
          return false;
      }
    }

    /** A whole number, with or without thousands separators (1,200). */
    public Integer wholeNumber(String column) {
      String v = text(column);
      if (v == null) {
        return null;
      }
      try {
        return Integer.valueOf(v.replace(",", ""));
      } catch (NumberFormatException e) {
        problem(column, "'" + v + "' is not a whole number");
        return null;
      }
    }

    /** An amount in pounds and pence, as 1000.5, 1,000.50 or £1,000.50. */
    public BigDecimal pounds(String column) {
      String v = text(column);
      if (v == null) {
        return null;
      }
      String digits = v.replace("£", "").replace(",", "").strip();
      try {
        BigDecimal amount = new BigDecimal(digits);
        if (amount.stripTrailingZeros().scale() > 2) {
          problem(column, "'" + v + "' has more than two decimal places (pounds and pence)");
          return null;
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
      } catch (NumberFormatException | ArithmeticException e) {
        problem(column, "'" + v + "' is not an amount of money; write 1000.50 or £1,000.50");
        return null;
      }
    }

    /**
     * A constant of {@code type}, written as its name in any case, with spaces or hyphens for
     * underscores ("community group" is COMMUNITY_GROUP).
     */
    public <E extends Enum<E>> E constant(String column, Class<E> type) {
      return constant(column, type, Arrays.asList(type.getEnumConstants()));
    }

    /** A constant of {@code type} among {@code allowed} only. */
    public <E extends Enum<E>> E constant(String column, Class<E> type, List<E> allowed) {
      String v = text(column);
      return v == null ? null : constant(column, v, allowed);
    }

    /** The constants of a cell that holds several, separated by "|". */
    public <E extends Enum<E>> List<E> constants(String column, Class<E> type) {
      List<E> allowed = Arrays.asList(type.getEnumConstants());
      return list(column).stream()
          .map(v -> constant(column, v, allowed))
          .filter(java.util.Objects::nonNull)
          .toList();
    }

    private <E extends Enum<E>> E constant(String column, String v, List<E> allowed) {
      String name = v.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
      Optional<E> found = allowed.stream().filter(e -> e.name().equals(name)).findFirst();
      if (found.isEmpty()) {
        problem(
            column,
            "'"
                + v
                + "' is not one of "
                + allowed.stream().map(Enum::name).collect(Collectors.joining(", ")));
        return null;
      }
      return found.get();
    }

    /**
     * The GSS codes of {@code column} (several separated as in {@link #list}); a value that is not
     * one is a problem of that column.
     */
    public Set<AreaCode> areas(String column) {
      Set<AreaCode> areas = new TreeSet<>();
      for (String code : list(column)) {
        String c = code.toUpperCase(Locale.ROOT);
        if (AreaCode.isValid(c)) {
          areas.add(new AreaCode(c));
        } else {
          problem(
              column,
              "'"
                  + code
                  + "' is not the GSS code of the UK, a nation, an English region or a local"
                  + " authority");
        }
      }
      return areas;
    }

    /** The values of a cell that holds several, separated by "|" (or ";"). */
    public List<String> list(String column) {
      String v = text(column);
      if (v == null) {
        return List.of();
      }
      return Arrays.stream(v.split("[|;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Reports what is wrong with a cell of this row. */
    public void problem(String column, String message) {
      reported.add(column);
      problems.add(new Problem(number, column, message));
    }

    /**
     * Says that what is wrong with {@code column} is already told in another column of the row, so
     * that a rule it breaks is not reported twice.
     */
    public void toldElsewhere(String column) {
      reported.add(column);
    }

    /** Reports a broken rule, unless the cell already has a problem. */
    void problemUnlessReported(String column, String message) {
      if (!reported.contains(column)) {
        problem(column, message);
      }
    }

    /** Whether a cell of this row has a problem already. */
    public boolean hasProblem(String column) {
      return reported.contains(column);
    }

    public boolean hasProblems() {
      return !reported.isEmpty();
    }
  }
}
