package org.coproduction.landscape.reports.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.landscape.reports.sheet.Column;
import org.coproduction.landscape.reports.sheet.SheetWriter;
import org.coproduction.landscape.reports.sheet.WorkbookWriter;

/**
 * The reports' own writer: {@link WorkbookWriter} on POI SXSSF, styles made once, quote-prefixed
 * risky text.
 */
final class PoiSink implements CellSink {

  private final WorkbookWriter book = new WorkbookWriter();
  private final OutputStream out;
  private SheetWriter sheet;

  PoiSink(OutputStream out) {
    this.out = out;
  }

  @Override
  public void sheet(String name, List<Column> columns) {
    sheet = book.sheet(name, name, columns);
  }

  @Override
  public void row() {
    sheet.row();
  }

  @Override
  public void text(String value) {
    sheet.text(value);
  }

  @Override
  public void number(Long value) {
    sheet.number(value);
  }

  @Override
  public void money(BigDecimal value) {
    sheet.money(value);
  }

  @Override
  public void date(LocalDate value) {
    sheet.date(value);
  }

  @Override
  public void endSheet() {
    sheet.filter();
  }

  @Override
  public void finish() throws IOException {
    book.write(out);
  }

  @Override
  public void close() throws IOException {
    book.close();
  }
}
