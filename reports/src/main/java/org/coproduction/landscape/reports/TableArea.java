package org.coproduction.landscape.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.geography.UkTable;

/**
 * A row of a UK table: one of the twelve areas of {@link Area#ukTable()} (the nine English regions,
 * Wales, Scotland, Northern Ireland), or one of the two rows for records that cannot be placed in
 * one of them: England with no region recorded, and the UK as a whole.
 *
 * <p>A record's GSS codes are placed in SQL by {@link #placeSql(String)}, core's one rule ({@link
 * UkTable}): English local authorities outside London and England as a whole go to "England, region
 * not recorded".
 */
public record TableArea(
    String gssCode, String itl1Code, String name, String nation, boolean inUkTable) {

  /** England as a whole, or an English local authority outside London. */
  public static final TableArea ENGLAND_UNPLACED =
      new TableArea(Area.ENGLAND.gssCode(), "", "England, region not recorded", "England", false);

  /** The UK as a whole (K02000001), or no area recorded. */
  public static final TableArea UK_WIDE =
      new TableArea(AreaCode.UNITED_KINGDOM, "", "UK-wide", "United Kingdom", false);

  /** The twelve areas of a UK table, in their usual order. */
  public static List<TableArea> ukTable() {
    return Area.ukTable().stream()
        .map(
            a ->
                new TableArea(
                    a.gssCode(), a.itl1Code(), a.displayName(), a.nation().displayName(), true))
        .toList();
  }

  /** The twelve areas, then the two rows for what cannot be placed in one of them. */
  public static List<TableArea> all() {
    List<TableArea> all = new ArrayList<>(ukTable());
    all.add(ENGLAND_UNPLACED);
    all.add(UK_WIDE);
    return all;
  }

  private static final Map<String, TableArea> BY_CODE =
      all().stream().collect(Collectors.toUnmodifiableMap(TableArea::gssCode, Function.identity()));

  /** The row a code given by {@link #placeSql} stands for. */
  public static TableArea of(String placedCode) {
    TableArea a = BY_CODE.get(placedCode);
    if (a == null) {
      throw new IllegalArgumentException("Not a UK table row: " + placedCode);
    }
    return a;
  }

  /**
   * An SQL expression that places the GSS code in {@code column} on a row of the table (its GSS
   * code), by core's one rule ({@link UkTable}).
   */
  public static String placeSql(String column) {
    return UkTable.placeSql(column);
  }

  /** A code with its name, as a reader of a table expects: "E12000007 London". */
  public String label() {
    return gssCode + " " + name;
  }

  /**
   * The names of space-separated GSS codes, joined by "; ": the one way every document names areas
   * (the workbooks, the Kumu export, the PDFs' labels).
   */
  public static String areaNames(String codes) {
    if (codes == null || codes.isBlank()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (String code : codes.split(" ")) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(AreaCode.isValid(code) ? new AreaCode(code).displayName() : code);
    }
    return b.toString();
  }
}
