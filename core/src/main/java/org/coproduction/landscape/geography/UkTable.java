package org.coproduction.landscape.geography;

import java.util.stream.Collectors;

/**
 * Where a record's GSS code falls in a UK table of twelve areas ({@link Area#ukTable()}: the nine
 * English regions, Wales, Scotland, Northern Ireland). A region or nation is its own area; a Welsh,
 * Scottish or Northern Irish local authority belongs to its nation; a London borough (E09) to
 * London. Other English local authorities, and England as a whole, cannot be placed in a region
 * without a lookup the record does not hold: they fall to England ({@code E92000001}), outside the
 * twelve. Anything else, the UK as a whole included, falls to the UK ({@code K02000001}).
 *
 * <p>Every figure "by area" (the dashboard's map, the landscape PDF's and workbook's tables,
 * London's share) places codes by this one rule, so they agree.
 */
public final class UkTable {

  private UkTable() {}

  /**
   * An SQL expression, the same in PostgreSQL and H2, that gives the GSS code of the area the code
   * in {@code column} falls in.
   */
  public static String placeSql(String column) {
    String own =
        Area.ukTable().stream().map(a -> "'" + a.gssCode() + "'").collect(Collectors.joining(", "));
    return "case when "
        + column
        + " in ("
        + own
        + ") then "
        + column
        + when(column, "W%", Area.WALES.gssCode())
        + when(column, "S%", Area.SCOTLAND.gssCode())
        + when(column, "N%", Area.NORTHERN_IRELAND.gssCode())
        + when(column, "E09%", Area.LONDON.gssCode())
        + when(column, "E%", Area.ENGLAND.gssCode())
        + " else '"
        + AreaCode.UNITED_KINGDOM
        + "' end";
  }

  private static String when(String column, String pattern, String area) {
    return " when " + column + " like '" + pattern + "' then '" + area + "'";
  }
}
