package org.coproduction.landscape.reports.workbook;

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
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Where SXSSF puts the rows that have left memory: its own temporary file per sheet, written
 * through a buffer that takes no lock. POI writes the sheet one character at a time, and the {@link
 * java.io.BufferedWriter} it uses by default takes a lock for every character: over 100,000
 * networks and 100,000 grants that lock was a third of the workbook's time.
 */
final class SheetFileWriter extends SheetDataWriter {

  SheetFileWriter() throws IOException {
    super((SharedStringsTable) null);
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
