package org.coproduction.landscape.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coproduction.landscape.platform.Database;
import org.flywaydb.core.Flyway;

/**
 * A database of its own, migrated from nothing, beside the shared {@link TestDatabase}: another
 * in-memory H2 database, or another schema of the same PostgreSQL database. For tests that need an
 * empty record or compare two records.
 */
public final class FreshDatabase implements AutoCloseable {

  public final String url;
  public final EntityManagerFactory emf;
  private final String schema;

  private FreshDatabase(String url, String schema, EntityManagerFactory emf) {
    this.url = url;
    this.schema = schema;
    this.emf = emf;
  }

  public static FreshDatabase named(String name) {
    String base = TestDatabase.URL;
    String url;
    String schema = null;
    if (base.startsWith("jdbc:h2:mem:")) {
      int end = base.indexOf(';');
      url = "jdbc:h2:mem:" + name + (end < 0 ? "" : base.substring(end));
    } else if (base.startsWith("jdbc:postgresql:")) {
      schema = name;
      url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
    } else {
      throw new IllegalStateException(
          "A fresh database needs H2 in memory or PostgreSQL, not " + base);
    }
    var flyway =
        Flyway.configure()
            .dataSource(url, TestDatabase.USER, TestDatabase.PASSWORD)
            .locations(Database.migrations(url))
            .cleanDisabled(false);
    if (schema != null) {
      flyway.schemas(schema);
    }
    Flyway f = flyway.load();
    f.clean();
    f.migrate();
    Map<String, Object> p = new HashMap<>();
    p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    p.put("jakarta.persistence.jtaDataSource", "");
    p.put("jakarta.persistence.nonJtaDataSource", "");
    p.put("jakarta.persistence.jdbc.url", url);
    p.put("jakarta.persistence.jdbc.user", TestDatabase.USER);
    p.put("jakarta.persistence.jdbc.password", TestDatabase.PASSWORD);
    p.put(
        "jakarta.persistence.jdbc.driver",
        url.startsWith("jdbc:postgresql") ? "org.postgresql.Driver" : "org.h2.Driver");
    p.put("eclipselink.target-server", "None");
    p.put("eclipselink.logging.level", "SEVERE");
    p.put("eclipselink.session-name", "fresh-" + name);
    return new FreshDatabase(url, schema, Persistence.createEntityManagerFactory("landscape", p));
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
  }

  public <R> R inTransaction(Function<EntityManager, R> work) {
    return TestDatabase.inTransaction(emf, work);
  }

  /**
   * Runs read-only checks in a transaction that is rolled back, with no flush before queries.
   * (Reading an element collection of embeddables and then flushing fails under EclipseLink 4.0.7
   * while those collections are batch fetched: eclipse-ee4j/eclipselink#1455, fixed on master by
   * #2786.)
   */
  public <R> R read(Function<EntityManager, R> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
      em.getTransaction().begin();
      return work.apply(em);
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public long count(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public List<String> strings(String sql) {
    List<String> values = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? " | " : "").append(r.getString(i));
        }
        values.add(row.toString());
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public void close() throws SQLException {
    emf.close();
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(schema == null ? "drop all objects" : "drop schema " + schema + " cascade");
    }
  }
}
