package org.coproduction.landscape.reports.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.landscape.reports.workbook.Column;
import org.coproduction.landscape.reports.workbook.WorkbookWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The same cells written by fastexcel: header row, widths, column formats, frozen pane,
 * auto-filter.
 */
final class FastexcelSink implements CellSink {

  private final Workbook book;
  private Worksheet sheet;
  private List<Column> columns;
  private int row;
  private int column;

  FastexcelSink(OutputStream out) {
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
      switch (col.kind()) {
        case DATE -> sheet.style(c).format("yyyy-mm-dd").set();
        case MONEY -> sheet.style(c).format("#,##0.00").set();
        case INTEGER -> sheet.style(c).format("#,##0").set();
        default -> {}
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
  }

  @Override
  public void row() {
    row++;
    column = 0;
    if (row % 1000 == 0) {
      try {
        sheet.flush();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Override
  public void text(String value) {
    if (value != null && !value.isEmpty()) {
      // fastexcel 0.20 has no quote-prefix style: text cells are safe anyway, the style only guards
      // later edits.
      sheet.inlineString(row, column, value);
    }
    column++;
  }

  @Override
  public void number(Long value) {
    if (value != null) {
      sheet.value(row, column, value);
    }
    column++;
  }

  @Override
  public void money(BigDecimal value) {
    if (value != null) {
      sheet.value(row, column, value.doubleValue());
    }
    column++;
  }

  @Override
  public void date(LocalDate value) {
    if (value != null) {
      sheet.value(row, column, value);
    }
    column++;
  }

  @Override
  public void endSheet() throws IOException {
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
