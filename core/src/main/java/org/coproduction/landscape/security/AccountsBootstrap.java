package org.coproduction.landscape.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.coproduction.landscape.platform.Database;
import org.coproduction.landscape.platform.DatabaseMigrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, after the migrations: when there is no account at all, creates {@code admin} (ADMIN)
 * with the password of {@code LANDSCAPE_ADMIN_PASSWORD}, or else a random one written once to the
 * server log.
 */
@Startup
@Singleton(name = AccountsBootstrap.NAME)
@DependsOn(DatabaseMigrations.NAME)
public class AccountsBootstrap {

  /** The EJB name, for {@code @DependsOn}. */
  public static final String NAME = "AccountsBootstrap";

  /** The first administrator's username. */
  public static final String ADMIN_USERNAME = "admin";

  private static final Logger LOG = Logger.getLogger(AccountsBootstrap.class.getName());
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
  private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject
  @ConfigProperty(name = "landscape.admin.password")
  private Optional<String> adminPassword;

  @PostConstruct
  void createFirstAdministrator() {
    long accounts = em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    if (accounts > 0) {
      return;
    }
    Optional<String> configured = adminPassword.filter(p -> !p.isEmpty());
    String password = configured.orElseGet(AccountsBootstrap::randomPassword);
    try {
      AccountRules.checkPassword(ADMIN_USERNAME, password);
    } catch (AccountException e) {
      throw new IllegalStateException(
          "LANDSCAPE_ADMIN_PASSWORD is not acceptable: " + e.getMessage(), e);
    }
    em.persist(new UserAccount(ADMIN_USERNAME, hasher.hash(password), Roles.ADMIN));
    if (configured.isPresent()) {
      LOG.info(
          "Created the first account 'admin' (ADMIN) with the password from LANDSCAPE_ADMIN_PASSWORD.");
    } else {
      LOG.warning(
          "Created the first account 'admin' (ADMIN) with the password "
              + password
              + " - it is shown only this once: sign in and change it, or set LANDSCAPE_ADMIN_PASSWORD before the"
              + " first start.");
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
