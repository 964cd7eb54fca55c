package org.coproduction.landscape.reports.pdf;

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
}
