package org.coproduction.landscape.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.coproduction.landscape.platform.Database;
import org.flywaydb.core.Flyway;

/**
 * The real database of the tests outside the container: H2 in PostgreSQL mode by default, or the
 * PostgreSQL named by the system properties {@code test.db.url}, {@code test.db.user}, {@code
 * test.db.password} (set by the build's {@code postgres} profile). The schema is made by the same
 * Flyway migrations as in production, from a clean database, once per test run.
 */
public final class TestDatabase {

  public static final String URL =
      System.getProperty(
          "test.db.url",
          "jdbc:h2:mem:landscape;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  public static final String USER = System.getProperty("test.db.user", "sa");
  public static final String PASSWORD = System.getProperty("test.db.password", "sa");

  private static EntityManagerFactory emf;

  private TestDatabase() {}

  /**
   * The persistence unit "landscape" of production, here with local transactions on the test
   * database.
   */
  public static synchronized EntityManagerFactory emf() {
    if (emf == null) {
      Flyway flyway =
          Flyway.configure()
              .dataSource(URL, USER, PASSWORD)
              .locations(Database.migrations(URL))
              .cleanDisabled(false)
              .load();
      flyway.clean();
      flyway.migrate();
      Map<String, Object> p = new HashMap<>();
      p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
      p.put("jakarta.persistence.jtaDataSource", "");
      p.put("jakarta.persistence.nonJtaDataSource", "");
      p.put("jakarta.persistence.jdbc.url", URL);
      p.put("jakarta.persistence.jdbc.user", USER);
      p.put("jakarta.persistence.jdbc.password", PASSWORD);
      p.put(
          "jakarta.persistence.jdbc.driver",
          URL.startsWith("jdbc:postgresql") ? "org.postgresql.Driver" : "org.h2.Driver");
      p.put("eclipselink.target-server", "None");
      p.put("eclipselink.logging.level", "SEVERE");
      emf = Persistence.createEntityManagerFactory("landscape", p);
    }
    return emf;
  }

  /** Runs {@code work} in one transaction and commits it. */
  public static <R> R inTransaction(Function<EntityManager, R> work) {
    return inTransaction(emf(), work);
  }

  /** Runs {@code work} in one transaction of {@code emf}'s and commits it. */
  public static <R> R inTransaction(EntityManagerFactory emf, Function<EntityManager, R> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      R r = work.apply(em);
      em.getTransaction().commit();
      return r;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public static void inTransaction(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }
}
