package org.coproduction.landscape.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.coproduction.landscape.platform.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Up only when the database answers a query over the application's own data source: part of
 * Payara's {@code GET /health} (and {@code /health/ready}, {@code /health/live}).
 *
 * <p>It lives in the web module because Payara registers the health checks of an EAR only through
 * its web module: a check that sat alone in the core EJB jar was never called.
 */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  static final String NAME = "landscape-database";

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
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
