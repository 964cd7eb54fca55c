package org.coproduction.landscape.reports.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.reports.ReportNotAllowedException;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.ReportsBusyException;
import org.coproduction.landscape.reports.lists.ListDownloads;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.reports.run.ListRunner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the scheduled reports that are due, from every server: every ten seconds (or every {@code
 * landscape.schedule.check-seconds}) each server looks for due schedules and sends those it claims
 * ({@link ScheduleQueue}), so that each sending goes out once from the whole cluster. A report is
 * produced as the person who scheduled it, into a file of its own, then sent; a send that fails
 * (the document, the mail server) is tried again after a wait that doubles each time, from {@code
 * landscape.mail.retry-seconds} (60 unless given) up to an hour, {@link #MAX_ATTEMPTS} times in
 * all; then the schedule waits for its next sending and says why it did not go.
 *
 * <p>A server that stops after the mail server took a report but before it recorded it leaves the
 * schedule to be sent again once its claim has passed: a report may then arrive twice, never not at
 * all.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class ScheduledReports {

  /** How many tries of one sending fail before it waits for the next. */
  static final int MAX_ATTEMPTS = 5;

  /** The longest wait before a failed send is tried again. */
  static final Duration MAX_WAIT = Duration.ofHours(1);

  private static final Logger LOG = Logger.getLogger(ScheduledReports.class.getName());

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(Cadence.ZONE);

  @Resource ManagedExecutorService executor;

  @EJB ScheduleQueue queue;

  @EJB Reports reports;

  @EJB ListRunner listRunner;

  @EJB ListDownloads lists;

  @EJB AuditLog audit;

  @Inject Mailer mailer;

  @Inject
  @ConfigProperty(name = "landscape.mail.retry-seconds", defaultValue = "60")
  long retrySeconds;

  @Inject
  @ConfigProperty(name = "landscape.schedule.check-seconds", defaultValue = "10")
  long checkSeconds;

  /**
   * The server's scheduled executor (Jakarta Concurrency) rather than an EJB timer: a bean with a
   * programmatic EJB timer needs the EJB timer service, which Payara Server's cluster instances do
   * not run.
   */
  @Resource ManagedScheduledExecutorService timer;

  private final Clock clock = Clock.systemUTC();

  private ScheduledFuture<?> looking;

  /**
   * Starts this server's look for due sendings, every {@code landscape.schedule.check-seconds}
   * while the application runs (each server has its own; the claims keep a sending to one).
   *
   * @throws IllegalStateException naming the setting when it is under a second
   */
  @PostConstruct
  void startLooking() {
    if (checkSeconds < 1) {
      throw new IllegalStateException(
          "landscape.schedule.check-seconds (LANDSCAPE_SCHEDULE_CHECK_SECONDS) must be at least 1,"
              + " not "
              + checkSeconds);
    }
    looking =
        timer.scheduleWithFixedDelay(this::tick, checkSeconds, checkSeconds, TimeUnit.SECONDS);
  }

  /** Stops looking when the application stops; a sending under way finishes on the executor. */
  @PreDestroy
  void stopLooking() {
    if (looking != null) {
      looking.cancel(false);
    }
  }

  /**
   * Claims what is due and sends it on the server's executor: each report is produced and sent with
   * no transaction of the timer's around it, so that a report refused (an account that may no
   * longer run reports) or failed marks nothing the next one needs, and the look itself never
   * fails, whatever went wrong (a periodic task that throws is not run again).
   */
  void tick() {
    try {
      for (long id : queue.due(clock.instant(), 5)) {
        String claim = UUID.randomUUID().toString();
        Optional<ReportSchedule> claimed = queue.claim(id, claim, clock.instant(), true);
        if (claimed.isPresent()) {
          try {
            executor.execute(() -> send(claimed.get(), claim, true));
          } catch (RejectedExecutionException e) {
            queue.release(id, claim);
            return;
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The scheduled reports could not be looked after just now", e);
    } catch (Error e) {
      // The executor never runs a periodic task again once it has thrown: log, and look again.
      LOG.log(
          Level.SEVERE,
          "The scheduled reports could not be looked after just now; the next look goes ahead",
          e);
    }
  }

  /**
   * Sends the schedule now, outside its schedule, unless another server is sending it.
   *
   * @throws MailNotSentException saying why it was not sent
   */
  public void sendNow(long id) {
    String claim = UUID.randomUUID().toString();
    ReportSchedule s =
        queue
            .claim(id, claim, clock.instant(), false)
            .orElseThrow(
                () ->
                    new MailNotSentException(
                        "It is being sent just now by another server: look again in a minute"));
    String failure = send(s, claim, false);
    if (failure != null) {
      throw new MailNotSentException(failure);
    }
  }

  /**
   * Produces the schedule's report as its person and mails it; records how it went.
   *
   * @return why it was not sent, or null when it was
   */
  private String send(ReportSchedule s, String claim, boolean onSchedule) {
    Path file = null;
    String failure;
    try {
      String fileName;
      String mediaType;
      file = Files.createTempFile("landscape-mail", ".part");
      try (OutputStream out = Files.newOutputStream(file)) {
        if (s.list() == null) {
          Reports.Download d =
              reports.produceFor(s.getOwner(), s.getReportName(), s.parameters(), out, rows -> {});
          fileName = d.fileName();
          mediaType = d.mediaType();
        } else {
          ListDownloads.Format format = ListDownloads.Format.ofName(s.getReportName());
          listRunner.produceFor(s.getOwner(), s.list(), format, out, rows -> {});
          ListDownloads.Download d = lists.describe(RecordSheet.of(s.list().kind()), format);
          fileName = d.fileName();
          mediaType = d.mediaType();
        }
      }
      mailer.send(
          s.recipients(),
          // A title is the person's words (a saved search's name): never a line break in a header.
          "Landscape: " + s.getTitle().replaceAll("\\p{Cntrl}+", " "),
          s.getTitle()
              + ", produced on "
              + WHEN.format(clock.instant())
              + ", is attached as "
              + fileName
              + ".\n\nIt is sent "
              + (s.getCadence() == Cadence.WEEKLY ? "every week" : "every month")
              + " for "
              + s.getOwner()
              + " by Landscape, the record of the UK's co-production landscape. To stop it, delete"
              + " the schedule on the Reports screen.\n",
          file,
          fileName,
          mediaType);
      audit.recordActionFor(
          s.getOwner(),
          AuditEntry.Action.EXPORT,
          "ReportSchedule",
          s.getId(),
          s.getTitle(),
          "Sent by e-mail to " + s.recipients().size() + " address(es)");
      queue.sent(s.getId(), claim, clock.instant(), onSchedule);
      return null;
    } catch (ReportNotAllowedException e) {
      failure = "The account that scheduled it may no longer run reports";
    } catch (RecordNotFoundException | InvalidRecordException | ReportsBusyException e) {
      failure = e.getMessage();
    } catch (MessagingException e) {
      LOG.log(Level.INFO, "A scheduled report could not be sent", e);
      failure = "The mail server did not take it: " + e.getMessage();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "A scheduled report could not be produced", e);
      failure = "It could not be produced because of a fault on the server";
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Could not delete " + file, e);
        }
      }
    }
    try {
      queue.failed(
          s.getId(),
          claim,
          failure,
          clock.instant(),
          onSchedule,
          MAX_ATTEMPTS,
          backoff(s.getAttempts()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record that a scheduled report was not sent", e);
    }
    return failure;
  }

  /** The wait before the next try, after {@code failed} tries: doubling, at most an hour. */
  private Duration backoff(int failed) {
    Duration d =
        Duration.ofSeconds(Math.max(1, retrySeconds)).multipliedBy(1L << Math.min(failed, 10));
    return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
  }
}
