package org.coproduction.landscape.reports.sheet;

/**
 * How a cell's value is spelled in a sheet's XML by the workbook writer ({@link SheetFileWriter}),
 * and by anything that must write the same XML (the reports benchmark's floor).
 */
public final class CellXml {

  /** Beyond this a double is not written as a whole number (2^53: every long below is exact). */
  private static final double WHOLE_LIMIT = 9.007199254740992E15;

  private CellXml() {}

  /**
   * A number as the cell's value: whole numbers without ".0" ({@code 42}), others as Java has them.
   */
  public static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < WHOLE_LIMIT) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /**
   * Text whose first or last character is white space, which XML keeps only when told to ({@code
   * xml:space="preserve"}).
   */
  public static boolean keepsSpace(String text) {
    return !text.isEmpty()
        && (Character.isWhitespace(text.charAt(0))
            || Character.isWhitespace(text.charAt(text.length() - 1)));
  }
}
