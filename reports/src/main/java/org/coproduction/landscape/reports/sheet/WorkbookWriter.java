package org.coproduction.landscape.reports.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming XLSX workbook (POI SXSSF): at most {@value #WINDOW} rows per sheet in memory, the
 * rest in temporary files that {@link #close()} deletes. Styles are made once ({@link Styles});
 * every data sheet has explicit column widths, a frozen header row and an auto-filter.
 *
 * <p>Use one per document, in try-with-resources.
 */
public final class WorkbookWriter implements AutoCloseable {

  /** Rows kept in memory per sheet before they are flushed to the temporary file. */
  public static final int WINDOW = 100;

  /**
   * How hard the file is compressed: deflate level 4 of 9, the level fastexcel uses, rather than
   * the default 6. The benchmark compares every writer at this level.
   */
  public static final int DEFLATE_LEVEL = 4;

  private final SXSSFWorkbook workbook;
  private final Styles styles;
  private final List<Described> described = new ArrayList<>();

  /** A sheet and its columns, for the "About" sheet. */
  public record Described(String sheet, List<Column> columns) {}

  public WorkbookWriter() {
    // No shared strings table (text is written inline, nothing grows with the rows); temp files
    // uncompressed.
    workbook =
        new SXSSFWorkbook(null, WINDOW, false, false) {
          @Override
          protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(DEFLATE_LEVEL);
            return zip;
          }

          @Override
          protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetFileWriter();
          }
        };
    styles = new Styles(workbook);
  }

  /**
   * Adds a data sheet with a title row saying what it holds ({@code title}), then its header row;
   * write its rows, then call {@link SheetWriter#filter()}.
   */
  public SheetWriter sheet(String name, String title, List<Column> columns) {
    described.add(new Described(name, List.copyOf(columns)));
    return new SheetWriter(
        workbook.createSheet(name), java.util.Objects.requireNonNull(title), columns, styles);
  }

  /**
   * Adds a sheet of a file another tool imports (360Giving's, Kumu's), whose first row must be the
   * column titles: no title row above them.
   */
  public SheetWriter exchangeSheet(String name, List<Column> columns) {
    described.add(new Described(name, List.copyOf(columns)));
    return new SheetWriter(workbook.createSheet(name), null, columns, styles);
  }

  /** The sheets added so far, with their columns. */
  public List<Described> described() {
    return List.copyOf(described);
  }

  public void write(OutputStream out) throws IOException {
    workbook.write(out);
  }

  /** Deletes the temporary files and releases the workbook. */
  @Override
  public void close() throws IOException {
    try {
      workbook.dispose();
    } finally {
      workbook.close();
    }
  }
}
