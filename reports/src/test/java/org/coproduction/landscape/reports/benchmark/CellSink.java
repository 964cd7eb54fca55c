package org.coproduction.landscape.reports.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.landscape.reports.workbook.Column;

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
}
