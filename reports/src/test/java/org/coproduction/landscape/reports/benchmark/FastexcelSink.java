package org.coproduction.landscape.reports.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.landscape.reports.sheet.Column;
import org.coproduction.landscape.reports.sheet.WorkbookWriter;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The same cells written by fastexcel: header row, widths, frozen pane, auto-filter, and, as {@link
 * Styling} says, cells styled as the reports' writer styles them (number format, top alignment,
 * wrapping). fastexcel 0.20 has no quote-prefix style, so risky text is written without one: a
 * little less work than the other writers do.
 */
final class FastexcelSink implements CellSink {

  /** How the cells get their styles. */
  enum Styling {
    /**
     * {@code style(row, column)...set()} on every cell written: the same cells as the reports'
     * writer, at the cost of a style lookup per cell.
     */
    CELL,
    /**
     * A range per column over each block of {@value #BLOCK} rows, just before the block leaves
     * memory: fastexcel's cheapest way to style what it writes. Empty cells in the block get the
     * style too, so there are more cells than the reports' writer writes.
     */
    RANGE,
    /**
     * Column styles only, as the benchmark had it at first: fewer cells styled than the reports'
     * writer styles. A column style applies to cells typed in later; Excel shows a written date
     * without a style of its own as a number (dhatim/fastexcel#368).
     */
    COLUMN
  }

  private final Styling styling;
  private final Workbook book;
  private Worksheet sheet;
  private List<Column> columns;
  private int row;
  private int column;
  private int blockStart;

  static final int BLOCK = 1000;

  FastexcelSink(OutputStream out, Styling styling) {
    this.styling = styling;
    book = new Workbook(out, "Landscape benchmark", "1.0");
    book.setCompressionLevel(WorkbookWriter.DEFLATE_LEVEL);
  }

  @Override
  public void sheet(String name, List<Column> columns) {
    this.columns = columns;
    sheet = book.newWorksheet(name);
    for (int c = 0; c < columns.size(); c++) {
      Column col = columns.get(c);
      sheet.value(0, c, col.title());
      sheet.width(c, col.width());
      if (styling == Styling.COLUMN) {
        switch (col.kind()) {
          case DATE -> sheet.style(c).format("yyyy-mm-dd").set();
          case MONEY -> sheet.style(c).format("#,##0.00").set();
          case INTEGER -> sheet.style(c).format("#,##0").set();
          default -> {}
        }
      }
    }
    sheet
        .range(0, 0, 0, columns.size() - 1)
        .style()
        .bold()
        .fillColor("D9D9D9")
        .wrapText(true)
        .set();
    sheet.freezePane(0, 1);
    row = 0;
    blockStart = 1;
  }

  @Override
  public void row() {
    row++;
    column = 0;
    if (row % BLOCK == 0) {
      try {
        if (styling == Styling.RANGE) {
          styleBlock(row - 1);
        }
        sheet.flush();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Override
  public void text(String value) {
    if (value != null && !value.isEmpty()) {
      sheet.inlineString(row, column, value);
      styleCell();
    }
    column++;
  }

  @Override
  public void number(Long value) {
    if (value != null) {
      sheet.value(row, column, value);
      styleCell();
    }
    column++;
  }

  @Override
  public void money(BigDecimal value) {
    if (value != null) {
      sheet.value(row, column, value.doubleValue());
      styleCell();
    }
    column++;
  }

  @Override
  public void date(LocalDate value) {
    if (value != null) {
      sheet.value(row, column, value);
      styleCell();
    }
    column++;
  }

  private void styleCell() {
    if (styling == Styling.CELL) {
      style(sheet.style(row, column), column);
    }
  }

  /** Styles the rows of the block so far, column by column. */
  private void styleBlock(int last) {
    if (last < blockStart) {
      return;
    }
    for (int c = 0; c < columns.size(); c++) {
      style(sheet.range(blockStart, c, last, c).style(), c);
    }
    blockStart = last + 1;
  }

  /** The style of a column's cells, as the reports' writer has it. */
  private void style(StyleSetter style, int c) {
    style.verticalAlignment("top");
    switch (columns.get(c).kind()) {
      case CODE -> style.format("@");
      case WRAPPED_TEXT -> style.wrapText(true);
      case INTEGER -> style.format("#,##0");
      case MONEY -> style.format("#,##0.00");
      case DATE -> style.format("yyyy-mm-dd");
      default -> {}
    }
    style.set();
  }

  @Override
  public void endSheet() throws IOException {
    if (styling == Styling.RANGE) {
      styleBlock(row);
    }
    sheet.setAutoFilter(0, 0, Math.max(row, 1), columns.size() - 1);
    sheet.finish();
  }

  @Override
  public void finish() throws IOException {
    book.finish();
  }

  @Override
  public void close() {}
}
