package org.coproduction.landscape.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.coproduction.landscape.platform.Database;
import org.coproduction.landscape.platform.DatabaseMigrations;
import org.coproduction.landscape.platform.StartupLock;

/**
 * At start-up, after the migrations: loads the demo landscape ({@link DemoLandscape}, from its CSV
 * files through the importers) in one transaction when the record holds no network, and then, when
 * {@code LANDSCAPE_DEMO_SIZE} ({@code landscape.demo.size}) asks for it and the database holds
 * nothing beyond the seed, generates that many networks with {@link DemoGenerator} ({@code
 * LANDSCAPE_DEMO_GRANTS} sets the number of grants).
 *
 * <p>Both run while holding {@link StartupLock#DEMO_DATA} and check inside it whether they are
 * still needed: of servers starting together on an empty database, one loads the demo and the
 * others find it there.
 *
 * <p>Both are off unless asked for ({@link DemoSettings}): {@code LANDSCAPE_DEMO=true} ({@code
 * -Dlandscape.demo=true}), or a {@code LANDSCAPE_DEMO_SIZE}, so that a production database starts
 * empty. A failure is logged and leaves the application running on whatever the database held
 * before.
 */
@Startup
@Singleton(name = DemoData.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

  /** The EJB name, for {@code @DependsOn}. */
  public static final String NAME = "DemoData";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /**
   * How long a server waits for another that is loading or generating the demo (a large generated
   * demo takes minutes).
   */
  private static final Duration PATIENCE = Duration.ofMinutes(30);

  /**
   * Asked for the schema's version first: the container finishes the migrations before it answers
   * (an {@code @DependsOn} cannot name a bean of core's module from this one in the EAR).
   */
  @EJB private DatabaseMigrations migrations;

  @EJB private DemoLandscape landscape;

  @Resource private UserTransaction transaction;

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @PostConstruct
  void load() {
    if (!DemoSettings.enabled()) {
      LOG.info("Demo data is off (set LANDSCAPE_DEMO=true to load the demo landscape).");
      return;
    }
    LOG.fine("Demo data on a schema at version " + migrations.schemaVersion());
    loadSeed();
    Optional<DemoSize> size;
    try {
      size = DemoSize.fromSettings();
    } catch (IllegalArgumentException e) {
      LOG.severe("No demo data generated: " + e.getMessage());
      return;
    }
    size.ifPresent(this::generate);
  }

  private void loadSeed() {
    try (Connection lock = StartupLock.connect()) {
      Optional<DemoLandscape.Loaded> loaded =
          StartupLock.holding(
              lock,
              StartupLock.DEMO_DATA,
              PATIENCE,
              () -> {
                transaction.begin();
                Optional<DemoLandscape.Loaded> l = landscape.loadIfEmpty();
                transaction.commit();
                return l;
              });
      loaded.ifPresentOrElse(
          l -> LOG.info("Loaded the demo landscape: " + l),
          () -> LOG.fine("The record already holds networks: no demo landscape loaded."));
    } catch (Exception e) {
      rollback();
      LOG.log(Level.SEVERE, "The demo landscape could not be loaded; nothing of it was kept", e);
    }
  }

  private void generate(DemoSize size) {
    // Outside any JTA transaction: the generator commits chunk by chunk, so no transaction timeout
    // applies. Under the lock, so that a server starting at the same moment finds more than the
    // seed afterwards and generates nothing.
    try (Connection lock = StartupLock.connect();
        Connection c = dataSource.getConnection()) {
      StartupLock.holding(
          lock,
          StartupLock.DEMO_DATA,
          PATIENCE,
          () -> {
            if (!DemoGenerator.holdsOnlyTheSeed(c)) {
              LOG.info(
                  "LANDSCAPE_DEMO_SIZE is set but the database holds more than the demo seed: nothing generated.");
              return null;
            }
            LOG.info("Generating demo data: " + size + " ...");
            LOG.info("Generated demo data: " + DemoGenerator.generate(c, size));
            return null;
          });
    } catch (Exception e) {
      LOG.log(
          Level.SEVERE, "Generating demo data failed; chunks committed before the failure stay", e);
    }
  }

  private void rollback() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.log(Level.WARNING, "Rolling back the demo landscape failed", e);
    }
  }
}
