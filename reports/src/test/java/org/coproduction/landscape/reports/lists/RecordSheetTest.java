package org.coproduction.landscape.reports.lists;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.coproduction.landscape.reports.LandscapeFixture;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.sheet.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each kind's rows read by a list's ids come in the order of the ids and are the same rows as the
 * whole kind read at once (the whole kind gathers its codes, names and counts grouped and joined, a
 * batch with a subquery for each row: {@code reports.Gathered}'s two forms agree cell for cell,
 * zero counts included); and the CSV a download writes is what a spreadsheet reads safely. On the
 * test database (H2, or PostgreSQL with {@code -Ppostgres}).
 */
class RecordSheetTest {

  @ParameterizedTest
  @EnumSource(RecordSheet.class)
  void aBatchOfIdsReadsTheSameRowsInTheOrderOfItsIds(RecordSheet sheet)
      throws SQLException, IOException {
    try (Connection c = LandscapeFixture.connection()) {
      ReportSource source = LandscapeFixture.source(c);
      List<CSVRecord> every = rows(sheet, source, sheet.everySql());
      assertFalse(every.isEmpty(), "the fixture has " + sheet.kind());
      List<Long> ids = new ArrayList<>();
      source.each(sheet.everySql(), r -> ids.add(r.count("id")));
      Collections.reverse(ids);
      List<CSVRecord> batch =
          rows(
              sheet, source, sheet.batchSql(), c.createArrayOf("bigint", ids.toArray(Long[]::new)));
      List<List<String>> expected = new ArrayList<>(every.stream().map(CSVRecord::toList).toList());
      Collections.reverse(expected);
      assertEquals(expected, batch.stream().map(CSVRecord::toList).toList());
      assertEquals(sheet.columns().size(), batch.get(0).size(), "a cell for every column");
    }
  }

  @Test
  void aCountOverNoRelatedRowsIsZeroReadWholeAndInABatch() throws SQLException, IOException {
    try (Connection c = LandscapeFixture.connection()) {
      ReportSource source = LandscapeFixture.source(c);
      // Joined, an organisation that made no grant has no row in the grouped counts (null); its
      // cell
      // must still say 0, as the subquery of a batch does.
      List<CSVRecord> every =
          rows(RecordSheet.ORGANISATIONS, source, RecordSheet.ORGANISATIONS.everySql());
      int made = RecordSheet.ORGANISATIONS.columns().indexOf(column("Grants made"));
      List<CSVRecord> none = every.stream().filter(r -> r.get(made).equals("0")).toList();
      assertFalse(none.isEmpty(), "the fixture has organisations that made no grant");
      Long id = Long.valueOf(none.get(0).get(0));
      List<CSVRecord> batch =
          rows(
              RecordSheet.ORGANISATIONS,
              source,
              RecordSheet.ORGANISATIONS.batchSql(),
              c.createArrayOf("bigint", new Long[] {id}));
      assertEquals("0", batch.get(0).get(made));
    }
  }

  private static org.coproduction.landscape.reports.sheet.Column column(String title) {
    return RecordSheet.ORGANISATIONS.columns().stream()
        .filter(c -> c.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aBatchReadsOnlyItsIds() throws SQLException, IOException {
    try (Connection c = LandscapeFixture.connection()) {
      ReportSource source = LandscapeFixture.source(c);
      List<CSVRecord> every = rows(RecordSheet.NETWORKS, source, RecordSheet.NETWORKS.everySql());
      Long second = Long.valueOf(every.get(1).get(0));
      List<CSVRecord> one =
          rows(
              RecordSheet.NETWORKS,
              source,
              RecordSheet.NETWORKS.batchSql(),
              c.createArrayOf("bigint", new Long[] {second, -1L}));
      assertEquals(1, one.size());
      assertEquals(every.get(1).toList(), one.get(0).toList());
    }
  }

  @Test
  void csvIsUtf8WithAByteOrderMarkTitledByColumnsAndFormulaSafe() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Column> columns =
        List.of(
            Column.text("Name", 10, "name"),
            Column.integer("Count", 10, "count"),
            Column.money("Amount", 10, "amount"),
            Column.date("Day", "day"),
            Column.dateTime("Starts", "starts"),
            Column.text("Note", 10, "note"));
    try (CsvCells cells = new CsvCells(out, columns)) {
      cells
          .row()
          .text("=HYPERLINK(\"http://example.invalid\",\"x\")")
          .number(3L)
          .money(new BigDecimal("1250.50"))
          .date(LocalDate.of(2026, 3, 1))
          .dateTime(LocalDateTime.of(2026, 3, 1, 10, 0))
          .text("Café, \"quoted\"\nsecond line");
      cells.row().text("-1+1").blank().money(null).date(null).dateTime(null).text("@SUM(A1)");
    }
    byte[] bytes = out.toByteArray();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "BOM");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.contains("\r\n"), "CRLF records");
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    assertEquals(
        List.of("Name", "Count", "Amount", "Day", "Starts", "Note"), records.get(0).toList());
    assertEquals(
        List.of(
            "'=HYPERLINK(\"http://example.invalid\",\"x\")",
            "3",
            "1250.50",
            "2026-03-01",
            "2026-03-01 10:00",
            "Café, \"quoted\"\nsecond line"),
        records.get(1).toList());
    assertEquals(List.of("'-1+1", "", "", "", "", "'@SUM(A1)"), records.get(2).toList());
    assertEquals(3, records.size());
  }

  /** The rows of {@code sql} as a download's CSV would hold them, read back. */
  private static List<CSVRecord> rows(
      RecordSheet sheet, ReportSource source, String sql, Object... parameters) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvCells cells = new CsvCells(out, sheet.columns())) {
      source.each(sql, r -> sheet.write(source, r, cells), parameters);
    }
    String text = out.toString(StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    assertEquals(
        sheet.columns().stream().map(Column::title).toList(), records.get(0).toList(), "header");
    return records.subList(1, records.size());
  }
}
