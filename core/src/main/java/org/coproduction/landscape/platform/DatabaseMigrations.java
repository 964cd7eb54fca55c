package org.coproduction.landscape.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's data source and brings its schema up to date with Flyway before
 * anything else uses it.
 *
 * <p>The schema belongs to the migrations in {@code db/migration}; JPA never generates it. Start-up
 * beans that use the database say {@code @DependsOn(DatabaseMigrations.NAME)}: the first
 * administrator ({@code AccountsBootstrap}) after the migrations; the demo data, in a module of its
 * own that cannot name this bean, waits by calling {@link #schemaVersion()}. Work that must happen
 * once when several servers start together holds a {@link StartupLock}.
 *
 * <p>Servers starting together migrate once: Flyway holds a lock while it migrates (a PostgreSQL
 * advisory lock; on H2, the rows of its history table {@code FOR UPDATE}, though an H2 file serves
 * one server only), and the others wait, then find the schema up to date.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.coproduction.landscape.platform.LandscapeDataSource",
    minPoolSize = 1,
    maxPoolSize = 32,
    initialPoolSize = 1,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@Startup
@Singleton(name = DatabaseMigrations.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.READ)
public class DatabaseMigrations {

  /** The EJB name, for {@code @DependsOn}. */
  public static final String NAME = "DatabaseMigrations";

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  private volatile String schemaVersion;

  @PostConstruct
  void migrate() {
    String url;
    try (Connection c = dataSource.getConnection()) {
      url = c.getMetaData().getURL();
    } catch (SQLException e) {
      throw new IllegalStateException("The landscape's database cannot be reached", e);
    }
    Flyway flyway =
        Flyway.configure(DatabaseMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations(Database.migrations(url))
            .cleanDisabled(true)
            .load();
    MigrateResult result = flyway.migrate();
    var current = flyway.info().current();
    schemaVersion = current == null ? "none" : current.getVersion().getVersion();
    LOG.info(
        () ->
            "Database schema at version "
                + schemaVersion
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied now) on "
                + result.database);
  }

  /** The schema version after the start-up migration, e.g. {@code "2"}. */
  public String schemaVersion() {
    return schemaVersion;
  }
}
