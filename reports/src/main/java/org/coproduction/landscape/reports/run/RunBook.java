package org.coproduction.landscape.reports.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.Reports;

/**
 * The reports people have asked for, and the rules that govern them:
 *
 * <ul>
 *   <li>a person sees and downloads only the reports they asked for;
 *   <li>a person may have at most {@code maxUnfinished} reports waiting or being produced;
 *   <li>a finished report (ready or failed) is kept for {@code keep}, then forgotten and its file
 *       deleted; a person keeps at most {@link #KEPT_PER_PERSON} reports, the oldest finished one
 *       making way for a new one.
 * </ul>
 *
 * Every forgotten run is handed to {@code discard} (which deletes its file). The time comes from
 * the clock given, so that the rules are tested without waiting. Safe for concurrent use.
 */
public final class RunBook {

  /** The most reports one person keeps, finished or not. */
  public static final int KEPT_PER_PERSON = 10;

  private final Clock clock;
  private final Duration keep;
  private final int maxUnfinished;
  private final Consumer<ReportRun> discard;
  private final Map<UUID, ReportRun> runs = new LinkedHashMap<>();

  public RunBook(Clock clock, Duration keep, int maxUnfinished, Consumer<ReportRun> discard) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.keep = Objects.requireNonNull(keep, "keep");
    if (keep.isNegative() || keep.isZero()) {
      throw new IllegalArgumentException("Reports must be kept for some time, not " + keep);
    }
    if (maxUnfinished < 1) {
      throw new IllegalArgumentException("A person must be allowed at least one report at a time");
    }
    this.maxUnfinished = maxUnfinished;
    this.discard = Objects.requireNonNull(discard, "discard");
  }

  public Instant now() {
    return clock.instant();
  }

  public Duration keep() {
    return keep;
  }

  /**
   * Records a new report asked for by {@code owner}, waiting for a slot.
   *
   * @throws TooManyRunsException when they already have {@code maxUnfinished} waiting or being
   *     produced
   */
  public ReportRun open(
      String owner,
      String reportName,
      String title,
      ReportParameters parameters,
      Reports.Download download) {
    List<ReportRun> dropped = new ArrayList<>();
    ReportRun run;
    synchronized (this) {
      dropped.addAll(expire());
      List<ReportRun> theirs = of(owner);
      if (theirs.stream().filter(ReportRun::unfinished).count() >= maxUnfinished) {
        dropped.forEach(discard);
        throw new TooManyRunsException(maxUnfinished);
      }
      List<ReportRun> oldestFinishedFirst =
          theirs.stream()
              .filter(r -> !r.unfinished())
              .sorted(Comparator.comparing(ReportRun::askedAt))
              .toList();
      for (int i = 0; theirs.size() - i >= KEPT_PER_PERSON && i < oldestFinishedFirst.size(); i++) {
        ReportRun oldest = oldestFinishedFirst.get(i);
        runs.remove(oldest.id());
        dropped.add(oldest);
      }
      run = new ReportRun(owner, reportName, title, parameters, download, now());
      runs.put(run.id(), run);
    }
    dropped.forEach(discard);
    return run;
  }

  /** The reports {@code owner} asked for that have not expired, newest first. */
  public synchronized List<ReportRun> of(String owner) {
    Instant now = now();
    return runs.values().stream()
        .filter(r -> r.belongsTo(owner) && !r.expired(now, keep))
        .sorted(Comparator.comparing(ReportRun::askedAt).reversed())
        .toList();
  }

  /** What {@code owner} sees of their reports, newest first. */
  public List<RunStatus> statusOf(String owner) {
    Instant now = now();
    return of(owner).stream().map(r -> r.status(now, keep)).toList();
  }

  /**
   * The run of that id, when it belongs to {@code owner}, is ready and has not expired; nothing for
   * an unknown id, someone else's run or an expired one, so that nobody learns which ids exist.
   */
  public synchronized Optional<ReportRun> downloadable(String id, String owner) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id == null ? "" : id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    ReportRun run = runs.get(uuid);
    return run != null && run.belongsTo(owner) && run.downloadable(now(), keep)
        ? Optional.of(run)
        : Optional.empty();
  }

  /** Forgets every run that has expired, and discards them. */
  public void removeExpired() {
    List<ReportRun> dropped;
    synchronized (this) {
      dropped = expire();
    }
    dropped.forEach(discard);
  }

  /** Forgets every run (the application stops), and discards them. */
  public void removeAll() {
    List<ReportRun> dropped;
    synchronized (this) {
      dropped = new ArrayList<>(runs.values());
      runs.clear();
    }
    dropped.forEach(discard);
  }

  private List<ReportRun> expire() {
    Instant now = now();
    List<ReportRun> expired = runs.values().stream().filter(r -> r.expired(now, keep)).toList();
    expired.forEach(r -> runs.remove(r.id()));
    return expired;
  }
}
