package org.coproduction.landscape.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.coproduction.landscape.platform.Database;
import org.coproduction.landscape.platform.StartupOrder;

/**
 * At start-up, after the migrations and the first administrator: loads the demo landscape ({@link
 * DemoLandscape}) in one transaction when the record holds no network, and then, when {@code
 * LANDSCAPE_DEMO_SIZE} ({@code landscape.demo.size}) asks for it and the database holds nothing
 * beyond the seed, generates that many networks with {@link DemoGenerator} ({@code
 * LANDSCAPE_DEMO_GRANTS} sets the number of grants).
 *
 * <p>{@code LANDSCAPE_DEMO=false} ({@code -Dlandscape.demo=false}) turns both off. A failure is
 * logged and leaves the application running on whatever the database held before.
 */
@Startup
@Singleton(name = DemoData.NAME)
@DependsOn({StartupOrder.MIGRATIONS, StartupOrder.ACCOUNTS})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

  /** The EJB name, for {@code @DependsOn}. */
  public static final String NAME = "DemoData";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
  private EntityManager em;

  @Resource private UserTransaction transaction;

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @PostConstruct
  void load() {
    if (!DemoSettings.enabled()) {
      LOG.info("Demo data is off (LANDSCAPE_DEMO=false).");
      return;
    }
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
    try {
      transaction.begin();
      Optional<DemoLandscape.Loaded> loaded = DemoLandscape.loadIfEmpty(em);
      transaction.commit();
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
    // applies.
    try (Connection c = dataSource.getConnection()) {
      if (!DemoGenerator.holdsOnlyTheSeed(c)) {
        LOG.info(
            "LANDSCAPE_DEMO_SIZE is set but the database holds more than the demo seed: nothing generated.");
        return;
      }
      LOG.info("Generating demo data: " + size + " ...");
      LOG.info("Generated demo data: " + DemoGenerator.generate(c, size));
    } catch (SQLException | RuntimeException e) {
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
