package org.coproduction.landscape.reports.sheet;

import java.util.Objects;

/**
 * A column of a data sheet: its title in the header row, its width in characters, what its cells
 * hold (which decides their style and number format), and what it means (for the "About" sheet).
 */
public record Column(String title, int width, Kind kind, String meaning) {

  /** What the cells of a column hold. */
  public enum Kind {
    TEXT,
    /** A code (GSS, ITL1, Org-ID): text, never a number, so leading zeros stay. */
    CODE,
    WRAPPED_TEXT,
    INTEGER,
    MONEY,
    DATE,
    DATE_TIME,
    PERCENT
  }

  public Column {
    Objects.requireNonNull(title);
    Objects.requireNonNull(kind);
    if (width < 4 || width > 255) {
      throw new IllegalArgumentException("A column is 4 to 255 characters wide: " + title);
    }
  }

  public static Column text(String title, int width, String meaning) {
    return new Column(title, width, Kind.TEXT, meaning);
  }

  public static Column code(String title, int width, String meaning) {
    return new Column(title, width, Kind.CODE, meaning);
  }

  public static Column wrapped(String title, int width, String meaning) {
    return new Column(title, width, Kind.WRAPPED_TEXT, meaning);
  }

  public static Column integer(String title, int width, String meaning) {
    return new Column(title, width, Kind.INTEGER, meaning);
  }

  public static Column money(String title, int width, String meaning) {
    return new Column(title, width, Kind.MONEY, meaning);
  }

  public static Column date(String title, String meaning) {
    return new Column(title, 12, Kind.DATE, meaning);
  }

  public static Column dateTime(String title, String meaning) {
    return new Column(title, 17, Kind.DATE_TIME, meaning);
  }

  public static Column percent(String title, int width, String meaning) {
    return new Column(title, width, Kind.PERCENT, meaning);
  }
}
