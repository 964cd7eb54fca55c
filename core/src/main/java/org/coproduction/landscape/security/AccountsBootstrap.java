package org.coproduction.landscape.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.coproduction.landscape.platform.Database;
import org.coproduction.landscape.platform.DatabaseMigrations;
import org.coproduction.landscape.platform.LandscapeDataSource;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.platform.StartupLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, after the migrations: when there is no account at all, creates {@code admin} (ADMIN)
 * with the password of {@code LANDSCAPE_ADMIN_PASSWORD}, or else a random one written to {@value
 * #PASSWORD_FILE} in the data folder (readable by the server's user only, never in the log), which
 * must be changed at the first sign-in.
 *
 * <p>Servers starting together on an empty database create it once: the one that holds {@link
 * StartupLock#FIRST_ACCOUNT} first creates it (and writes the file), the others then find it and do
 * nothing.
 */
@Startup
@Singleton(name = AccountsBootstrap.NAME)
@DependsOn(DatabaseMigrations.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class AccountsBootstrap {

  /** The EJB name, for {@code @DependsOn}. */
  public static final String NAME = "AccountsBootstrap";

  /** The first administrator's username. */
  public static final String ADMIN_USERNAME = "admin";

  /** The file in the data folder that holds a generated first password. */
  public static final String PASSWORD_FILE = "initial-admin-password.txt";

  private static final Logger LOG = Logger.getLogger(AccountsBootstrap.class.getName());
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  /** How long a server waits for another that is creating the first account. */
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
  private EntityManager em;

  @Resource private UserTransaction transaction;

  @Inject private PasswordHasher hasher;

  @Inject
  @ConfigProperty(name = "landscape.admin.password")
  private Optional<String> adminPassword;

  @PostConstruct
  void createFirstAdministrator() {
    if (em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult() > 0) {
      // Every start but the first: no lock, no hashing.
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
    UserAccount admin = new UserAccount(ADMIN_USERNAME, hasher.hash(password), Roles.ADMIN);
    admin.setMustChangePassword(configured.isEmpty());
    Path file = LandscapeDataSource.dataDirectory().resolve(PASSWORD_FILE);
    boolean created;
    try (Connection lock = StartupLock.connect()) {
      created =
          StartupLock.holding(
              lock,
              StartupLock.FIRST_ACCOUNT,
              PATIENCE,
              () -> {
                transaction.begin();
                try {
                  boolean added = addWhenThereIsNone(em, admin);
                  if (added && configured.isEmpty()) {
                    writeOwnerOnly(file, password);
                  }
                  transaction.commit();
                  return added;
                } finally {
                  if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                  }
                }
              });
    } catch (IOException e) {
      throw new IllegalStateException(
          "The first administrator's password cannot be written to "
              + file
              + ": set LANDSCAPE_ADMIN_PASSWORD, or make the data folder writable",
          e);
    } catch (Exception e) {
      throw new IllegalStateException("The first administrator could not be created", e);
    }
    if (!created) {
      LOG.info("Another server created the first account a moment ago: nothing to do here.");
    } else if (configured.isPresent()) {
      LOG.info(
          "Created the first account 'admin' (ADMIN) with the password from LANDSCAPE_ADMIN_PASSWORD.");
    } else {
      LOG.warning(
          "Created the first account 'admin' (ADMIN) with a generated password, written to "
              + file
              + " (readable by this server's user only): sign in with it, choose your own, then"
              + " delete the file.");
    }
  }

  /**
   * Adds {@code admin} in the caller's transaction when the database holds no account at all; false
   * when it holds one. Called while holding {@link StartupLock#FIRST_ACCOUNT}, so that of two
   * servers starting together on an empty database only one adds it.
   */
  static boolean addWhenThereIsNone(EntityManager em, UserAccount admin) {
    if (em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult() > 0) {
      return false;
    }
    em.persist(admin);
    em.flush();
    return true;
  }

  /**
   * Writes {@code text} to a new file that only its owner may read or write (rw-------), created
   * with those permissions so that no one else can open it in between.
   */
  static void writeOwnerOnly(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    Path created;
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      created =
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      created = Files.createFile(file);
    }
    Files.writeString(created, text + System.lineSeparator(), StandardCharsets.UTF_8);
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
