package org.coproduction.landscape.reports.benchmark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.coproduction.landscape.demo.DemoGenerator;
import org.coproduction.landscape.demo.DemoSize;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.reports.Filter;
import org.coproduction.landscape.reports.Giving360;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.lists.ListDownloads;
import org.coproduction.landscape.reports.lists.ListDownloadsOutside;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.reports.pdf.BarePdf;
import org.coproduction.landscape.reports.pdf.LandscapeReport;
import org.coproduction.landscape.reports.sheet.Cells;
import org.coproduction.landscape.reports.sheet.Column;
import org.coproduction.landscape.reports.sheet.SheetWriter;
import org.coproduction.landscape.reports.sheet.WorkbookWriter;
import org.coproduction.landscape.reports.workbook.LandscapeWorkbook;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The reports benchmark (not a test): on data from {@link DemoGenerator} in an H2 database served
 * by a process of its own,
 *
 * <ol>
 *   <li>the two big sheets of the landscape workbook (Networks and Funding), read from the database
 *       once into a cell file, then the same cells replayed into the reports' own POI SXSSF writer,
 *       into fastexcel (styled three ways: see {@link FastexcelSink.Styling}), and into the raw
 *       floor (the same XML through a ZipOutputStream), beside the replay alone;
 *   <li>the whole landscape workbook as the reports produce it;
 *   <li>the list of networks downloaded as the screens and the API download it (every network as a
 *       workbook and as CSV, the active ones newest first), beside the Networks sheet written from
 *       its own query;
 *   <li>the landscape PDF over a smaller database.
 * </ol>
 *
 * The writers take turns: a warm-up round, then {@value #WRITER_RUNS} rounds in which each writer
 * runs once, so that what disturbs a shared machine for a while falls on all of them alike. The
 * runs from the database are run once to warm up, then twice. The best time (the machine is shared:
 * the best run is the one least disturbed) and the highest heap use seen (sampled every 5 ms) are
 * printed as a Markdown table, with the CPU time this JVM used (all its threads, GC included; not
 * the database server's), which a shared machine disturbs much less than the elapsed time. Run it
 * with {@code ./mvnw -pl reports -Pbenchmark verify}.
 *
 * <p>Arguments: networks, grants, networks of the PDF database, output folder. With {@code
 * -Dreports.benchmark.writers.only=true} only the first part runs (the writers side by side).
 */
public final class ReportBenchmark {

  /** Rounds of the writers' comparison, after the warm-up round. */
  static final int WRITER_RUNS = 5;

  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int networks = Integer.parseInt(args[0]);
    int grants = Integer.parseInt(args[1]);
    int pdfNetworks = Integer.parseInt(args[2]);
    Path dir = Path.of(args[3]);
    Files.createDirectories(dir);
    System.out.printf(
        Locale.UK,
        "Java %s, %d cores, max heap %d MB%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    List<String> rows = new ArrayList<>();
    if (POSTGRESQL.isEmpty()) {
      Process server = h2Server(dir);
      Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
      try {
        run(networks, grants, pdfNetworks, dir, rows);
      } finally {
        server.destroy();
        server.waitFor();
      }
    } else {
      System.out.println("Database: " + POSTGRESQL.replaceAll("\\?.*", ""));
      run(networks, grants, pdfNetworks, dir, rows);
    }
    System.out.println();
    System.out.printf(
        "Data: %,d networks and %,d grants (workbooks); %,d networks (PDF); the writers, and the PDF"
            + " beside bare JasperReports: best of %d rounds in turns after a warm-up round (the"
            + " database read: one run; the SQL alone: best of 5, the documents: best of 2 or over"
            + " HTTP 3, after a warm-up).%n",
        networks, grants, pdfNetworks, WRITER_RUNS);
    System.out.println("| What | Time (s) | CPU of this JVM (s) | Peak heap (MB) | File (MB) |");
    System.out.println("|---|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
    System.out.println();
    boolean http = BEST.containsKey(WORKBOOK_HTTP);
    ratio("landscape.xlsx", 1.5, http ? WORKBOOK_HTTP : WORKBOOK, WORKBOOK_SQL, FLOOR_BOTH);
    ratio("networks.xlsx", 1.5, http ? DOWNLOAD_HTTP : DOWNLOAD, DOWNLOAD_SQL, FLOOR_NETWORKS);
    ratio("landscape.pdf", 1.3, pdf(pdfNetworks), bare(pdfNetworks));
    if (!http) {
      System.out.println(
          "(in this JVM: give -Dreports.benchmark.server=http://localhost:8080/ of a server on the same"
              + " database for the ratios over HTTP)");
    }
  }

  /**
   * A running Landscape on the same database (e.g. {@code ./mvnw -Prun} with {@code
   * LANDSCAPE_DB_URL} naming it), whose documents are also fetched over HTTP; none by default.
   */
  private static final String SERVER = System.getProperty("reports.benchmark.server", "");

  private static final String WORKBOOK_HTTP =
      "landscape.xlsx over HTTP (GET /api/reports/landscape.xlsx, the server on the same database)";
  private static final String DOWNLOAD_HTTP =
      "networks.xlsx over HTTP (GET /api/networks/export.xlsx, the server on the same database)";

  // What the ratios divide: the document against its SQL alone plus the raw writing of its cells.
  private static final String FLOOR_BOTH = "Networks + Funding, raw XML + ZipOutputStream (floor)";
  private static final String FLOOR_NETWORKS =
      "Networks, every network, raw XML + ZipOutputStream (floor)";
  private static final String WORKBOOK = "landscape.xlsx, all 8 sheets, from the database";
  private static final String WORKBOOK_SQL =
      "landscape.xlsx's SQL alone (its statements run again, every column read, no mapping)";
  private static final String DOWNLOAD = "networks.xlsx, the list of every network downloaded";
  private static final String DOWNLOAD_SQL =
      "networks.xlsx's row reads alone (its batches run again, every column read, no mapping)";

  private static String pdf(int networks) {
    return "landscape.pdf over " + networks + " networks, from the database";
  }

  private static String bare(int networks) {
    return "landscape.pdf's bare JasperReports: the same template, parameters and "
        + networks
        + " rows filled from memory and exported";
  }

  /** The best time of each row measured, by its name. */
  private static final Map<String, Double> BEST = new HashMap<>();

  /**
   * Prints {@code ratio <name> <value> (goal <goal>)}: the document's best time over the sum of its
   * floor's parts' best times (its SQL and the raw writing of its cells, or bare JasperReports).
   */
  private static void ratio(String name, double goal, String document, String... floor) {
    if (!BEST.containsKey(document) || !BEST.keySet().containsAll(List.of(floor))) {
      return;
    }
    double parts = 0;
    List<String> each = new ArrayList<>();
    for (String f : floor) {
      parts += BEST.get(f);
      each.add(String.format(Locale.ROOT, "%.2f s (%s)", BEST.get(f), f));
    }
    double value = BEST.get(document) / parts;
    System.out.printf(
        Locale.ROOT,
        "ratio %s %.2f (goal %.1f): %.2f s against %s%s%n",
        name,
        value,
        goal,
        BEST.get(document),
        String.join(" + ", each),
        value <= goal ? "" : " NOT MET");
  }

  private static int port;

  private static final boolean WRITERS_ONLY = Boolean.getBoolean("reports.benchmark.writers.only");

  /** Only the PDFs (the landscape report beside bare JasperReports, and over every network). */
  private static final boolean PDF_ONLY = Boolean.getBoolean("reports.benchmark.pdf.only");

  /**
   * A PostgreSQL database to read from instead of the H2 server ({@code
   * -Dreports.benchmark.db.url=...}, with {@code reports.benchmark.db.user} and {@code
   * reports.benchmark.db.password}); each data size gets a schema of its own, kept for the next
   * run.
   */
  private static final String POSTGRESQL = System.getProperty("reports.benchmark.db.url", "");

  private static final String USER =
      POSTGRESQL.isEmpty() ? "sa" : System.getProperty("reports.benchmark.db.user", "postgres");

  private static final String PASSWORD =
      POSTGRESQL.isEmpty() ? "sa" : System.getProperty("reports.benchmark.db.password", "");

  /**
   * The database runs in a process of its own (an H2 server, as PostgreSQL would), so that the heap
   * measured here is the reports' alone.
   */
  private static Process h2Server(Path dir) throws IOException, InterruptedException {
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                "org.h2.tools.Server",
                "-tcp",
                "-tcpPort",
                String.valueOf(port),
                "-baseDir",
                dir.toAbsolutePath().toString(),
                "-ifNotExists")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("h2-server.log").toFile())
            .start();
    for (int i = 0; i < 100; i++) {
      try (java.net.Socket s = new java.net.Socket("localhost", port)) {
        return p;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    p.destroy();
    throw new IllegalStateException(
        "The H2 server did not start: see " + dir.resolve("h2-server.log"));
  }

  private static void run(int networks, int grants, int pdfNetworks, Path dir, List<String> rows)
      throws Exception {
    String big =
        database("db-" + networks + "-" + grants, DemoSize.of(networks).withGrants(grants));
    Path recorded = dir.resolve("cells.bin");
    if (!PDF_ONLY) {
      workbooks(big, recorded, dir, rows);
    }
    if (!WRITERS_ONLY) {
      pdfs(big, networks, pdfNetworks, dir, rows);
    }
  }

  /** The workbooks: the writers side by side, landscape.xlsx and the list downloads. */
  private static void workbooks(String big, Path recorded, Path dir, List<String> rows)
      throws Exception {
    try (Connection c = connect(big)) {
      ReportSource source =
          new ReportSource(c, Clock.systemDefaultZone(), ReportSource.DEFAULT_PREFIX);
      rows.add(
          measure(
              "Networks + Funding rows read from the database (once, into a cell file)",
              recorded,
              out -> {
                try (CellSink s = CellRecording.recorder(recorded)) {
                  cells(source, s);
                }
              },
              1));
      rows.addAll(
          inTurns(
              List.of(
                  new Candidate(
                      "Networks + Funding, replay of the cell file, no workbook",
                      dir.resolve("none.bin"),
                      out -> CellRecording.replay(recorded, new NullSink())),
                  new Candidate(
                      "Networks + Funding, POI SXSSF (the reports' writer)",
                      dir.resolve("cells-poi.xlsx"),
                      out -> replay(recorded, new PoiSink(out))),
                  new Candidate(
                      "Networks + Funding, fastexcel 0.20.2, each cell styled (the same cells)",
                      dir.resolve("cells-fastexcel-cell.xlsx"),
                      out -> replay(recorded, new FastexcelSink(out, FastexcelSink.Styling.CELL))),
                  new Candidate(
                      "Networks + Funding, fastexcel 0.20.2, styled a range per column and 1,000"
                          + " rows (its fastest; empty cells styled too)",
                      dir.resolve("cells-fastexcel-range.xlsx"),
                      out -> replay(recorded, new FastexcelSink(out, FastexcelSink.Styling.RANGE))),
                  new Candidate(
                      "Networks + Funding, fastexcel 0.20.2, column styles only (not the same"
                          + " cells: Excel shows the dates as numbers)",
                      dir.resolve("cells-fastexcel-column.xlsx"),
                      out ->
                          replay(recorded, new FastexcelSink(out, FastexcelSink.Styling.COLUMN))),
                  new Candidate(
                      FLOOR_BOTH,
                      dir.resolve("cells-floor.xlsx"),
                      out -> replay(recorded, new FloorSink(out)))),
              WRITER_RUNS));
      if (WRITERS_ONLY) {
        return;
      }
      rows.add(
          measure(
              WORKBOOK,
              dir.resolve("landscape.xlsx"),
              out -> new LandscapeWorkbook().write(source, ReportParameters.none(), out),
              2));
      SqlFloor workbookSql = new SqlFloor();
      new LandscapeWorkbook()
          .write(
              new ReportSource(
                  workbookSql.recording(c), Clock.systemDefaultZone(), ReportSource.DEFAULT_PREFIX),
              ReportParameters.none(),
              OutputStream.nullOutputStream());
      System.out.println(workbookSql.statements().size() + " statements in landscape.xlsx");
      // The floor is the fastest the SQL runs: more runs than the documents, as a database's time
      // varies more from run to run than a writer's.
      rows.add(measure(WORKBOOK_SQL, dir.resolve("sql.txt"), out -> workbookSql.replay(c), 5));
      lists(big, source, dir, rows);
      if (!SERVER.isEmpty()) {
        rows.add(
            measure(
                WORKBOOK_HTTP,
                dir.resolve("landscape-http.xlsx"),
                out -> fetch("api/reports/landscape.xlsx", out),
                3));
        rows.add(
            measure(
                DOWNLOAD_HTTP,
                dir.resolve("networks-http.xlsx"),
                out -> fetch("api/networks/export.xlsx", out),
                3));
      }
    }
  }

  /** The landscape PDF beside bare JasperReports, then over every network of the big database. */
  private static void pdfs(String big, int networks, int pdfNetworks, Path dir, List<String> rows)
      throws Exception {
    String small = database("db-" + pdfNetworks, DemoSize.of(pdfNetworks));
    try (Connection c = connect(small)) {
      ReportSource source =
          new ReportSource(c, Clock.systemDefaultZone(), ReportSource.DEFAULT_PREFIX);
      BarePdf bare = BarePdf.of(new LandscapeReport(), source, ReportParameters.none());
      System.out.println(bare.rows() + " detail rows held in memory for the bare fill");
      // In turns, as the writers: the one run first would otherwise pay for warming the JIT alone.
      rows.addAll(
          inTurns(
              List.of(
                  new Candidate(
                      pdf(pdfNetworks),
                      dir.resolve("landscape.pdf"),
                      out -> new LandscapeReport().write(source, ReportParameters.none(), out)),
                  new Candidate(bare(pdfNetworks), dir.resolve("landscape-bare.pdf"), bare::write)),
              WRITER_RUNS));
    }
    // The whole directory of the 100,000 networks, within this JVM's heap (-Xmx256m by default).
    try (Connection c = connect(big)) {
      ReportSource source =
          new ReportSource(c, Clock.systemDefaultZone(), ReportSource.DEFAULT_PREFIX);
      try {
        rows.add(
            measure(
                pdf(networks) + " (one run)",
                dir.resolve("landscape-big.pdf"),
                out -> new LandscapeReport().write(source, ReportParameters.none(), out),
                1));
      } catch (OutOfMemoryError e) {
        // What the document held is unreachable once its fill has failed: the table still prints.
        rows.add(
            String.format(
                Locale.UK,
                "| %s | did not fit: OutOfMemoryError in a %d MB heap | | | |",
                pdf(networks),
                Runtime.getRuntime().maxMemory() >> 20));
      }
    }
  }

  /**
   * "Download these rows" of the list of networks, as the screens and the API produce it (the
   * boundary, outside the container): every network, as a workbook and as CSV, and a filtered,
   * sorted list; beside the Networks sheet written from its own query (no list, no ids), the floor
   * of the same rows.
   */
  private static void lists(String url, ReportSource source, Path dir, List<String> rows)
      throws Exception {
    Path networkCells = dir.resolve("network-cells.bin");
    try (CellSink s = CellRecording.recorder(networkCells)) {
      cells(source, s, false);
    }
    rows.add(
        measure(
            FLOOR_NETWORKS,
            dir.resolve("network-cells-floor.xlsx"),
            out -> replay(networkCells, new FloorSink(out)),
            2));
    rows.add(
        measure(
            "Networks sheet alone, every network from the sheet's own query (the floor of the"
                + " download)",
            dir.resolve("networks-sheet.xlsx"),
            out -> {
              try (WorkbookWriter book = new WorkbookWriter()) {
                SheetWriter sheet =
                    book.sheet("Networks", "Networks", RecordSheet.NETWORKS.columns());
                source.each(
                    RecordSheet.NETWORKS.everySql(),
                    r -> RecordSheet.NETWORKS.write(source, r, sheet));
                sheet.filter();
                book.write(out);
              }
            },
            2));
    EntityManagerFactory emf = entityManagers(url);
    DataSource rowsFrom = dataSource(url);
    try {
      ListQuery every = ListQuery.of(0, 1, null, null, Map.of());
      ListQuery filtered = ListQuery.of(0, 1, "-foundedOn", null, Map.of("status", "ACTIVE"));
      rows.add(
          measure(
              DOWNLOAD,
              dir.resolve("networks.xlsx"),
              out -> download(emf, rowsFrom, every, ListDownloads.Format.XLSX, out),
              2));
      SqlFloor downloadSql = new SqlFloor();
      download(
          emf,
          downloadSql.recording(rowsFrom),
          every,
          ListDownloads.Format.XLSX,
          OutputStream.nullOutputStream());
      System.out.println(downloadSql.statements().size() + " row reads in networks.xlsx");
      rows.add(
          measure(
              DOWNLOAD_SQL,
              dir.resolve("download-sql.txt"),
              out -> {
                try (Connection c = connect(url)) {
                  downloadSql.replay(c);
                }
              },
              5));
      rows.add(
          measure(
              "networks.csv, the list of every network downloaded",
              dir.resolve("networks.csv"),
              out -> download(emf, rowsFrom, every, ListDownloads.Format.CSV, out),
              2));
      rows.add(
          measure(
              "networks.xlsx, the active networks, newest first, downloaded",
              dir.resolve("networks-active.xlsx"),
              out -> download(emf, rowsFrom, filtered, ListDownloads.Format.XLSX, out),
              2));
    } finally {
      emf.close();
    }
  }

  private static void download(
      EntityManagerFactory emf,
      DataSource rowsFrom,
      ListQuery query,
      ListDownloads.Format format,
      OutputStream out)
      throws IOException {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      long n =
          ListDownloadsOutside.wired(em, rowsFrom).write(RecordSheet.NETWORKS, query, format, out);
      em.getTransaction().commit();
      System.out.printf(Locale.UK, "  %,d rows%n", n);
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** The persistence unit of production, with local transactions on the benchmark's database. */
  private static EntityManagerFactory entityManagers(String url) {
    Map<String, Object> p = new HashMap<>();
    p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    p.put("jakarta.persistence.jtaDataSource", "");
    p.put("jakarta.persistence.nonJtaDataSource", "");
    p.put("jakarta.persistence.jdbc.url", url);
    p.put("jakarta.persistence.jdbc.user", USER);
    p.put("jakarta.persistence.jdbc.password", PASSWORD);
    p.put(
        "jakarta.persistence.jdbc.driver",
        url.startsWith("jdbc:postgresql") ? "org.postgresql.Driver" : "org.h2.Driver");
    p.put("eclipselink.target-server", "None");
    p.put("eclipselink.logging.level", "SEVERE");
    return Persistence.createEntityManagerFactory("landscape", p);
  }

  private static DataSource dataSource(String url) {
    if (url.startsWith("jdbc:postgresql")) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(url);
      ds.setUser(USER);
      ds.setPassword(PASSWORD);
      return ds;
    }
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser(USER);
    ds.setPassword(PASSWORD);
    return ds;
  }

  /**
   * Fetches a document from {@link #SERVER} as its administrator ({@code
   * reports.benchmark.server.user}, {@code reports.benchmark.server.password}) into {@code out}.
   */
  private static void fetch(String path, OutputStream out) throws Exception {
    String credentials =
        System.getProperty("reports.benchmark.server.user", "admin")
            + ":"
            + System.getProperty("reports.benchmark.server.password", "");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(SERVER).resolve(path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .timeout(Duration.ofMinutes(10))
            .build();
    HttpResponse<InputStream> response =
        HttpClient.newBuilder()
            // HTTP/1.1 as browsers reach the server: the client's upgrade to HTTP/2 over plain text
            // once stalled a download until the server's write timeout.
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            path + ": HTTP " + response.statusCode() + " " + new String(in.readAllBytes()));
      }
      in.transferTo(out);
    }
  }

  private static void replay(Path recorded, CellSink sink) throws Exception {
    try (sink) {
      CellRecording.replay(recorded, sink);
    }
  }

  @FunctionalInterface
  private interface Work {
    void run(OutputStream out) throws Exception;
  }

  /** One of the writers compared. */
  private record Candidate(String what, Path file, Work work) {}

  /**
   * The writers in turns: each round runs every writer once, so that what disturbs a shared machine
   * for a while falls on all of them alike; round 0 warms up and is not counted.
   */
  private static List<String> inTurns(List<Candidate> candidates, int rounds) throws Exception {
    List<List<Double>> seconds = new ArrayList<>();
    List<List<Double>> cpu = new ArrayList<>();
    long[] peaks = new long[candidates.size()];
    candidates.forEach(
        c -> {
          seconds.add(new ArrayList<>());
          cpu.add(new ArrayList<>());
        });
    for (int round = 0; round <= rounds; round++) {
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        double[] run = once(c.what(), c.file(), c.work(), round);
        if (round > 0) {
          seconds.get(i).add(run[0]);
          cpu.get(i).add(run[1]);
          peaks[i] = Math.max(peaks[i], (long) run[2]);
        }
      }
    }
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      rows.add(
          row(
              candidates.get(i).what(),
              seconds.get(i),
              cpu.get(i),
              peaks[i],
              candidates.get(i).file()));
    }
    return rows;
  }

  private static String measure(String what, Path file, Work work, int runs) throws Exception {
    List<Double> seconds = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    long peak = 0;
    for (int i = runs == 1 ? 1 : 0; i <= runs; i++) {
      double[] run = once(what, file, work, i);
      if (i > 0) {
        seconds.add(run[0]);
        cpu.add(run[1]);
        peak = Math.max(peak, (long) run[2]);
      }
    }
    return row(what, seconds, cpu, peak, file);
  }

  /** One run: elapsed seconds, CPU seconds of this JVM, and the highest heap use seen (bytes). */
  private static double[] once(String what, Path file, Work work, int i) throws Exception {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.gc();
    AtomicLong max = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              var memory = ManagementFactory.getMemoryMXBean();
              while (running.get()) {
                max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    long cpuStart = os.getProcessCpuTime();
    if (file.getFileName().toString().equals("cells.bin")) {
      work.run(null);
    } else {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        work.run(out);
      }
    }
    long took = System.nanoTime() - start;
    long cpuTook = os.getProcessCpuTime() - cpuStart;
    running.set(false);
    sampler.join();
    System.out.printf(
        Locale.UK,
        "%s: run %d %.2f s (CPU %.2f s), peak heap %d MB%n",
        what,
        i,
        took / 1e9,
        cpuTook / 1e9,
        max.get() >> 20);
    return new double[] {took / 1e9, cpuTook / 1e9, max.get()};
  }

  /** The table row: the best elapsed and the best CPU time, the highest peak, the file's size. */
  private static String row(
      String what, List<Double> seconds, List<Double> cpu, long peak, Path file)
      throws IOException {
    List<Double> s = new ArrayList<>(seconds);
    List<Double> c = new ArrayList<>(cpu);
    s.sort(Double::compare);
    c.sort(Double::compare);
    BEST.put(what, s.get(0));
    return String.format(
        Locale.UK,
        "| %s | %.2f | %.2f | %d | %.1f |",
        what,
        s.get(0),
        c.get(0),
        peak >> 20,
        Files.size(file) / 1e6);
  }

  /**
   * The cells of the two big sheets of the landscape workbook, written by the workbook's own rows
   * ({@link RecordSheet#NETWORKS}, {@link Giving360#fundingRow}): the same columns, types, values
   * and order.
   */
  static void cells(ReportSource source, CellSink sink) throws IOException {
    cells(source, sink, true);
  }

  /** The Networks sheet's cells, then the Funding sheet's when {@code funding}. */
  private static void cells(ReportSource source, CellSink sink, boolean funding)
      throws IOException {
    Cells cells = sink.cells();
    sink.sheet("Networks", RecordSheet.NETWORKS.columns());
    source.each(RecordSheet.NETWORKS.everySql(), r -> RecordSheet.NETWORKS.write(source, r, cells));
    sink.endSheet();
    if (funding) {
      sink.sheet("Funding", Giving360.fundingColumns(true));
      Giving360.each(source, new Filter(), false, g -> Giving360.fundingRow(g, cells, true));
      sink.endSheet();
    }
    sink.finish();
  }

  /**
   * A database of the H2 server with the migrations and the generated data (made once, kept for the
   * next run).
   */
  private static String database(String name, DemoSize size) throws SQLException {
    String schema = name.replace('-', '_');
    String url =
        POSTGRESQL.isEmpty()
            ? "jdbc:h2:tcp://localhost:"
                + port
                + "/"
                + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            : POSTGRESQL + (POSTGRESQL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    var flyway =
        Flyway.configure()
            .dataSource(url, USER, PASSWORD)
            .locations(org.coproduction.landscape.platform.Database.migrations(url));
    if (!POSTGRESQL.isEmpty()) {
      flyway.schemas(schema);
    }
    flyway.load().migrate();
    try (Connection c = DriverManager.getConnection(url, USER, PASSWORD)) {
      long existing;
      try (var s = c.createStatement();
          var rs = s.executeQuery("select count(*) from network")) {
        rs.next();
        existing = rs.getLong(1);
      }
      if (existing == 0) {
        long start = System.nanoTime();
        System.out.println("Generating " + size + " into " + name + " ...");
        System.out.println(DemoGenerator.generate(c, size));
        if (!POSTGRESQL.isEmpty()) {
          // The planner's statistics, as autovacuum would have them on a live database.
          c.setAutoCommit(true);
          try (var analyze = c.createStatement()) {
            analyze.execute("analyze");
          }
        }
        System.out.printf(Locale.UK, "generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
      } else {
        System.out.println("Using the " + existing + " networks already in " + name);
      }
    }
    return url;
  }

  private static Connection connect(String url) throws SQLException {
    Connection c = DriverManager.getConnection(url, USER, PASSWORD);
    c.setAutoCommit(false);
    c.setReadOnly(true);
    return c;
  }

  /** Reads every row and writes nothing: the time and memory of the queries alone. */
  private static final class NullSink implements CellSink {
    @Override
    public void sheet(String name, List<Column> columns) {}

    @Override
    public void row() {}

    @Override
    public void text(String value) {}

    @Override
    public void number(Long value) {}

    @Override
    public void money(java.math.BigDecimal value) {}

    @Override
    public void date(java.time.LocalDate value) {}

    @Override
    public void endSheet() {}

    @Override
    public void finish() {}

    @Override
    public void close() {}
  }
}
