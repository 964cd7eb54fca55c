package org.coproduction.landscape.reports;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import org.coproduction.landscape.reports.run.ReportRuns;
import org.coproduction.landscape.testing.TestDatabase;

/**
 * The reports module's persistence unit (report runs, scheduled reports) over the test database (H2
 * by default, PostgreSQL with {@code -Ppostgres}), outside the container: each entity manager is
 * one server's transaction on a connection of its own, as a container's would be.
 */
public final class ReportsDatabase {

  private static EntityManagerFactory emf;

  private ReportsDatabase() {}

  public static synchronized EntityManagerFactory emf() {
    if (emf == null) {
      TestDatabase.emf(); // the schema, migrated from clean
      Map<String, Object> p = new HashMap<>();
      p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
      p.put("jakarta.persistence.jtaDataSource", "");
      p.put("jakarta.persistence.nonJtaDataSource", "");
      p.put("jakarta.persistence.jdbc.url", TestDatabase.URL);
      p.put("jakarta.persistence.jdbc.user", TestDatabase.USER);
      p.put("jakarta.persistence.jdbc.password", TestDatabase.PASSWORD);
      p.put(
          "jakarta.persistence.jdbc.driver",
          TestDatabase.URL.startsWith("jdbc:postgresql")
              ? "org.postgresql.Driver"
              : "org.h2.Driver");
      p.put("eclipselink.target-server", "None");
      p.put("eclipselink.logging.level", "SEVERE");
      // As a container's transaction does: every statement of a transaction on its one connection.
      p.put("eclipselink.jdbc.exclusive-connection.mode", "Always");
      emf = Persistence.createEntityManagerFactory(ReportRuns.PERSISTENCE_UNIT, p);
    }
    return emf;
  }
}
