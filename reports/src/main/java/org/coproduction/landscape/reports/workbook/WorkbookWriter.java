package org.coproduction.landscape.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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

  private final SXSSFWorkbook workbook;
  private final Styles styles;
  private final List<Described> described = new ArrayList<>();

  /** A sheet and its columns, for the "About" sheet. */
  public record Described(String sheet, List<Column> columns) {}

  public WorkbookWriter() {
    // No shared strings table (text is written inline, nothing grows with the rows); temp files
    // uncompressed.
    workbook = new SXSSFWorkbook(null, WINDOW, false, false);
    styles = new Styles(workbook);
  }

  /**
   * Adds a data sheet with its header row; write its rows, then call {@link SheetWriter#filter()}.
   */
  public SheetWriter sheet(String name, List<Column> columns) {
    described.add(new Described(name, List.copyOf(columns)));
    return new SheetWriter(workbook.createSheet(name), columns, styles);
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
