package org.coproduction.landscape.ear;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * How long Landscape takes to come back after a restart of its server, beside an empty application
 * on the same Payara Server: each is deployed alone, the domain stopped, then started again, and
 * the time from the start command to the first 200 of the application's first page is taken (the
 * sign-in page for Landscape, a static page for the empty application). The two take turns, one
 * warm-up round and then three counted; the benchmark ends with {@code ratio restart <value> (goal
 * 2.0)}. A benchmark, not a test: it prints figures.
 *
 * <p>{@code ./mvnw -pl ear -Pbenchmark verify} (after {@code ./mvnw install -DskipTests}).
 * Landscape runs on an H2 file database in {@code target/restart-benchmark}, made at its first
 * start, without the demo.
 */
public final class RestartBenchmark {

  private static final int PORT_BASE = 28000;
  private static final int ADMIN = PORT_BASE + 48;
  private static final int HTTP = PORT_BASE + 80;
  private static final int ROUNDS = 3;

  private final Path asadmin;
  private final Path work;
  private final Path preboot;
  private boolean running;

  private RestartBenchmark(Path asadmin, Path work, Path preboot) {
    this.asadmin = asadmin;
    this.work = work;
    this.preboot = preboot;
  }

  /** Arguments: Payara Server's home (payara6), the Landscape EAR, a work folder, preboot file. */
  public static void main(String[] args) throws Exception {
    Path payara = Path.of(args[0]);
    Path landscape = Path.of(args[1]);
    Path work = Path.of(args[2]);
    Path preboot = Path.of(args[3]);
    Files.createDirectories(work);
    RestartBenchmark b = new RestartBenchmark(payara.resolve("bin/asadmin"), work, preboot);
    Path empty = emptyEar(work.resolve("empty.ear"));
    b.createDomain();
    List<Double> emptyTimes = new ArrayList<>();
    List<Double> landscapeTimes = new ArrayList<>();
    try {
      for (int round = 0; round <= ROUNDS; round++) {
        double e = b.restart("empty", empty, "index.html");
        double l = b.restart("landscape", landscape, "login.xhtml");
        System.out.printf(
            Locale.ROOT,
            "round %d%s: empty EAR %.1f s, Landscape %.1f s%n",
            round,
            round == 0 ? " (warm-up)" : "",
            e,
            l);
        if (round > 0) {
          emptyTimes.add(e);
          landscapeTimes.add(l);
        }
      }
    } finally {
      b.asadmin(false, "stop-domain", "--domaindir", b.domains().toString(), "bench");
    }
    double e = median(emptyTimes);
    double l = median(landscapeTimes);
    System.out.printf(
        Locale.ROOT,
        "%nRestart to the first 200 (median of %d, after a warm-up round): empty EAR %.1f s (%s),"
            + " Landscape EAR %.1f s (%s)%n",
        ROUNDS,
        e,
        seconds(emptyTimes),
        l,
        seconds(landscapeTimes));
    double ratio = l / e;
    System.out.printf(
        Locale.ROOT, "ratio restart %.2f (goal 2.0)%s%n", ratio, ratio <= 2.0 ? "" : " NOT MET");
  }

  private Path domains() {
    return work.resolve("domains");
  }

  private void createDomain() throws Exception {
    if (Files.exists(domains().resolve("bench"))) {
      asadmin(false, "stop-domain", "--domaindir", domains().toString(), "bench");
      return;
    }
    asadmin(
        true,
        "--user",
        "admin",
        "create-domain",
        "--nopassword=true",
        "--domaindir",
        domains().toString(),
        "--portbase",
        Integer.toString(PORT_BASE),
        "bench");
  }

  /**
   * Deploys {@code ear} alone, stops the domain, starts it and returns the seconds from the start
   * command to the first 200 of {@code page}; then undeploys it.
   */
  private double restart(String name, Path ear, String page) throws Exception {
    if (!running) {
      start();
    }
    asadmin(
        true,
        "--port",
        Integer.toString(ADMIN),
        "deploy",
        "--force",
        "--name",
        name,
        ear.toString());
    waitFor(page, Duration.ofMinutes(5));
    stop();
    long t0 = System.nanoTime();
    start();
    waitFor(page, Duration.ofMinutes(5));
    double seconds = (System.nanoTime() - t0) / 1e9;
    asadmin(true, "--port", Integer.toString(ADMIN), "undeploy", name);
    return seconds;
  }

  private void stop() throws Exception {
    asadmin(true, "stop-domain", "--domaindir", domains().toString(), "bench");
    running = false;
  }

  private void start() throws Exception {
    running = true;
    asadmin(
        true,
        "start-domain",
        "--domaindir",
        domains().toString(),
        "--prebootcommandfile",
        preboot.toString(),
        "bench");
  }

  private void waitFor(String page, Duration timeout) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    URI uri = URI.create("http://localhost:" + HTTP + "/" + page);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not answering yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(uri + " did not answer 200 within " + timeout);
  }

  private void asadmin(boolean required, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(asadmin.toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("asadmin.log").toFile()));
    Map<String, String> env = builder.environment();
    // Landscape's database and first administrator; no demo. The empty application reads none.
    env.put("LANDSCAPE_DATA_DIR", work.resolve("data").toString());
    env.put("LANDSCAPE_ADMIN_PASSWORD", "Restart-Benchmark-2026");
    env.remove("LANDSCAPE_DB_URL");
    env.remove("LANDSCAPE_DEMO");
    Process p = builder.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("asadmin " + arguments[0] + " did not finish");
    }
    if (required && p.exitValue() != 0) {
      throw new IllegalStateException(
          "asadmin " + String.join(" ", arguments) + " failed: see " + work.resolve("asadmin.log"));
    }
  }

  /** An EAR of one web module at {@code /} serving one static page. */
  private static Path emptyEar(Path file) throws IOException {
    Path war = file.resolveSibling("empty.war");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
      entry(zip, "index.html", "<!DOCTYPE html><title>Empty</title><p>Empty application</p>");
    }
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(
          zip,
          "META-INF/application.xml",
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
            <display-name>empty</display-name>
            <module><web><web-uri>empty.war</web-uri><context-root>/</context-root></web></module>
          </application>
          """);
      zip.putNextEntry(new ZipEntry("empty.war"));
      Files.copy(war, zip);
      zip.closeEntry();
    }
    return file;
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.strip().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String seconds(List<Double> values) {
    return String.join(
        ", ", values.stream().map(v -> String.format(Locale.ROOT, "%.1f s", v)).toList());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    return sorted.get(sorted.size() / 2);
  }
}
