package org.coproduction.landscape.reports.run;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSlots;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.ReportsBusyException;
import org.coproduction.landscape.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reports people ask for on the Reports screen, produced in the background on the server's
 * managed executor: they wait in one queue, first asked first produced, and at most {@link
 * ReportSlots#AT_ONCE} are produced at a time (leaving the slots of {@link Reports} to API
 * downloads only when the screen is idle). Each is produced as the person who asked for it, its
 * task carrying their security context, so that the boundary checks their role and the audit log
 * names them; it is written to a temporary file that only they may download. A finished report is
 * kept for {@code landscape.reports.keep-minutes} (30 by default), checked every minute; every file
 * is deleted when the application stops.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
public class ReportRuns {

  /** How many reports one person may have waiting or being produced. */
  public static final int MAX_UNFINISHED = 3;

  private static final Logger LOG = Logger.getLogger(ReportRuns.class.getName());

  @Resource ManagedExecutorService executor;

  /** Captures the asking person's context (their identity) with each report's task. */
  @Resource ContextService context;

  @Resource SessionContext session;

  @EJB Reports reports;

  @Inject
  @ConfigProperty(name = "landscape.reports.keep-minutes", defaultValue = "30")
  long keepMinutes;

  private RunBook book;
  private Path folder;

  /** The tasks of the reports waiting for their turn, each with its person's context. */
  private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

  /** How many reports are being produced now. */
  private final AtomicInteger producing = new AtomicInteger();

  @PostConstruct
  void open() {
    try {
      folder = Files.createTempDirectory("landscape-reports-");
    } catch (IOException e) {
      throw new UncheckedIOException("No folder for the reports being produced", e);
    }
    book =
        new RunBook(
            Clock.systemUTC(), Duration.ofMinutes(keepMinutes), MAX_UNFINISHED, this::discard);
  }

  /**
   * Asks for the report {@code name} with {@code parameters} as the signed-in person: checked at
   * once (an unknown report, funder or programme, a missing funder), then produced in the
   * background.
   *
   * @throws RecordNotFoundException when there is no such report, funder or programme
   * @throws InvalidRecordException when the parameters do not fit the report
   * @throws TooManyRunsException when the person already has {@link #MAX_UNFINISHED} unfinished
   */
  public RunStatus submit(String name, ReportParameters parameters) {
    Reports.Download download = reports.describe(name, parameters);
    String title =
        reports.catalogue().stream()
            .filter(d -> d.name().equals(name))
            .map(Reports.Description::title)
            .findFirst()
            .orElse(name);
    ReportRun run = book.open(caller(), name, title, parameters, download);
    waiting.add(context.contextualRunnable(() -> produce(run)));
    startNext();
    return run.status(book.now(), book.keep());
  }

  /** Starts waiting reports while fewer than {@link ReportSlots#AT_ONCE} are being produced. */
  private void startNext() {
    while (!waiting.isEmpty()) {
      int now = producing.get();
      if (now >= ReportSlots.AT_ONCE) {
        return;
      }
      if (producing.compareAndSet(now, now + 1)) {
        Runnable next = waiting.poll();
        if (next == null) {
          producing.decrementAndGet();
          continue;
        }
        executor.execute(
            () -> {
              try {
                next.run();
              } finally {
                producing.decrementAndGet();
                startNext();
              }
            });
      }
    }
  }

  /** How long a finished report is kept, in minutes. */
  public long keepMinutes() {
    return book.keep().toMinutes();
  }

  /** The signed-in person's reports, newest first. */
  public List<RunStatus> mine() {
    return book.statusOf(caller());
  }

  /** A report ready to download: its file, file name and media type. */
  public record ReadyFile(Path file, String fileName, String mediaType) {}

  /**
   * The signed-in person's ready report of that id; nothing for an unknown, someone else's or an
   * expired one.
   */
  public Optional<ReadyFile> ready(String id) {
    return book.downloadable(id, caller())
        .map(r -> new ReadyFile(r.file(), r.download().fileName(), r.download().mediaType()));
  }

  /** Every minute: forgets the reports kept long enough and deletes their files. */
  @Schedule(minute = "*", hour = "*", persistent = false)
  @PermitAll
  void expire() {
    book.removeExpired();
  }

  @PreDestroy
  void close() {
    book.removeAll();
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(ReportRuns::delete);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the folder of produced reports " + folder, e);
    }
  }

  /** Runs on the executor's thread, as the person who asked. */
  private void produce(ReportRun run) {
    run.started(book.now());
    Path file = null;
    try {
      file = Files.createTempFile(folder, "run-", ".part");
      try (OutputStream out =
          new BufferedOutputStream(new Counting(Files.newOutputStream(file), run), 64 * 1024)) {
        reports.produce(run.reportName(), run.parameters(), out, run::read);
      }
      run.ready(file, book.now());
    } catch (RecordNotFoundException | InvalidRecordException | ReportsBusyException e) {
      delete(file);
      run.failed(e.getMessage(), book.now());
    } catch (IOException | RuntimeException e) {
      delete(file);
      LOG.log(
          Level.WARNING, "The report " + run.reportName() + " (run " + run.id() + ") failed", e);
      run.failed(
          "The report could not be produced because of a fault on the server; try again, and tell"
              + " the administrator if it happens again",
          book.now());
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private void discard(ReportRun run) {
    delete(run.forgetFile());
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not delete the produced report " + file, e);
      }
    }
  }

  /** Counts the bytes that reach the file, for the progress the person sees. */
  private static final class Counting extends FilterOutputStream {
    private final ReportRun run;

    Counting(OutputStream out, ReportRun run) {
      super(out);
      this.run = run;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      run.wrote(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      run.wrote(len);
    }
  }
}
