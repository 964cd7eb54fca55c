package org.coproduction.landscape.web.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Turns an uploaded file into the rows of an import: a CSV file (UTF-8 text, or Windows-1252 as
 * Excel saves "CSV (Comma delimited)" when the file is not UTF-8) or an Excel workbook (.xlsx, its
 * first sheet), the first row naming the columns. Both are read as a stream, so that a large file
 * never sits in memory as a workbook: the CSV with commons-csv, the workbook with POI's event
 * reader, cells formatted to the text the same sheet saved as CSV would hold (dates as 19/11/2020).
 *
 * <p>A file is refused, with the reason for the person who sent it, when it is larger than {@link
 * #MAX_BYTES}, when its content is neither CSV text nor an xlsx workbook (whatever its name says),
 * when it holds more rows than an import may, and when a workbook would expand out of all
 * proportion to its size (a "zip bomb": POI's own limits, set here explicitly, never switched off).
 */
public final class SpreadsheetReader {

  /** The largest file accepted (web.xml's multipart limit says the same to the server). */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  /**
   * The smallest ratio of compressed to expanded size of a part of a workbook: sheet XML compresses
   * well, a tenfold or so, but not twentyfold; past POI's grace size of 100 KB a part that expands
   * more is not read on.
   */
  static final double MIN_INFLATE_RATIO = 0.05;

  /**
   * The largest expanded part of a workbook: a sheet of 10,000 rows of the widest import (grants)
   * with long descriptions is a few MB.
   */
  static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;

  /**
   * The most XML of shared strings (the text of a workbook's cells, kept once for all its sheets):
   * POI's read-only table holds them in the heap as strings while the sheet is read, so they are
   * bounded apart, well below {@link #MAX_ENTRY_BYTES}. At most about 8 million characters and
   * 600,000 strings; 10,000 rows with a 300-character description each need about 4 MB.
   */
  static final long MAX_SHARED_STRINGS_BYTES = 8L * 1024 * 1024;

  /** The most parts a workbook may have. */
  static final long MAX_PARTS = 1_000;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final int SNIFF = 8 * 1024;

  static {
    // POI keeps these limits for the whole server (static): they only ever tighten its defaults.
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxFileCount(MAX_PARTS);
  }

  private final List<String> columns;
  private final List<String> required;
  private final int maxRows;
  private final Function<String, String> columnOfTitle;
  private final boolean leavesOutOthers;
  private final Set<String> leftOut = new LinkedHashSet<>();

  /**
   * @param columns the columns the import understands (titles are matched whatever their case)
   * @param required the columns a file must have
   * @param maxRows the most rows of data a file may hold
   */
  public SpreadsheetReader(List<String> columns, List<String> required, int maxRows) {
    this(
        columns,
        required,
        maxRows,
        title -> columns.stream().filter(c -> c.equalsIgnoreCase(title)).findFirst().orElse(null),
        false);
  }

  /**
   * @param columnOfTitle the column a title stands for, or null for one the import does not read;
   *     several titles may stand for one column, whose cells are then read as one list ({@code
   *     a|b})
   * @param leavesOutOthers whether a column the import does not read is left out ({@link #leftOut})
   *     rather than refusing the file
   */
  public SpreadsheetReader(
      List<String> columns,
      List<String> required,
      int maxRows,
      Function<String, String> columnOfTitle,
      boolean leavesOutOthers) {
    this.columns = List.copyOf(columns);
    this.required = List.copyOf(required);
    this.maxRows = maxRows;
    this.columnOfTitle = columnOfTitle;
    this.leavesOutOthers = leavesOutOthers;
  }

  /** The titles of the columns the last file read had and the import does not read, in order. */
  public List<String> leftOut() {
    return List.copyOf(leftOut);
  }

  /**
   * A file that cannot be imported at all: the key of its reason in the screens' words, and what
   * the message names.
   */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    Refused(String key, Object... arguments) {
      super(key + Arrays.toString(arguments));
      this.key = key;
      this.arguments = arguments;
    }

    public String key() {
      return key;
    }

    public Object[] arguments() {
      return arguments;
    }
  }

  /**
   * The rows of the file by column name, in the order of the file: a blank row between rows of data
   * is an empty row (so that the rows keep the numbers a spreadsheet shows), blank rows at the end
   * are left out.
   *
   * @param fileName the name the file was sent with (its extension says which kind it claims to be)
   * @param upload the file's content; read once, never more than {@link #MAX_BYTES} and one byte
   */
  public List<Map<String, String>> read(String fileName, InputStream upload)
      throws Refused, IOException {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
    boolean xlsx = name.endsWith(".xlsx");
    if (!xlsx && !name.endsWith(".csv")) {
      throw new Refused("import.wrongType");
    }
    Path file = Files.createTempFile("landscape-import", xlsx ? ".xlsx" : ".csv");
    try {
      long size = copyAtMost(upload, file, MAX_BYTES);
      if (size == 0) {
        throw new Refused("import.noFile");
      }
      if (size > MAX_BYTES) {
        throw new Refused("import.tooLarge");
      }
      byte[] head = head(file);
      if (xlsx) {
        if (!startsWith(head, ZIP)) {
          throw new Refused("import.notXlsx");
        }
        return readWorkbook(file);
      }
      if (startsWith(head, ZIP) || startsWith(head, OLE2)) {
        throw new Refused("import.workbookAsCsv");
      }
      if (!looksLikeText(head)) {
        throw new Refused("import.notText");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return readCsv(in, StandardCharsets.UTF_8);
      } catch (NotInCharset notUtf8) {
        // Excel's "CSV (Comma delimited)" in the UK: Windows-1252, where £ and é are one byte.
        try (InputStream in = Files.newInputStream(file)) {
          return readCsv(in, WINDOWS_1252);
        } catch (NotInCharset neither) {
          throw new Refused("import.notUtf8");
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Copies at most {@code limit} + 1 bytes, so that a larger file is known without reading it. */
  public static long copyAtMost(InputStream in, Path file, long limit) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      int n;
      while (total <= limit && (n = in.read(buffer)) > 0) {
        int keep = (int) Math.min(n, limit + 1 - total);
        out.write(buffer, 0, keep);
        total += keep;
      }
    }
    return total;
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(SNIFF);
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    return bytes.length >= magic.length && Arrays.equals(Arrays.copyOf(bytes, magic.length), magic);
  }

  /**
   * Whether the first bytes are text: no NUL and no control character but tab, line feed, carriage
   * return and form feed (the UTF-8 check comes with reading).
   */
  private static boolean looksLikeText(byte[] head) {
    for (byte b : head) {
      int c = b & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  /** The text is not in the character set it was read as. */
  private static final class NotInCharset extends Exception {
    private static final long serialVersionUID = 1L;

    NotInCharset() {
      super(null, null, false, false);
    }
  }

  private List<Map<String, String>> readCsv(InputStream in, Charset charset)
      throws Refused, NotInCharset, IOException {
    var decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    Rows rows = new Rows();
    try (Reader reader = new BufferedReader(new InputStreamReader(in, decoder));
        CSVParser parser =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get()
                .parse(reader)) {
      rows.header(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        rows.add(record.stream().toList());
      }
    } catch (CharacterCodingException e) {
      throw new NotInCharset();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new NotInCharset();
      }
      throw new Refused("import.unreadable");
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Refused("import.unreadable");
    }
    return rows.read();
  }

  List<Map<String, String>> readWorkbook(Path file) throws Refused, IOException {
    Rows rows = new Rows();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader workbook = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = sharedStrings(pkg);
      Iterator<InputStream> sheets = workbook.getSheetsData();
      if (!sheets.hasNext()) {
        throw new Refused("import.missingColumns", String.join(", ", required));
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                workbook.getStylesTable(), strings, new SheetRows(rows), new UkCells(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (Refused e) {
      throw e;
    } catch (RefusedWhileReading e) {
      throw e.refused;
    } catch (Exception e) {
      // Not a workbook POI can read: a zip of something else, a broken or hostile sheet.
      throw new Refused(zipBomb(e) ? "import.zipBomb" : "import.unreadableXlsx");
    }
    return rows.read();
  }

  /**
   * The workbook's shared strings, read from at most {@link #MAX_SHARED_STRINGS_BYTES} of their
   * part's XML.
   */
  private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws Exception {
    List<PackagePart> parts =
        pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return new ReadOnlySharedStringsTable(pkg, false);
    }
    try (InputStream xml =
        new BoundedInputStream(parts.get(0).getInputStream(), MAX_SHARED_STRINGS_BYTES)) {
      return new ReadOnlySharedStringsTable(xml, false);
    } catch (Exception e) {
      for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
        if (t instanceof StringsTooLarge) {
          throw new Refused("import.tooMuchText", MAX_SHARED_STRINGS_BYTES / (1024 * 1024));
        }
      }
      throw e;
    }
  }

  /** A stream that fails once more than its limit has been read from it. */
  private static final class BoundedInputStream extends java.io.FilterInputStream {
    private final long limit;
    private long read;

    BoundedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws StringsTooLarge {
      read += n;
      if (read > limit) {
        throw new StringsTooLarge();
      }
    }
  }

  /** The shared strings of a workbook are more than an import reads. */
  private static final class StringsTooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Whether POI stopped reading because a part would expand beyond its limits. */
  private static boolean zipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** The rows read so far, by column, checked against the columns an import understands. */
  private final class Rows {
    private List<String> header;
    private final List<Map<String, String>> rows = new ArrayList<>();
    private int filled;
    private long blanks;

    void header(List<String> titles) throws Refused {
      List<String> named = new ArrayList<>();
      for (String title : titles) {
        String t = title == null ? "" : title.replace("\uFEFF", "").strip();
        if (t.isEmpty()) {
          named.add(null);
          continue;
        }
        String column = columnOfTitle.apply(t);
        if (column == null) {
          if (!leavesOutOthers) {
            throw new Refused("import.unknownColumn", t, String.join(", ", columns));
          }
          leftOut.add(t);
        }
        named.add(column);
      }
      if (!named.containsAll(required)) {
        throw new Refused("import.missingColumns", String.join(", ", required));
      }
      header = named;
    }

    void add(List<String> cells) throws Refused {
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        blanks++;
        return;
      }
      if (++filled > maxRows || rows.size() + blanks >= 10L * maxRows) {
        throw new Refused("import.tooManyRows", maxRows);
      }
      // Blank rows between rows of data stay as empty rows, so that problems name the row a
      // spreadsheet shows; blank rows at the end are left out.
      for (; blanks > 0; blanks--) {
        rows.add(Map.of());
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size() && i < cells.size(); i++) {
        if (header.get(i) != null && cells.get(i) != null) {
          // Columns read as one (the standard's numbered ones) make one list.
          row.merge(
              header.get(i),
              cells.get(i).strip(),
              (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a : a + "|" + b);
        }
      }
      rows.add(row);
    }

    /** Rows a workbook leaves out of its sheet because they are empty. */
    void skipped(int count) {
      blanks += count;
    }

    List<Map<String, String>> read() throws Refused {
      if (header == null) {
        throw new Refused("import.missingColumns", String.join(", ", required));
      }
      return rows;
    }
  }

  /** A refusal found inside POI's parser, carried out of it. */
  private static final class RefusedWhileReading extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Refused refused;

    RefusedWhileReading(Refused refused) {
      super(refused.getMessage(), null, false, false);
      this.refused = refused;
    }
  }

  /** The cells of the first sheet, row by row, the first row with text naming the columns. */
  private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Rows rows;
    private List<String> cells = new ArrayList<>();
    private int next;
    private int last = -1;

    SheetRows(Rows rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      cells = new ArrayList<>();
      next = 0;
      if (rows.header != null && rowNum > last + 1) {
        rows.skipped(rowNum - last - 1);
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? next : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add(null);
      }
      cells.add(value);
      next = column + 1;
    }

    @Override
    public void endRow(int rowNum) {
      last = rowNum;
      try {
        if (rows.header == null) {
          if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
            rows.header(cells);
            // The rows above a title row that is not the first count as blank rows, so that every
            // row of data keeps the number the spreadsheet shows.
            rows.skipped(rowNum);
          }
        } else {
          rows.add(cells);
        }
      } catch (Refused e) {
        throw new RefusedWhileReading(e);
      }
    }
  }

  /**
   * Cells as the UK would write them in a CSV file: numbers as the cell shows them, dates as
   * 19/11/2020 whatever the cell's date format.
   */
  private static final class UkCells extends DataFormatter {
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    UkCells() {
      super(Locale.UK);
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(UK_DATE);
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
  }
}
