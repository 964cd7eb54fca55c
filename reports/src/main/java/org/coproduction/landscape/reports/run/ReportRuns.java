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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.platform.ServerNode;
import org.coproduction.landscape.reports.ReportNotAllowedException;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSlots;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.ReportsBusyException;
import org.coproduction.landscape.reports.lists.ListDownloads;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.searches.SavedSearch;
import org.coproduction.landscape.searches.SavedSearches;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reports people ask for on the Reports screen or through the API, produced in the background
 * by whichever server of the cluster has a free slot. The runs, their state and their files live in
 * the database ({@link RunQueue}), so that a run asked on one server is seen and downloaded on any
 * other:
 *
 * <ul>
 *   <li>They wait in one queue, first asked first produced; at most {@link ReportSlots#AT_ONCE} are
 *       produced at a time in the whole cluster (the database's slots), and a person may have at
 *       most {@link #MAX_UNFINISHED} waiting or being produced.
 *   <li>Every server looks for work every few seconds (and at once when asked on it), and while it
 *       produces a run it gives a sign of life with the progress. A run whose server gave none for
 *       {@code landscape.reports.stale-seconds} (120 by default) is taken up again by another
 *       server, once; the second time it fails with a message saying that the server producing it
 *       stopped. A server that stops in good order gives its runs back at once.
 *   <li>A finished report is kept for {@code landscape.reports.keep-minutes} (30 by default), then
 *       deleted with its file by whichever server sees it first.
 * </ul>
 *
 * <p><b>Who produces a run.</b> A run may be produced by a server where its person is not signed
 * in, on a timer's thread that runs as nobody; no security context is carried. So the person's role
 * is checked when they ask ({@link #submit}, roles of this bean); the run records their username;
 * and the server producing it calls {@link Reports#produceFor} with that name, which checks their
 * account again as it is then (enabled, with a role that runs reports) and writes the export to the
 * audit log under their name. No {@code @RunAs} identity is used: it would name a server role, not
 * the person, in the audit log.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
public class ReportRuns {

  /** The persistence unit of the runs (this module's {@code META-INF/persistence.xml}). */
  public static final String PERSISTENCE_UNIT = "reports";

  /** How many reports one person may have waiting or being produced. */
  public static final int MAX_UNFINISHED = 3;

  /** How many times a run is begun before a server stopping under it fails it. */
  static final int MAX_ATTEMPTS = 2;

  /** What a person reads when the report failed because of a fault on the server. */
  static final String FAULT =
      "The report could not be produced because of a fault on the server; try again, and tell"
          + " the administrator if it happens again";

  private static final Logger LOG = Logger.getLogger(ReportRuns.class.getName());

  @Resource ManagedExecutorService executor;

  @Resource SessionContext session;

  @EJB Reports reports;

  @EJB RunQueue queue;

  @EJB ListDownloads lists;

  @EJB ListRunner listRunner;

  @EJB SavedSearches searches;

  @Inject
  @ConfigProperty(name = "landscape.reports.keep-minutes", defaultValue = "30")
  long keepMinutes;

  @Inject
  @ConfigProperty(name = "landscape.reports.stale-seconds", defaultValue = "120")
  long staleSeconds;

  private final Clock clock = Clock.systemUTC();

  private String node;

  /** The runs this server is producing, by id. */
  private final Map<String, Production> producing = new ConcurrentHashMap<>();

  private final Object claiming = new Object();

  private volatile boolean closing;

  @PostConstruct
  void open() {
    // The name this server gives itself in the runs it produces: the one its answers carry.
    node = ServerNode.name();
  }

  /**
   * Asks for the report {@code name} with {@code parameters} as the signed-in person: checked at
   * once (an unknown report, funder or programme, a missing funder), then produced in the
   * background by whichever server has a free slot.
   *
   * @throws RecordNotFoundException when there is no such report, funder or programme
   * @throws InvalidRecordException when the parameters do not fit the report
   * @throws TooManyRunsException when the person already has {@link #MAX_UNFINISHED} unfinished
   */
  public RunStatus submit(String name, ReportParameters parameters) {
    Reports.Download download = reports.describe(name, parameters);
    String title = reports.titleOf(name);
    return queued(name, title, parameters, download, null);
  }

  /** The name of the run of a saved search's list, in {@code format}: {@code list.xlsx}. */
  public static String listRunName(ListDownloads.Format format) {
    return "list." + format.extension();
  }

  /**
   * Asks for the list a saved search finds, in {@code format}, as the signed-in person: their own
   * search or a shared one, checked at once by the list (its filters and order, and the list of
   * people for administrators only), then produced in the background like the other reports. The
   * run keeps the search's filters as they are now.
   *
   * @throws RecordNotFoundException when there is no such search, or the person may not use it
   * @throws InvalidRecordException when the list no longer understands the search
   * @throws TooManyRunsException when the person already has {@link #MAX_UNFINISHED} unfinished
   */
  public RunStatus submitSearch(long searchId, ListDownloads.Format format) {
    SavedSearch search = searches.find(searchId);
    RecordSheet sheet = RecordSheet.of(search.getKind().id());
    lists.check(sheet, ListQuery.ofParameters(search.getQuery(), 1));
    ListDownloads.Download file = lists.describe(sheet, format);
    return queued(
        listRunName(format),
        "Saved search \u201c" + search.getName() + "\u201d (" + sheet.kind() + ")",
        ReportParameters.none(),
        new Reports.Download(file.fileName(), file.mediaType()),
        new ListRequest(sheet.kind(), search.getQuery()));
  }

  private RunStatus queued(
      String name,
      String title,
      ReportParameters parameters,
      Reports.Download download,
      ListRequest list) {
    String owner = caller();
    ReportRun run = null;
    for (int attempt = 1; run == null; attempt++) {
      try {
        run = queue.ask(owner, name, title, parameters, download, list, MAX_UNFINISHED, now());
      } catch (RunQueue.PlaceTaken e) {
        if (attempt == 3) {
          throw new TooManyRunsException(MAX_UNFINISHED);
        }
      }
    }
    try {
      executor.execute(this::work);
    } catch (RejectedExecutionException e) {
      LOG.fine("The executor is busy: the run waits for the next look for work");
    }
    return run.status(now());
  }

  /** How long a finished report is kept, in minutes. */
  public long keepMinutes() {
    return keepMinutes;
  }

  /** The signed-in person's reports that have not expired, newest first. */
  public List<RunStatus> mine() {
    Instant now = now();
    return queue.of(caller()).stream()
        .filter(r -> !r.expired(now))
        .map(r -> r.status(now))
        .toList();
  }

  /**
   * The signed-in person's report of that id; nothing for an unknown, someone else's or expired
   * one.
   */
  public Optional<RunStatus> status(String id) {
    Instant now = now();
    return queue.find(id, caller(), now).map(r -> r.status(now));
  }

  /** A report ready to download: its id, file name, media type and size in bytes. */
  public record ReadyFile(String id, String fileName, String mediaType, long size) {}

  /**
   * The signed-in person's ready report of that id; nothing for an unknown, someone else's, an
   * unfinished or an expired one. Its bytes are sent by {@link #send}.
   */
  public Optional<ReadyFile> ready(String id) {
    Instant now = now();
    return queue
        .find(id, caller(), now)
        .filter(r -> r.downloadable(now))
        .map(r -> new ReadyFile(r.getId(), r.getFileName(), r.getMediaType(), r.getBytesDone()));
  }

  /**
   * Sends the file of the signed-in person's ready report to {@code out}, piece by piece as the
   * database holds it, each piece read in a transaction of its own so that a slow reader holds no
   * database connection. Should the report be deleted meanwhile (it expired), fewer than {@link
   * ReadyFile#size()} bytes are sent, which the client sees as a broken download.
   */
  public void send(ReadyFile file, OutputStream out) throws IOException {
    String owner = caller();
    long sent = 0;
    for (int seq = 0; sent < file.size(); seq++) {
      byte[] piece = queue.chunk(file.id(), owner, seq);
      if (piece == null) {
        return;
      }
      out.write(piece);
      sent += piece.length;
    }
  }

  /**
   * Every few seconds on every server: a sign of life for the runs produced here, the runs of
   * stopped servers taken up, expired runs deleted, and free slots filled. Harmless when every
   * server does it at once: each step takes its rows locked, or is a single statement.
   */
  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  @PermitAll
  void tick() {
    if (closing) {
      return;
    }
    try {
      Instant now = now();
      producing.values().forEach(this::beat);
      List<String> recovered =
          queue.recoverStale(now, Duration.ofSeconds(staleSeconds), MAX_ATTEMPTS, keep());
      if (!recovered.isEmpty()) {
        LOG.warning(
            () -> "Report runs of a server that stopped were taken up or failed: " + recovered);
      }
      queue.deleteExpired(now);
      work();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The report runs could not be looked after just now", e);
    }
  }

  /** Claims waiting runs while this server produces fewer than {@link ReportSlots#AT_ONCE}. */
  void work() {
    synchronized (claiming) {
      while (!closing && producing.size() < ReportSlots.AT_ONCE) {
        Optional<ReportRun> claimed = queue.claim(node, ReportSlots.AT_ONCE, now());
        if (claimed.isEmpty()) {
          return;
        }
        Production p = new Production(claimed.get());
        producing.put(p.id(), p);
        try {
          executor.execute(() -> produce(p));
        } catch (RejectedExecutionException e) {
          producing.remove(p.id());
          queue.giveBack(p.id(), p.claim());
          return;
        }
      }
    }
  }

  @PreDestroy
  void close() {
    closing = true;
    for (Production p : producing.values()) {
      p.lose();
      giveBack(p);
    }
  }

  private void giveBack(Production p) {
    try {
      queue.giveBack(p.id(), p.claim());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not give back the report run " + p.id(), e);
    }
  }

  /** Runs on the executor's thread; see the class comment for whom it runs as. */
  private void produce(Production p) {
    try {
      RunFile file = new RunFile(queue, p, clock);
      if (p.list == null) {
        reports.produceFor(p.owner, p.reportName, p.parameters, file, p::read);
      } else {
        listRunner.produceFor(
            p.owner, p.list, ListDownloads.Format.ofName(p.reportName), file, p::read);
      }
      long bytes = file.finish();
      if (!queue.ready(p.id(), p.claim(), p.rows(), bytes, now(), keep())) {
        LOG.info(() -> "The report run " + p.id() + " was taken up by another server");
      }
    } catch (RunFile.TakenOver e) {
      LOG.info(e::getMessage);
    } catch (RecordNotFoundException
        | InvalidRecordException
        | ReportsBusyException
        | ReportNotAllowedException e) {
      fail(p, e.getMessage());
    } catch (Exception e) {
      if (closing) {
        // This server is stopping and its resources go with it: the run waits for another server
        // rather than failing the person who asked.
        LOG.log(Level.INFO, "Report run " + p.id() + " given back as this server stops", e);
        giveBack(p);
      } else {
        LOG.log(Level.WARNING, "The report " + p.reportName + " (run " + p.id() + ") failed", e);
        fail(p, FAULT);
      }
    } finally {
      producing.remove(p.id());
    }
    if (!closing) {
      work();
    }
  }

  private void fail(Production p, String reason) {
    try {
      queue.failed(p.id(), p.claim(), reason, now(), keep());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record that the report run " + p.id() + " failed", e);
    }
  }

  private void beat(Production p) {
    if (!queue.beat(p.id(), p.claim(), p.rows(), p.bytes(), now())) {
      p.lose();
    }
  }

  private Duration keep() {
    return Duration.ofMinutes(keepMinutes);
  }

  private Instant now() {
    return clock.instant();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  /** A run this server is producing: what it needs of the run, and the progress so far. */
  static final class Production {
    private final String id;
    private final String claim;
    final String owner;
    final String reportName;
    final ReportParameters parameters;
    final ListRequest list;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile boolean lost;

    Production(ReportRun run) {
      this.id = run.getId();
      this.claim = run.getClaim();
      this.owner = run.getOwner();
      this.reportName = run.getReportName();
      this.parameters = run.parameters();
      this.list = run.list();
    }

    String id() {
      return id;
    }

    String claim() {
      return claim;
    }

    long rows() {
      return rows.get();
    }

    long bytes() {
      return bytes.get();
    }

    void read(long count) {
      rows.addAndGet(count);
    }

    void wrote(long count) {
      bytes.addAndGet(count);
    }

    /** Whether another server took the run up: writing must stop. */
    boolean lost() {
      return lost;
    }

    void lose() {
      lost = true;
    }
  }
}
