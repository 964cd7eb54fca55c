package org.coproduction.landscape.reports.sheet;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Where SXSSF puts the rows that have left memory: its own temporary file per sheet, written
 * through a buffer that takes no lock. POI writes the sheet one character at a time, and the {@link
 * java.io.BufferedWriter} it uses by default takes a lock for every character: over 100,000
 * networks and 100,000 grants that lock was a third of the workbook's time.
 *
 * <p>Text, number and empty cells (all the cells of the data sheets) are written here rather than
 * by POI, with the same XML, less the attributes that only repeat the default: the column letters
 * and style numbers are made once, not per cell; the row number once per row; text without a
 * character to escape is copied whole instead of one code point at a time; a whole number is
 * written as one ({@code 42}, not {@code 42.0}) and a number cell carries no {@code t="n"}, which
 * is what a cell without a type means. Formula, boolean and error cells are left to POI.
 */
final class SheetFileWriter extends SheetDataWriter {

  private String rowNumber = "";
  private final Memo letters = new Memo(CellReference::convertNumToColString);
  private final Memo styles = new Memo(Integer::toString);

  SheetFileWriter() throws IOException {
    super((SharedStringsTable) null);
  }

  @Override
  public void writeRow(int rownum, SXSSFRow row) throws IOException {
    rowNumber = Integer.toString(rownum + 1);
    super.writeRow(rownum, row);
  }

  @Override
  public void writeCell(int columnIndex, Cell cell) throws IOException {
    if (cell == null) {
      return;
    }
    CellType type = cell.getCellType();
    if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
      super.writeCell(columnIndex, cell);
      return;
    }
    _out.write("<c r=\"");
    _out.write(letters.of(columnIndex));
    _out.write(rowNumber);
    int style = cell.getCellStyle().getIndex() & 0xffff;
    if (style != 0) {
      _out.write("\" s=\"");
      _out.write(styles.of(style));
    }
    switch (type) {
      case STRING -> {
        String text = cell.getStringCellValue();
        _out.write(
            CellXml.keepsSpace(text)
                ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                : "\" t=\"inlineStr\"><is><t>");
        text(text);
        _out.write("</t></is></c>");
      }
      case NUMERIC -> {
        _out.write("\"><v>");
        _out.write(CellXml.number(cell.getNumericCellValue()));
        _out.write("</v></c>");
      }
      default -> _out.write("\"/>");
    }
  }

  /** The text whole when no character needs escaping, else escaped as POI escapes it. */
  private void text(String text) throws IOException {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (!plain(text.charAt(i))) {
        outputEscapedString(text);
        return;
      }
    }
    _out.write(text);
  }

  /**
   * A character that stands for itself in the sheet's XML: not markup, not a control or
   * non-character, not part of a surrogate pair, and not one POI writes as a reference.
   */
  static boolean plain(char c) {
    return c >= 0x20
        && c != '<'
        && c != '>'
        && c != '&'
        && c != '"'
        && c != '\u00A0'
        && (c < Character.MIN_SURROGATE || (c > Character.MAX_SURROGATE && c < '\uFFFE'));
  }

  /** Texts made once per index (column letters, style numbers), as they are first needed. */
  private static final class Memo {
    private final IntFunction<String> make;
    private String[] made = new String[0];

    Memo(IntFunction<String> make) {
      this.make = make;
    }

    String of(int index) {
      if (index >= made.length) {
        made = Arrays.copyOf(made, Math.max(index + 1, made.length * 2));
      }
      String text = made[index];
      if (text == null) {
        text = make.apply(index);
        made[index] = text;
      }
      return text;
    }
  }

  @Override
  public Writer createWriter(File file) throws IOException {
    return new UnlockedWriter(
        new OutputStreamWriter(
            new BufferedOutputStream(new FileOutputStream(file), 1 << 16), StandardCharsets.UTF_8));
  }

  /** The sheet's rows read back when the workbook is written, in large blocks. */
  @Override
  protected InputStream decorateInputStream(FileInputStream in) {
    return new BufferedInputStream(in, 1 << 16);
  }

  /** A character buffer in front of a writer, for one thread. */
  static final class UnlockedWriter extends Writer {

    private final Writer out;
    private final char[] buffer = new char[1 << 16];
    private int used;

    UnlockedWriter(Writer out) {
      this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
      if (used == buffer.length) {
        drain();
      }
      buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      if (length >= buffer.length) {
        drain();
        out.write(chars, offset, length);
        return;
      }
      if (length > buffer.length - used) {
        drain();
      }
      System.arraycopy(chars, offset, buffer, used, length);
      used += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      while (length > 0) {
        if (used == buffer.length) {
          drain();
        }
        int n = Math.min(length, buffer.length - used);
        text.getChars(offset, offset + n, buffer, used);
        used += n;
        offset += n;
        length -= n;
      }
    }

    @Override
    public void flush() throws IOException {
      drain();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      try {
        drain();
      } finally {
        out.close();
      }
    }

    private void drain() throws IOException {
      if (used > 0) {
        out.write(buffer, 0, used);
        used = 0;
      }
    }
  }
}
