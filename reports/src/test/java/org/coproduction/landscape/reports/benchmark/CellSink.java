package org.coproduction.landscape.reports.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.coproduction.landscape.reports.sheet.Cells;
import org.coproduction.landscape.reports.sheet.Column;

/**
 * Where the benchmark writes the same typed cells: POI SXSSF (the reports' own writer), fastexcel,
 * or raw XML.
 */
interface CellSink extends AutoCloseable {

  void sheet(String name, List<Column> columns) throws IOException;

  void row();

  void text(String value);

  void number(Long value);

  void money(BigDecimal value);

  void date(LocalDate value);

  /** Ends the current sheet (filter, flush). */
  void endSheet() throws IOException;

  /** Finishes the file. */
  void finish() throws IOException;

  @Override
  void close() throws IOException;

  /** This sink as the rows of a sheet are written: each call goes to the sink. */
  default Cells cells() {
    CellSink sink = this;
    return new Cells() {
      @Override
      public Cells row() {
        sink.row();
        return this;
      }

      @Override
      public Cells text(String value) {
        sink.text(value);
        return this;
      }

      @Override
      public Cells number(Long value) {
        sink.number(value);
        return this;
      }

      @Override
      public Cells money(BigDecimal value) {
        sink.money(value);
        return this;
      }

      @Override
      public Cells date(LocalDate value) {
        sink.date(value);
        return this;
      }

      @Override
      public Cells dateTime(LocalDateTime value) {
        sink.text(value == null ? null : value.toString());
        return this;
      }

      @Override
      public Cells blank() {
        sink.text(null);
        return this;
      }
    };
  }
}
