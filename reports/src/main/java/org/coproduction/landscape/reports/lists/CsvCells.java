package org.coproduction.landscape.reports.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coproduction.landscape.reports.sheet.Cells;
import org.coproduction.landscape.reports.sheet.Column;
import org.coproduction.landscape.reports.sheet.SpreadsheetText;

/**
 * Rows of a sheet as a CSV file (RFC 4180, CRLF, UTF-8 with a byte order mark so that Excel reads
 * the accents): a header row of the columns' titles, then one record per row. Text that a
 * spreadsheet could run as a formula is prefixed with an apostrophe ({@link SpreadsheetText});
 * numbers and amounts are plain ({@code 1250.50}), dates ISO ({@code 2026-03-01}), times to the
 * minute ({@code 2026-03-01 10:00}).
 */
final class CsvCells implements Cells, AutoCloseable {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Writer writer;
  private final CSVPrinter printer;
  private final List<String> row;
  private boolean started;

  CsvCells(OutputStream out, List<Column> columns) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    printer.printRecord(columns.stream().map(Column::title).toList());
    row = new ArrayList<>(columns.size());
  }

  @Override
  public CsvCells row() {
    end();
    started = true;
    return this;
  }

  @Override
  public CsvCells text(String value) {
    return cell(value == null || value.isEmpty() ? null : SpreadsheetText.forCsv(value));
  }

  @Override
  public CsvCells number(Long value) {
    return cell(value == null ? null : value.toString());
  }

  @Override
  public CsvCells money(BigDecimal value) {
    return cell(value == null ? null : value.toPlainString());
  }

  @Override
  public CsvCells date(LocalDate value) {
    return cell(value == null ? null : value.toString());
  }

  @Override
  public CsvCells dateTime(LocalDateTime value) {
    return cell(value == null ? null : MINUTES.format(value));
  }

  @Override
  public CsvCells blank() {
    return cell(null);
  }

  private CsvCells cell(String value) {
    row.add(value == null ? "" : value);
    return this;
  }

  /** Writes the row being filled, if any. */
  private void end() {
    if (!started) {
      return;
    }
    try {
      printer.printRecord(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    row.clear();
    started = false;
  }

  /** Writes the last row and flushes; the stream underneath stays open. */
  @Override
  public void close() throws IOException {
    end();
    printer.flush();
    writer.flush();
  }
}
