package org.coproduction.landscape.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.platform.Database;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.testing.SqlStatements;
import org.coproduction.landscape.vocabulary.Sector;
import org.flywaydb.core.Flyway;

/**
 * How the staff screens' network list behaves over 100,000 networks: for each page the screen asks
 * for (first page by name, a page deep in the list, sorted by founding date, filtered by area, by
 * sector and status, by text), the SQL statements it costs (how many match, the page's ids, and
 * those networks with their host, areas and sectors joined) and the time; beside it, the same
 * statements with the same values run again alone on a connection of their own, every column of
 * every row read (the page's SQL, its floor), each page's two in turns. A benchmark, not a timed
 * test: it prints figures, and a line {@code ratio list <page> <value> (goal 3.0)} for each page.
 *
 * <p>{@code ./mvnw -pl demo -Pbenchmark verify}: H2 in a file under target/. On PostgreSQL, name a
 * database that may be emptied (the benchmark cleans it first): {@code -Ppostgres,benchmark
 * -Dbenchmark.db.url=jdbc:postgresql://127.0.0.1:5432/benchmark}. Size: {@code
 * -Dbenchmark.networks=100000}.
 */
public final class NetworkListBenchmark {

  private record Case(String name, ListQuery query) {}

  /** A statement EclipseLink prepared and ran, with the values it bound, to be run again alone. */
  private record Sent(String sql, List<Method> setters, List<Object[]> values) {}

  /** What the list sent to the database while {@link #recording}. */
  private static final List<Sent> SENT = new ArrayList<>();

  private static volatile boolean recording;

  /**
   * The database as EclipseLink sees it here: connections that note each statement run and the
   * values bound to it, so that the same statements can be timed alone (the page's SQL, its floor).
   */
  private static DataSource recordingDataSource(String url, String user, String password)
      throws SQLException {
    // One connection, kept open as a server's pool keeps its connections: the benchmark reads
    // one page at a time.
    Connection pooled = DriverManager.getConnection(url, user, password);
    return proxy(
        DataSource.class,
        (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            return recording(pooled);
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private static Connection recording(Connection connection) {
    return proxy(
        Connection.class,
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            if (!connection.getAutoCommit()) {
              connection.rollback();
            }
            return null; // back to the pool
          }
          if (method.getName().equals("isClosed")) {
            return false;
          }
          Object result = invoke(method, connection, args);
          if (method.getName().equals("prepareStatement")) {
            return recording((PreparedStatement) result, (String) args[0]);
          }
          if (method.getName().equals("createStatement")) {
            return recording((Statement) result);
          }
          return result;
        });
  }

  private static PreparedStatement recording(PreparedStatement statement, String sql) {
    List<Method> setters = new ArrayList<>();
    List<Object[]> values = new ArrayList<>();
    return proxy(
        PreparedStatement.class,
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.startsWith("set") && args != null && args.length >= 2) {
            setters.add(method);
            values.add(args.clone());
          } else if (name.equals("clearParameters")) {
            setters.clear();
            values.clear();
          } else if (name.equals("executeQuery") && (args == null || args.length == 0)) {
            if (recording) {
              SENT.add(new Sent(sql, List.copyOf(setters), List.copyOf(values)));
            }
          }
          return invoke(method, statement, args);
        });
  }

  /** A statement with its SQL given at execution (EclipseLink's, where it writes values inline). */
  private static Statement recording(Statement statement) {
    return proxy(
        Statement.class,
        (proxy, method, args) -> {
          if (method.getName().equals("executeQuery") && recording) {
            SENT.add(new Sent((String) args[0], List.of(), List.of()));
          }
          return invoke(method, statement, args);
        });
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            NetworkListBenchmark.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Runs the statements again on a connection of their own, reading every column of every row. */
  private static long alone(Connection c, List<Sent> statements) throws Exception {
    long t0 = System.nanoTime();
    for (Sent sent : statements) {
      try (PreparedStatement ps = c.prepareStatement(sent.sql())) {
        for (int i = 0; i < sent.setters().size(); i++) {
          sent.setters().get(i).invoke(ps, sent.values().get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int column = 1; column <= columns; column++) {
              rs.getObject(column);
            }
          }
        }
      }
    }
    long elapsed = System.nanoTime() - t0;
    c.commit();
    return elapsed;
  }

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
    p.put("jakarta.persistence.nonJtaDataSource", recordingDataSource(url, user, password));
    p.put("eclipselink.target-server", "None");
    p.put("eclipselink.logging.level", "WARNING");
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
    System.out.printf(
        Locale.ROOT,
        "%-45s %10s %12s %10s %14s%n",
        "page",
        "matches",
        "statements",
        "ms",
        "SQL alone, ms");
    Connection raw = DriverManager.getConnection(url, user, password);
    raw.setAutoCommit(false);
    raw.setReadOnly(true);
    List<String> ratios = new ArrayList<>();
    for (Case c : cases) {
      int statements = 0;
      long total = 0;
      List<Long> times = new ArrayList<>();
      List<Long> floor = new ArrayList<>();
      for (int run = 0; run < 13; run++) {
        SENT.clear();
        recording = true;
        EntityManager em = emf.createEntityManager();
        try {
          Networks register = new Networks();
          Field field = Registry.class.getDeclaredField("em");
          field.setAccessible(true);
          field.set(register, em);
          long[] at = new long[2];
          SqlStatements.Sent<Page<Network>> sent =
              SqlStatements.during(
                  emf,
                  () -> {
                    at[0] = System.nanoTime();
                    Page<Network> shown = register.list(c.query());
                    for (Network n : shown.items()) {
                      n.getAreas().size();
                      n.getSectors().forEach(Sector::getName);
                      if (n.getHost() != null) {
                        n.getHost().getName();
                      }
                    }
                    at[1] = System.nanoTime();
                    return shown;
                  });
          Page<Network> page = sent.answer();
          long t0 = at[0], t1 = at[1];
          recording = false;
          if (Boolean.getBoolean("benchmark.showSql")) {
            sent.statements().forEach(sql -> System.out.println("  SQL: " + sql));
          }
          // In turns: the same statements at once, alone.
          long sqlAlone = alone(raw, SENT);
          if (run >= 3) {
            times.add((t1 - t0) / 1_000);
            floor.add(sqlAlone / 1_000);
          }
          statements = sent.statements().size();
          if (SENT.size() != statements) {
            throw new IllegalStateException(
                c.name()
                    + ": "
                    + statements
                    + " statements logged, "
                    + SENT.size()
                    + " recorded to run alone: "
                    + SENT.stream().map(Sent::sql).toList());
          }
          total = page.total();
        } finally {
          em.close();
        }
      }
      times.sort(Long::compare);
      floor.sort(Long::compare);
      long page = times.get(times.size() / 2);
      long sql = floor.get(floor.size() / 2);
      System.out.printf(
          Locale.ROOT,
          "%-45s %,10d %12d %10.1f %14.1f%n",
          c.name(),
          total,
          statements,
          page / 1000.0,
          sql / 1000.0);
      ratios.add(
          String.format(
              Locale.ROOT,
              "ratio list %s %.2f (goal 3.0)%s",
              c.name().replace(' ', '_'),
              (double) page / sql,
              page <= 3 * sql ? "" : " NOT MET"));
    }
    raw.close();
    emf.close();
    System.out.println();
    ratios.forEach(System.out::println);
  }

  private NetworkListBenchmark() {}
}
