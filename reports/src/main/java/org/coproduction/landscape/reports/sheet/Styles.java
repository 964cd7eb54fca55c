package org.coproduction.landscape.reports.sheet;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a workbook, made once when the workbook is opened (a style per cell would
 * exhaust the file's 64,000 styles and slow every write): one per column kind, each in a plain, a
 * total (bold) and, for text, a quote-prefixed variant (see {@code SpreadsheetText}).
 */
final class Styles {

  /** ISO dates: unambiguous to every reader. */
  static final String DATE_FORMAT = "yyyy-mm-dd";

  static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

  /**
   * How a gap (a count of zero where there should be some) is shown: in words, not colour alone.
   */
  static final String GAP_FORMAT = "#,##0;-#,##0;\"0 (gap)\"";

  final CellStyle title;
  final CellStyle header;
  final CellStyle gap;
  private final Map<Column.Kind, CellStyle> plain = new EnumMap<>(Column.Kind.class);
  private final Map<Column.Kind, CellStyle> total = new EnumMap<>(Column.Kind.class);
  private final Map<Column.Kind, CellStyle> quoted = new EnumMap<>(Column.Kind.class);

  Styles(Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);

    Font large = workbook.createFont();
    large.setBold(true);
    large.setFontHeightInPoints((short) 14);
    title = workbook.createCellStyle();
    title.setFont(large);

    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);

    var formats = workbook.createDataFormat();
    for (Column.Kind kind : Column.Kind.values()) {
      for (boolean isTotal : new boolean[] {false, true}) {
        CellStyle s = workbook.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        switch (kind) {
          case CODE -> s.setDataFormat(formats.getFormat("@"));
          case WRAPPED_TEXT -> s.setWrapText(true);
          case INTEGER -> s.setDataFormat(formats.getFormat("#,##0"));
          case MONEY -> s.setDataFormat(formats.getFormat("#,##0.00"));
          case DATE -> s.setDataFormat(formats.getFormat(DATE_FORMAT));
          case DATE_TIME -> s.setDataFormat(formats.getFormat(DATE_TIME_FORMAT));
          case PERCENT -> s.setDataFormat(formats.getFormat("0.0%"));
          case TEXT -> {}
        }
        if (isTotal) {
          s.setFont(bold);
          s.setBorderTop(BorderStyle.THIN);
          total.put(kind, s);
        } else {
          plain.put(kind, s);
        }
      }
      if (kind == Column.Kind.TEXT
          || kind == Column.Kind.CODE
          || kind == Column.Kind.WRAPPED_TEXT) {
        CellStyle q = workbook.createCellStyle();
        q.cloneStyleFrom(plain.get(kind));
        q.setQuotePrefixed(true);
        quoted.put(kind, q);
      }
    }

    gap = workbook.createCellStyle();
    gap.cloneStyleFrom(plain.get(Column.Kind.INTEGER));
    gap.setFillForegroundColor(IndexedColors.ROSE.getIndex());
    gap.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    gap.setDataFormat(formats.getFormat(GAP_FORMAT));
  }

  CellStyle of(Column.Kind kind, boolean isTotal) {
    return (isTotal ? total : plain).get(kind);
  }

  /** The quote-prefixed style of a text column: the value is shown as typed and never evaluated. */
  CellStyle quoted(Column.Kind kind) {
    CellStyle q = quoted.get(kind);
    return q == null ? quoted.get(Column.Kind.TEXT) : q;
  }
}
