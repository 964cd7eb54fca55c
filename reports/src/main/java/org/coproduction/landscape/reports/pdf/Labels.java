package org.coproduction.landscape.reports.pdf;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduction.landscape.reports.LandscapeFigures;
import org.coproduction.landscape.reports.TableArea;

/**
 * What the report templates call to turn stored values into words (their expressions are Java,
 * compiled at build time against this class).
 */
public final class Labels {

  private Labels() {}

  /** Space-separated GSS codes as "E09000007 London borough; W92000004 Wales". */
  public static String areas(String codes) {
    if (codes == null || codes.isBlank()) {
      return null;
    }
    String[] c = codes.split(" ");
    String[] n = TableArea.areaNames(codes).split("; ");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < c.length; i++) {
      if (i > 0) {
        b.append("; ");
      }
      b.append(c[i]).append(' ').append(n[i]);
    }
    return b.toString();
  }

  /** The nation a directory group stands for: E, W, S, N, or K for UK-wide or several nations. */
  public static String nation(String letter) {
    if (letter == null) {
      return "";
    }
    return switch (letter) {
      case "E" -> "England (E92000001)";
      case "W" -> "Wales (W92000004)";
      case "S" -> "Scotland (S92000003)";
      case "N" -> "Northern Ireland (N92000002)";
      default -> "UK-wide, several nations or no area recorded";
    };
  }

  public static String status(String status) {
    return LandscapeFigures.statusLabel(status);
  }

  public static String scope(String scope) {
    return scope == null
        ? null
        : org.coproduction.landscape.network.NetworkScope.valueOf(scope).displayName();
  }

  /** The text after the sort prefix of a key "07|E12000007 London". */
  public static String afterKey(String key) {
    return key == null ? null : key.substring(key.indexOf('|') + 1);
  }

  /**
   * Whether a cell of the area and sector table is a gap: none in one of the twelve areas of the UK
   * table.
   */
  public static boolean isGap(String areaKey, Long networks) {
    return (networks == null || networks == 0)
        && Integer.parseInt(areaKey.substring(0, 2)) <= TableArea.ukTable().size();
  }

  /**
   * What a bar chart shows, in words, for a reader who cannot see it (its text alternative in the
   * PDF): its title, then each bar's category with the value of every series, in the chart's order.
   * {@code series} alternates a row's key and the series' name; {@code pounds} writes values as
   * sums of money.
   *
   * <p>For example: "Bar chart, Networks founded and closed, by year. 2019: founded 4, closed 1.
   * 2020: founded 2, closed 3."
   */
  public static String barChart(
      String title, List<Map<String, ?>> rows, String category, boolean pounds, String... series) {
    DecimalFormat number =
        new DecimalFormat(pounds ? "£#,##0" : "#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    StringBuilder b = new StringBuilder("Bar chart, ").append(title).append('.');
    if (rows == null || rows.isEmpty()) {
      return b.append(" No figures to show.").toString();
    }
    for (Map<String, ?> row : rows) {
      b.append(' ').append(row.get(category)).append(':');
      for (int i = 0; i + 1 < series.length; i += 2) {
        Object value = row.get(series[i]);
        b.append(i == 0 ? " " : ", ")
            .append(series[i + 1].toLowerCase(Locale.UK))
            .append(' ')
            .append(value instanceof Number n ? number.format(n) : number.format(0));
      }
      b.append('.');
    }
    return b.toString();
  }
}
