package org.coproduction.landscape.web.imports;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.coproduction.landscape.network.NetworkImport;

/**
 * How large a workbook the import reads as a stream: writes a workbook of {@code rows} networks
 * (default 10,000, the most an import takes) with text, date and number cells, then reads it the
 * way the import screen does, and prints the file's size, the time and the peak heap in use. A
 * main, not a test: {@code ./mvnw -pl web -Pbenchmark verify} runs it with {@code -Xmx128m} ({@code
 * -Dbenchmark.rows=...}, {@code -Dbenchmark.heap=...}).
 */
public final class ImportReadBenchmark {

  private ImportReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path file = Files.createTempFile("import-benchmark", ".xlsx");
    try {
      write(file, rows);
      SpreadsheetReader reader =
          new SpreadsheetReader(NetworkImport.COLUMNS, List.of("name", "scope"), rows);
      for (int run = 1; run <= 3; run++) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        List<Map<String, String>> read;
        try (InputStream in = Files.newInputStream(file)) {
          read = reader.read("networks.xlsx", in);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          if (pool.getType() == MemoryType.HEAP) {
            peak += pool.getPeakUsage().getUsed();
          }
        }
        System.out.printf(
            "run %d: %,d rows from a %,d KB workbook in %,d ms, peak heap %,d MB (max %,d MB)%n",
            run,
            read.size(),
            Files.size(file) / 1024,
            ms,
            peak / (1024 * 1024),
            Runtime.getRuntime().maxMemory() / (1024 * 1024));
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void write(Path file, int rows) throws Exception {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Networks");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("d mmm yyyy"));
      Row header = sheet.createRow(0);
      String[] titles = {
        "name", "scope", "founded_on", "areas", "membership_estimate", "description"
      };
      for (int c = 0; c < titles.length; c++) {
        header.createCell(c).setCellValue(titles[c]);
      }
      for (int r = 1; r <= rows; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("Co-production network number " + r);
        row.createCell(1).setCellValue("LOCAL");
        row.createCell(2).setCellValue(java.time.LocalDate.of(2015, 1, 1).plusDays(r % 3000));
        row.getCell(2).setCellStyle(date);
        row.createCell(3).setCellValue("E12000003|E08000035");
        row.createCell(4).setCellValue(10 + r % 500);
        row.createCell(5)
            .setCellValue("Practitioners and people with lived experience working together, " + r);
      }
      wb.write(out);
      wb.dispose();
    }
  }
}
