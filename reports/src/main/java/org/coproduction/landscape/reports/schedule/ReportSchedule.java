package org.coproduction.landscape.reports.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.run.ListRequest;

/**
 * A report a person has sent by e-mail on a schedule: the document and its filters (or a saved
 * search's list, as it was when scheduled), how often, to whom, when it is next due, and how the
 * last send went.
 */
@Entity
@Table(name = "report_schedule")
@NamedQuery(
    name = ReportSchedule.OF_OWNER,
    query = "select s from ReportSchedule s where s.owner = :owner order by s.createdAt, s.id")
public class ReportSchedule {

  public static final String OF_OWNER = "ReportSchedule.ofOwner";

  /** The most addresses one schedule sends to. */
  public static final int MAX_RECIPIENTS = 20;

  @Id
  @SequenceGenerator(
      name = "report_schedule_seq",
      sequenceName = "report_schedule_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_schedule_seq")
  private Long id;

  @Version private long version;

  /** The username of the person who scheduled it: the report is produced as them. */
  private String owner;

  /** A document's name ({@code landscape.pdf}), or a list's ({@code list.xlsx}). */
  @Column(name = "report_name")
  private String reportName;

  private String title;

  @Column(name = "funder_id")
  private Long funderId;

  @Column(name = "programme_id")
  private Long programmeId;

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to")
  private LocalDate periodTo;

  @Column(name = "list_kind")
  private String listKind;

  @Column(name = "list_query")
  private String listQuery;

  @Enumerated(EnumType.STRING)
  private Cadence cadence;

  /** The addresses, separated by commas. */
  private String recipients;

  @Column(name = "next_due_at")
  private OffsetDateTime nextDueAt;

  @Column(name = "retry_at")
  private OffsetDateTime retryAt;

  private int attempts;

  @Column(name = "last_failure")
  private String lastFailure;

  @Column(name = "last_sent_at")
  private OffsetDateTime lastSentAt;

  private String claim;

  @Column(name = "claimed_until")
  private OffsetDateTime claimedUntil;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected ReportSchedule() {}

  ReportSchedule(
      String owner,
      String reportName,
      String title,
      ReportParameters parameters,
      ListRequest list,
      Cadence cadence,
      List<String> recipients,
      Instant firstDue,
      Instant now) {
    this.owner = owner;
    this.reportName = reportName;
    this.title = title;
    this.funderId = parameters.funderId();
    this.programmeId = parameters.programmeId();
    this.periodFrom = parameters.from();
    this.periodTo = parameters.to();
    if (list != null) {
      this.listKind = list.kind();
      this.listQuery = list.parameters();
    }
    this.cadence = cadence;
    this.recipients = String.join(", ", recipients);
    this.nextDueAt = at(firstDue);
    this.createdAt = at(now);
  }

  /**
   * Sent: the next sending is the first one due after {@code now} (missed ones are not made up).
   */
  void sent(Instant now, boolean onSchedule) {
    lastSentAt = at(now);
    attempts = 0;
    retryAt = null;
    lastFailure = null;
    if (onSchedule) {
      nextDueAt = at(nextAfter(now));
    }
  }

  /**
   * Not sent: tried again after {@code backoff} while fewer than {@code maxAttempts} tries have
   * failed; then left until its next sending.
   */
  void failed(
      String reason, Instant now, boolean onSchedule, int maxAttempts, java.time.Duration backoff) {
    if (!onSchedule) {
      lastFailure = reason;
      return;
    }
    attempts++;
    if (attempts < maxAttempts) {
      lastFailure = reason;
      retryAt = at(now.plus(backoff));
    } else {
      lastFailure = "Not sent after " + attempts + " tries: " + reason;
      attempts = 0;
      retryAt = null;
      nextDueAt = at(nextAfter(now));
    }
  }

  private Instant nextAfter(Instant now) {
    Instant next = nextDueAt.toInstant();
    while (!next.isAfter(now)) {
      next = cadence.after(next);
    }
    return next;
  }

  static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
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

  public ReportParameters parameters() {
    return new ReportParameters(funderId, programmeId, periodFrom, periodTo);
  }

  /** The saved search's list it sends, or null for a document. */
  public ListRequest list() {
    return listKind == null ? null : new ListRequest(listKind, listQuery);
  }

  public Cadence getCadence() {
    return cadence;
  }

  public List<String> recipients() {
    return Arrays.stream(recipients.split(",")).map(String::strip).toList();
  }

  public Instant getNextDueAt() {
    return nextDueAt.toInstant();
  }

  /** When a failed send is tried again; null when the last send did not fail. */
  public Instant getRetryAt() {
    return retryAt == null ? null : retryAt.toInstant();
  }

  /** How many tries have failed since the last one sent. */
  public int getAttempts() {
    return attempts;
  }

  public String getLastFailure() {
    return lastFailure;
  }

  public Instant getLastSentAt() {
    return lastSentAt == null ? null : lastSentAt.toInstant();
  }

  String claim() {
    return claim;
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }
}
