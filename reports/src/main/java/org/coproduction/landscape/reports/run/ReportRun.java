package org.coproduction.landscape.reports.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.Reports;

/**
 * One report a person asked for: which report, with which filters, by whom and when; whether it is
 * waiting for one of the cluster's slots, being produced (by which server, how far), ready or
 * failed; and until when it is kept. Its id is random, so that nobody can guess another person's.
 * The file it produces is kept beside it in pieces ({@code report_run_chunk}), deleted with it.
 *
 * <p>Rows are changed by whichever server holds them locked ({@link RunQueue}); the server
 * producing a run writes only while it holds the run's {@link #getClaim() claim}, so a server that
 * was thought dead and comes back cannot overwrite the run another server took up.
 */
@Entity
@Table(name = "report_run")
@NamedQuery(
    name = ReportRun.OF_OWNER,
    query = "select r from ReportRun r where r.owner = :owner order by r.askedAt desc, r.id")
public class ReportRun {

  /** A person's runs, newest first (expired ones included until they are deleted). */
  public static final String OF_OWNER = "ReportRun.ofOwner";

  /** Where a run is in its life. */
  public enum State {
    /** Asked for; waits for one of the slots where reports are produced. */
    WAITING,
    /** Being produced: its bytes are written to its file. */
    PRODUCING,
    /** Produced: may be downloaded until it expires. */
    READY,
    /** Could not be produced: {@link #getFailure()} says why. */
    FAILED
  }

  @Id
  @Column(length = 36)
  private String id;

  /** The username of the person who asked for it. */
  private String owner;

  @Column(name = "report_name")
  private String reportName;

