package org.coproduction.landscape.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.coproduction.landscape.platform.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers a query over the application's own data source: Payara's
 * {@code GET /health/ready} (and {@code /health}). A database that is away makes the server not
 * ready, never dead: {@link ProcessHealthCheck} is the liveness check. The answer names no error;
 * the log does.
 *
 * <p>It lives in the web module because Payara registers the health checks of an EAR only through
 * its web module: a check that sat alone in the core EJB jar was never called.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  static final String NAME = "landscape-database";

  private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(5);
      try (ResultSet rows = statement.executeQuery("SELECT 1")) {
        boolean answered = rows.next() && rows.getInt(1) == 1;
        return response
            .status(answered)
            .withData("database", connection.getMetaData().getDatabaseProductName())
            .build();
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warning(() -> "The database does not answer: " + DatabaseUnavailable.describe(e));
      LOG.log(Level.FINE, "The database does not answer", e);
      return response.down().build();
    }
  }
}
