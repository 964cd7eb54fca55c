package org.coproduction.landscape.reports.run;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Arrays;

/**
 * The file of a run as it is produced: bytes gathered into pieces of {@value #CHUNK} bytes, each
 * stored in the database (in a transaction of its own) as soon as it is full, so that no more than
 * one piece is ever held in memory. A piece is stored only while this server holds the run's claim;
 * otherwise writing fails with {@link TakenOver} and production stops.
 */
final class RunFile extends OutputStream {

  /** The size of a piece of the file. */
  static final int CHUNK = 1 << 20;

  /** Another server took the run up (this one was thought stopped), or it was failed meanwhile. */
  static final class TakenOver extends IOException {
    private static final long serialVersionUID = 1L;

    TakenOver(String id) {
      super("The run " + id + " is no longer produced by this server");
    }
  }

  private final RunQueue queue;
  private final ReportRuns.Production production;
  private final Clock clock;
  private final byte[] buffer = new byte[CHUNK];
  private int filled;
  private int seq;
  private long stored;

  RunFile(RunQueue queue, ReportRuns.Production production, Clock clock) {
    this.queue = queue;
    this.production = production;
    this.clock = clock;
  }

  @Override
  public void write(int b) throws IOException {
    if (filled == CHUNK) {
      store();
    }
    buffer[filled++] = (byte) b;
    production.wrote(1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      if (filled == CHUNK) {
        store();
      }
      int n = Math.min(len, CHUNK - filled);
      System.arraycopy(b, off, buffer, filled, n);
      filled += n;
      off += n;
      len -= n;
      production.wrote(n);
    }
  }

  /** Stores what is left: the file is whole. The number of bytes stored. */
  long finish() throws IOException {
    store();
    return stored;
  }

  private void store() throws IOException {
    if (production.lost()) {
      throw new TakenOver(production.id());
    }
    if (filled == 0) {
      return;
    }
    byte[] piece = filled == CHUNK ? buffer : Arrays.copyOf(buffer, filled);
    if (!queue.append(
        production.id(),
        production.claim(),
        seq,
        piece,
        production.rows(),
        stored + filled,
        clock.instant())) {
      production.lose();
      throw new TakenOver(production.id());
    }
    seq++;
    stored += filled;
    filled = 0;
  }
}
