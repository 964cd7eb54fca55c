package org.coproduction.landscape.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.platform.Database;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.vocabulary.Sector;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.flywaydb.core.Flyway;

/**
 * How the staff screens' network list behaves over 100,000 networks: for each page the screen asks
 * for (first page by name, a page deep in the list, sorted by founding date, filtered by area, by
 * sector and status, by text), the SQL statements it costs (count, page, the batch reads of areas
 * and sectors that showing the rows needs) and the time. A benchmark, not a timed test: it prints
 * figures.
 *
 * <p>{@code ./mvnw -pl demo -Pbenchmark verify}: H2 in a file under target/. On PostgreSQL, name a
 * database that may be emptied (the benchmark cleans it first): {@code -Ppostgres,benchmark
 * -Dbenchmark.db.url=jdbc:postgresql://127.0.0.1:5432/benchmark}. Size: {@code
 * -Dbenchmark.networks=100000}.
 */
public final class NetworkListBenchmark {

  /** Counts the SQL statements EclipseLink sends. */
  public static final class CountingLog extends AbstractSessionLog {
    static final AtomicInteger STATEMENTS = new AtomicInteger();

    @Override
    public void log(SessionLogEntry entry) {
      if (SessionLog.SQL.equals(entry.getNameSpace())) {
        STATEMENTS.incrementAndGet();
        if (Boolean.getBoolean("benchmark.showSql")) {
          System.out.println("  SQL: " + entry.getMessage());
        }
      }
    }
  }

  private record Case(String name, ListQuery query) {}

  public static void main(String[] args) throws Exception {
    int networks = Integer.getInteger("benchmark.networks", 100_000);
    String url =
        System.getProperty(
            "test.db.url",
            "jdbc:h2:file:./target/benchmark/networks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    String user = System.getProperty("test.db.user", "sa");
    String password = System.getProperty("test.db.password", "sa");

    Flyway flyway =
        Flyway.configure()
            .dataSource(url, user, password)
            .locations(Database.migrations(url))
            .cleanDisabled(false)
            .load();
    flyway.clean();
    flyway.migrate();
    long started = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      System.out.println("Generated: " + DemoGenerator.generate(c, DemoSize.of(networks)));
      c.commit();
      if (url.startsWith("jdbc:postgresql")) {
        // The planner's statistics, as autovacuum would have them on a live database.
        c.setAutoCommit(true);
        try (var analyze = c.createStatement()) {
          analyze.execute("analyze");
        }
      }
    }
    System.out.printf(Locale.ROOT, "Data ready in %.1f s%n", (System.nanoTime() - started) / 1e9);

    Map<String, Object> p = new HashMap<>();
    p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    p.put("jakarta.persistence.jtaDataSource", "");
    p.put("jakarta.persistence.nonJtaDataSource", "");
    p.put("jakarta.persistence.jdbc.url", url);
    p.put("jakarta.persistence.jdbc.user", user);
    p.put("jakarta.persistence.jdbc.password", password);
    p.put(
        "jakarta.persistence.jdbc.driver",
        url.startsWith("jdbc:postgresql") ? "org.postgresql.Driver" : "org.h2.Driver");
    p.put("eclipselink.target-server", "None");
    p.put("eclipselink.logging.logger", CountingLog.class.getName());
    p.put("eclipselink.logging.level", "WARNING");
    p.put("eclipselink.logging.level.sql", "FINE");
    EntityManagerFactory emf = Persistence.createEntityManagerFactory("landscape", p);

    String sector;
    String someWord;
    EntityManager probe = emf.createEntityManager();
    try {
      sector =
          probe
              .createQuery("select s.code from Sector s order by s.code", String.class)
              .setMaxResults(1)
              .getSingleResult();
      someWord = "network";
    } finally {
      probe.close();
    }
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("first page by name", ListQuery.of(0, 25, "name", null, Map.of())));
    cases.add(new Case("page 2,000 by name", ListQuery.of(1999, 25, "name", null, Map.of())));
    cases.add(
        new Case(
            "first page by founding date, newest first",
            ListQuery.of(0, 25, "-foundedOn", null, Map.of())));
    cases.add(
        new Case(
            "area E12000003 (Yorkshire)",
            ListQuery.of(0, 25, "name", null, Map.of(Networks.AREA, "E12000003"))));
    cases.add(
        new Case(
            "sector " + sector + ", active",
            ListQuery.of(
                0, 25, "name", null, Map.of(Networks.SECTOR, sector, Networks.STATUS, "ACTIVE"))));
    cases.add(new Case("text '" + someWord + "'", ListQuery.of(0, 25, "name", someWord, Map.of())));
    cases.add(new Case("text 'cornwall'", ListQuery.of(0, 25, "name", "cornwall", Map.of())));

    System.out.printf(
        Locale.ROOT,
        "%nNetwork list over %,d networks (%s), 25 rows a page, median of 10 after 3 warm-ups%n",
        networks,
        url.replaceAll(";.*", ""));
    System.out.printf(Locale.ROOT, "%-45s %10s %12s %10s%n", "page", "matches", "statements", "ms");
    for (Case c : cases) {
      int statements = 0;
      long total = 0;
      List<Long> times = new ArrayList<>();
      for (int run = 0; run < 13; run++) {
        EntityManager em = emf.createEntityManager();
        try {
          Networks register = new Networks();
          Field field = Registry.class.getDeclaredField("em");
          field.setAccessible(true);
          field.set(register, em);
          CountingLog.STATEMENTS.set(0);
          long t0 = System.nanoTime();
          Page<Network> page = register.list(c.query());
          for (Network n : page.items()) {
            n.getAreas().size();
            n.getSectors().forEach(Sector::getName);
            if (n.getHost() != null) {
              n.getHost().getName();
            }
          }
          long t1 = System.nanoTime();
          if (run >= 3) {
            times.add((t1 - t0) / 1_000_000);
          }
          statements = CountingLog.STATEMENTS.get();
          total = page.total();
        } finally {
          em.close();
        }
      }
      times.sort(Long::compare);
      System.out.printf(
          Locale.ROOT,
          "%-45s %,10d %12d %10d%n",
          c.name(),
          total,
          statements,
          times.get(times.size() / 2));
    }
    emf.close();
  }

  private NetworkListBenchmark() {}
}
