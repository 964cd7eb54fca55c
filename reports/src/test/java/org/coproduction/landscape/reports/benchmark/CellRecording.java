package org.coproduction.landscape.reports.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.landscape.reports.Giving360;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.reports.sheet.Column;

/**
 * The cells of the benchmark's sheets kept in a compact file: read from the database once, then
 * replayed into each writer, so that the writers are compared on the same cells without the
 * database's time (which is measured on its own). Replaying reads the file as a stream: memory
 * stays flat.
 */
final class CellRecording {

  private static final byte SHEET = 1,
      ROW = 2,
      TEXT = 3,
      NUMBER = 4,
      MONEY = 5,
      DATE = 6,
      NULL = 7,
      END = 8,
      FINISH = 9;

  private CellRecording() {}

  /** A sink that records into {@code file}. */
  static CellSink recorder(Path file) throws IOException {
    DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    return new CellSink() {
      @Override
      public void sheet(String name, List<Column> columns) throws IOException {
        out.writeByte(SHEET);
        out.writeUTF(name);
      }

      @Override
      public void row() {
        write(() -> out.writeByte(ROW));
      }

      @Override
      public void text(String value) {
        write(
            () -> {
              if (value == null) {
                out.writeByte(NULL);
              } else {
                out.writeByte(TEXT);
                out.writeUTF(value);
              }
            });
      }

      @Override
      public void number(Long value) {
        write(
            () -> {
              if (value == null) {
                out.writeByte(NULL);
              } else {
                out.writeByte(NUMBER);
                out.writeLong(value);
              }
            });
      }

      @Override
      public void money(BigDecimal value) {
        write(
            () -> {
              if (value == null) {
                out.writeByte(NULL);
              } else {
                out.writeByte(MONEY);
                out.writeLong(value.unscaledValue().longValueExact());
                out.writeByte(value.scale());
              }
            });
      }

      @Override
      public void date(LocalDate value) {
        write(
            () -> {
              if (value == null) {
                out.writeByte(NULL);
              } else {
                out.writeByte(DATE);
                out.writeLong(value.toEpochDay());
              }
            });
      }

      @Override
      public void endSheet() throws IOException {
        out.writeByte(END);
      }

      @Override
      public void finish() throws IOException {
        out.writeByte(FINISH);
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }

  @FunctionalInterface
  private interface Write {
    void run() throws IOException;
  }

  private static void write(Write w) {
    try {
      w.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replays the recorded cells into {@code sink}; the sheets' columns are the benchmark's. */
  static void replay(Path file, CellSink sink) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      while (true) {
        byte tag;
        try {
          tag = in.readByte();
        } catch (EOFException e) {
          return;
        }
        switch (tag) {
          case SHEET -> {
            String name = in.readUTF();
            sink.sheet(
                name,
                name.equals("Networks")
                    ? RecordSheet.NETWORKS.columns()
                    : Giving360.fundingColumns(true));
          }
          case ROW -> sink.row();
          case TEXT -> sink.text(in.readUTF());
          case NUMBER -> sink.number(in.readLong());
          case MONEY ->
              sink.money(new BigDecimal(BigInteger.valueOf(in.readLong()), in.readByte()));
          case DATE -> sink.date(LocalDate.ofEpochDay(in.readLong()));
          case NULL -> sink.text(null);
          case END -> sink.endSheet();
          case FINISH -> sink.finish();
          default -> throw new IOException("Unknown tag " + tag);
        }
      }
    }
  }
}
