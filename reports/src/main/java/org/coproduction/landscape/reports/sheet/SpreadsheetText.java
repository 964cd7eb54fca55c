package org.coproduction.landscape.reports.sheet;

/**
 * The one place that makes text safe for spreadsheets (formula injection, CWE-1236): a value
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return could be run
 * as a formula when a spreadsheet opens or re-imports it.
 *
 * <p>Workbooks keep such a value as a text cell, unchanged, with the "quote prefix" style (the
 * apostrophe Excel and LibreOffice show for text typed as {@code '=...}): it stays readable and is
 * never evaluated, not even after the cell is edited. Text for CSV or other plain-text tables gets
 * a leading apostrophe instead ({@link #forCsv}), as OWASP recommends.
 */
public final class SpreadsheetText {

  private SpreadsheetText() {}

  /** Whether a spreadsheet could take {@code text} for a formula. */
  public static boolean needsProtection(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> true;
      default -> false;
    };
  }

  /** {@code text} for a CSV cell: prefixed with an apostrophe when it needs protection. */
  public static String forCsv(String text) {
    return needsProtection(text) ? "'" + text : text;
  }
}
