package org.coproduction.landscape.reports.run;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.Reports;

/**
 * One report a person asked for: which report, with which filters, by whom and when; whether it is
 * waiting for a free slot, being produced, ready or failed; how much of it has been written; and,
 * once ready, the file that holds it. Its id is random, so that nobody can guess another person's.
 *
 * <p>A run is written to by the thread that produces it and read by the screens: its state is held
 * in volatile fields and its byte count in an atomic counter.
 */
public final class ReportRun {

  /** Where a run is in its life. */
  public enum State {
    /** Asked for; waits for one of the slots where reports are produced. */
    WAITING,
    /** Being produced: its bytes are written to its file. */
    PRODUCING,
    /** Produced: may be downloaded until it expires. */
    READY,
    /** Could not be produced: {@link #failure()} says why. */
    FAILED
  }

  private final UUID id = UUID.randomUUID();
  private final String owner;
  private final String reportName;
  private final String title;
  private final ReportParameters parameters;
  private final Reports.Download download;
  private final Instant askedAt;
  private final AtomicLong bytesWritten = new AtomicLong();
  private final AtomicLong rowsRead = new AtomicLong();
  private volatile State state = State.WAITING;
  private volatile Instant startedAt;
  private volatile Instant finishedAt;
  private volatile String failure;
  private volatile Path file;

  public ReportRun(
      String owner,
      String reportName,
      String title,
      ReportParameters parameters,
      Reports.Download download,
      Instant askedAt) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.reportName = Objects.requireNonNull(reportName, "reportName");
    this.title = Objects.requireNonNull(title, "title");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.download = Objects.requireNonNull(download, "download");
    this.askedAt = Objects.requireNonNull(askedAt, "askedAt");
  }

  /** Whether {@code person} (a username) asked for this run: only they may see or download it. */
  public boolean belongsTo(String person) {
    return owner.equals(person);
  }

  /** Waiting or being produced. */
  public boolean unfinished() {
    return state == State.WAITING || state == State.PRODUCING;
  }

  /**
   * When a finished run (ready or failed) is forgotten and its file deleted: {@code keep} after it
   * finished; null while it is unfinished.
   */
  public Instant expiresAt(Duration keep) {
    Instant finished = finishedAt;
    return unfinished() || finished == null ? null : finished.plus(keep);
  }

  /** Whether the run finished at least {@code keep} before {@code now}. */
  public boolean expired(Instant now, Duration keep) {
    Instant expires = expiresAt(keep);
    return expires != null && !now.isBefore(expires);
  }

  /** Whether the file may be downloaded at {@code now}. */
  public boolean downloadable(Instant now, Duration keep) {
    return state == State.READY && file != null && !expired(now, keep);
  }

  /** How long the person has waited for it: from asking until it finished, or until {@code now}. */
  public Duration elapsed(Instant now) {
    Instant end = finishedAt == null ? now : finishedAt;
    return end.isBefore(askedAt) ? Duration.ZERO : Duration.between(askedAt, end);
  }

  /** A slot was free: production begins. */
  void started(Instant at) {
    startedAt = at;
    state = State.PRODUCING;
  }

  /** {@code count} more bytes were written to the file. */
  void wrote(long count) {
    bytesWritten.addAndGet(count);
  }

  /** {@code count} more rows were read from the database. */
  void read(long count) {
    rowsRead.addAndGet(count);
  }

  /** The whole document is in {@code produced}. */
  void ready(Path produced, Instant at) {
    file = Objects.requireNonNull(produced, "produced");
    finishedAt = at;
    state = State.READY;
  }

  /** It could not be produced, for the reason given in words the person understands. */
  void failed(String reason, Instant at) {
    failure = reason;
    finishedAt = at;
    state = State.FAILED;
  }

  /** Its file is gone (expired or deleted): nothing more may be downloaded. */
  Path forgetFile() {
    Path f = file;
    file = null;
    return f;
  }

  /** What the person sees of the run at {@code now}. */
  public RunStatus status(Instant now, Duration keep) {
    return new RunStatus(
        id.toString(),
        reportName,
        title,
        download.fileName(),
        state,
        rowsRead.get(),
        bytesWritten.get(),
        elapsed(now).toSeconds(),
        askedAt,
        expiresAt(keep),
        failure);
  }

  public UUID id() {
    return id;
  }

  public String owner() {
    return owner;
  }

  public String reportName() {
    return reportName;
  }

  public String title() {
    return title;
  }

  public ReportParameters parameters() {
    return parameters;
  }

  public Reports.Download download() {
    return download;
  }

  public Instant askedAt() {
    return askedAt;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public State state() {
    return state;
  }

  public long bytesWritten() {
    return bytesWritten.get();
  }

  public String failure() {
    return failure;
  }

  /** The produced file, while the run is ready and has not expired. */
  public Path file() {
    return file;
  }
}
