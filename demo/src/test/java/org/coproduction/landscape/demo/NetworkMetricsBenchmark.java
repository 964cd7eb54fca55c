package org.coproduction.landscape.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.coproduction.landscape.network.NetworkMetrics;
import org.coproduction.landscape.platform.Database;
import org.flywaydb.core.Flyway;

/**
 * How long measuring the network of networks ({@link NetworkMetrics}: degree, reach, betweenness,
 * closeness) takes, which a network's page, the API and the map wait for once after every change of
 * relations: over the generated landscape (100,000 networks by default), and over one connected
 * part of {@link NetworkMetrics#EXACT_LIMIT} networks, the largest measured exactly. A benchmark,
 * not a timed test: it prints figures.
 *
 * <p>{@code ./mvnw -pl demo -Pbenchmark verify} runs it after the network list's benchmark.
 */
public final class NetworkMetricsBenchmark {

  public static void main(String[] args) throws Exception {
    int networks = Integer.getInteger("benchmark.networks", 100_000);
    String url =
        "jdbc:h2:mem:metrics" + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "sa")
        .locations(Database.migrations(url))
        .load()
        .migrate();
    List<long[]> pairs = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
      c.setAutoCommit(false);
      DemoGenerator.generate(c, DemoSize.of(networks));
      c.commit();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery("select from_network_id, to_network_id from network_relation")) {
        while (r.next()) {
          pairs.add(new long[] {r.getLong(1), r.getLong(2)});
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nNetwork metrics (degree, reach, betweenness, closeness), median of 5 after 2 warm-ups%n");
    measure(String.format(Locale.ROOT, "generated landscape, %,d networks", networks), pairs);

    // One part as large as is measured exactly: members under regional hubs under one national.
    Random random = new Random(42);
    List<long[]> part = new ArrayList<>();
    int hubs = 50;
    for (long hub = 2; hub <= hubs + 1; hub++) {
      part.add(new long[] {hub, 1});
    }
    for (long n = hubs + 2; n <= NetworkMetrics.EXACT_LIMIT; n++) {
      part.add(new long[] {n, 2 + random.nextInt(hubs)});
      if (random.nextInt(10) == 0) {
        part.add(new long[] {n, hubs + 2 + random.nextInt((int) (n - hubs - 1))});
      }
    }
    measure(
        String.format(
            Locale.ROOT, "one connected part of %,d networks", NetworkMetrics.EXACT_LIMIT),
        part);
  }

  private static void measure(String name, List<long[]> relations) {
    List<Long> times = new ArrayList<>();
    NetworkMetrics m = null;
    for (int run = 0; run < 7; run++) {
      long t0 = System.nanoTime();
      m = NetworkMetrics.of(relations);
      long t1 = System.nanoTime();
      if (run >= 2) {
        times.add((t1 - t0) / 1_000_000);
      }
    }
    times.sort(Long::compare);
    System.out.printf(
        Locale.ROOT,
        "%-45s %,9d relations %,9d networks, largest part %,7d %,8d ms%n",
        name,
        m.relations(),
        m.networks(),
        m.largestPart(),
        times.get(times.size() / 2));
  }

  private NetworkMetricsBenchmark() {}
}