  private String title;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "funder_id")
  private Long funderId;

  @Column(name = "programme_id")
  private Long programmeId;

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to")
  private LocalDate periodTo;

  /** For a saved search's list: the kind of records it lists ({@code networks}); else null. */
  @Column(name = "list_kind")
  private String listKind;

  /** For a saved search's list: the list's parameters when it was asked for; else null. */
  @Column(name = "list_query")
  private String listQuery;

  @Enumerated(EnumType.STRING)
  private State state;

  /** 1, 2, 3... among the owner's unfinished runs; null once finished. */
  @Column(name = "unfinished_place")
  private Integer unfinishedPlace;

  @Column(name = "rows_done")
  private long rowsDone;

  @Column(name = "bytes_done")
  private long bytesDone;

  private String failure;

  /** The server producing it (or that last did). */
  private String node;

  private String claim;

  /** How many times a server began producing it. */
  private int attempts;

  @Column(name = "asked_at")
  private OffsetDateTime askedAt;

  @Column(name = "started_at")
  private OffsetDateTime startedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  @Column(name = "heartbeat_at")
  private OffsetDateTime heartbeatAt;

  protected ReportRun() {}

  ReportRun(
      String owner,
      String reportName,
      String title,
      ReportParameters parameters,
      Reports.Download download,
      ListRequest list,
      int unfinishedPlace,
      Instant askedAt) {
    this.listKind = list == null ? null : list.kind();
    this.listQuery = list == null ? null : list.parameters();
    this.id = UUID.randomUUID().toString();
    this.owner = Objects.requireNonNull(owner, "owner");
    this.reportName = Objects.requireNonNull(reportName, "reportName");
    this.title = Objects.requireNonNull(title, "title");
    this.fileName = download.fileName();
    this.mediaType = download.mediaType();
    this.funderId = parameters.funderId();
    this.programmeId = parameters.programmeId();
    this.periodFrom = parameters.from();
    this.periodTo = parameters.to();
    this.state = State.WAITING;
    this.unfinishedPlace = unfinishedPlace;
    this.askedAt = utc(Objects.requireNonNull(askedAt, "askedAt"));
  }

  /** Whether {@code person} (a username) asked for this run: only they may see or download it. */
  public boolean belongsTo(String person) {
    return owner.equals(person);
  }

  /** Waiting or being produced. */
  public boolean unfinished() {
    return state == State.WAITING || state == State.PRODUCING;
  }

  /** Whether the run finished and has been kept as long as it may be at {@code now}. */
  public boolean expired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt.toInstant());
  }

  /** Whether the file may be downloaded at {@code now}. */
  public boolean downloadable(Instant now) {
    return state == State.READY && !expired(now);
  }

  /** Being produced, by a server that has given no sign of life since {@code before}. */
  boolean stale(Instant before) {
    return state == State.PRODUCING
        && (heartbeatAt == null || heartbeatAt.toInstant().isBefore(before));
  }

  /** How long the person has waited for it: from asking until it finished, or until {@code now}. */
  public Duration elapsed(Instant now) {
    Instant asked = askedAt.toInstant();
    Instant end = finishedAt == null ? now : finishedAt.toInstant();
    return end.isBefore(asked) ? Duration.ZERO : Duration.between(asked, end);
  }

  /** {@code node} took a slot for it: production begins under a new claim. */
  void claimed(String node, Instant at) {
    this.node = node;
    this.claim = UUID.randomUUID().toString();
    this.attempts++;
    this.state = State.PRODUCING;
    this.startedAt = utc(at);
    this.heartbeatAt = utc(at);
    this.rowsDone = 0;
    this.bytesDone = 0;
  }

  /** Its server stopped: it waits again for a slot, before the runs asked after it. */
  void waitAgain() {
    this.state = State.WAITING;
    this.claim = null;
    this.startedAt = null;
    this.heartbeatAt = null;
    this.rowsDone = 0;
    this.bytesDone = 0;
  }

  /** Its server stops in good order: it waits again, and this attempt does not count. */
  void givenBack() {
    waitAgain();
    this.attempts = Math.max(0, attempts - 1);
  }

  /** The whole document is stored; kept for {@code keep}. */
  void ready(Instant at, Duration keep) {
    finish(State.READY, at, keep);
  }

  /** It could not be produced, for the reason given in words the person understands. */
  void failed(String reason, Instant at, Duration keep) {
    this.failure = reason;
    finish(State.FAILED, at, keep);
  }

  private void finish(State end, Instant at, Duration keep) {
    this.state = end;
    this.claim = null;
    this.unfinishedPlace = null;
    this.finishedAt = utc(at);
    this.expiresAt = utc(at.plus(keep));
  }

  /** The filters it was asked with. */
  public ReportParameters parameters() {
    return new ReportParameters(funderId, programmeId, periodFrom, periodTo);
  }

  /** The saved search's list it produces, or null for one of the Reports screen's documents. */
  public ListRequest list() {
    return listKind == null ? null : new ListRequest(listKind, listQuery == null ? "" : listQuery);
  }

  /** What the person sees of the run at {@code now}. */
  public RunStatus status(Instant now) {
    return new RunStatus(
        id,
        reportName,
        title,
        fileName,
        mediaType,
        state,
        rowsDone,
        bytesDone,
        elapsed(now).toSeconds(),
        getAskedAt(),
        getExpiresAt(),
        failure);
  }

  public String getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public String getReportName() {
    return reportName;
  }

  public String getTitle() {
    return title;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public State getState() {
    return state;
  }

  public Integer getUnfinishedPlace() {
    return unfinishedPlace;
  }

  public long getRowsDone() {
    return rowsDone;
  }

  public long getBytesDone() {
    return bytesDone;
  }

  public String getFailure() {
    return failure;
  }

  public String getNode() {
    return node;
  }

  public String getClaim() {
    return claim;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getAskedAt() {
    return instant(askedAt);
  }

  public Instant getStartedAt() {
    return instant(startedAt);
  }

  public Instant getFinishedAt() {
    return instant(finishedAt);
  }

  public Instant getExpiresAt() {
    return instant(expiresAt);
  }

  public Instant getHeartbeatAt() {
    return instant(heartbeatAt);
  }

  /**
   * Times are kept as UTC offsets: the EclipseLink inside Payara maps {@code OffsetDateTime} to
   * {@code TIMESTAMP WITH TIME ZONE} itself, null included (the core's converter of {@code Instant}
   * binds a null as text, which PostgreSQL refuses).
   */
  private static OffsetDateTime utc(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
