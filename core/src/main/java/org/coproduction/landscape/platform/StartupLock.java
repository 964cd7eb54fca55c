package org.coproduction.landscape.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * A lock in the database that every server sharing it respects: start-up work that must happen once
 * (the first administrator, the demo landscape) runs while its server holds the lock, checks inside
 * it whether the work is still needed, and commits before letting go. A server that starts at the
 * same moment waits, then finds the work done and does nothing.
 *
 * <p>The lock is a row of {@code startup_lock} held with {@code SELECT ... FOR UPDATE} on a
 * connection of its own ({@link #connect()}), outside the work's transaction: the work commits
 * first, then the lock's transaction ends (writing nothing). The same on PostgreSQL and H2. Both
 * give up a single wait after a while (H2 after its lock timeout, PostgreSQL after {@code
 * lock_timeout}, set here for the lock's transaction only); the lock asks again until {@code
 * patience} has run out.
 */
public final class StartupLock {

  /** Held while the first administrator is created. */
  public static final String FIRST_ACCOUNT = "first-account";

  /** Held while the demo landscape is loaded or generated. */
  public static final String DEMO_DATA = "demo-data";

  /**
   * SQLSTATEs of a wait that gave up: H2's lock timeout, PostgreSQL's lock_not_available and
   * deadlock.
   */
  private static final Set<String> GAVE_UP = Set.of("HYT00", "55P03", "40P01", "40001");

  private StartupLock() {}

  /**
   * A connection for holding a lock, to the application's database but outside the server's pool: a
   * pooled connection taken before a JTA transaction begins is enlisted in that transaction once
   * used, and the transaction's commit would end the lock's transaction too.
   */
  public static Connection connect() throws SQLException {
    return new LandscapeDataSource().getConnection();
  }

  /**
   * Runs {@code work} (which commits its own transaction) while holding the lock {@code name}, on
   * {@code connection}: one opened for the lock alone, closed by the caller afterwards.
   *
   * @throws IllegalStateException when another server held the lock for longer than {@code
   *     patience}
   */
  public static <R> R holding(
      Connection connection, String name, Duration patience, Callable<R> work) throws Exception {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      take(connection, name, patience);
      return work.call();
    } finally {
      try {
        connection.rollback();
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static void take(Connection connection, String name, Duration patience)
      throws SQLException {
    boolean postgresql = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      try {
        if (postgresql) {
          try (Statement s = connection.createStatement()) {
            // For this transaction only: the connection goes back to the pool afterwards.
            s.execute("SET LOCAL lock_timeout = '5s'");
          }
        }
        try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT name FROM startup_lock WHERE name = ? FOR UPDATE")) {
          select.setString(1, name);
          try (ResultSet r = select.executeQuery()) {
            if (!r.next()) {
              throw new IllegalStateException(
                  "The database has no start-up lock '" + name + "': are its migrations applied?");
            }
          }
        }
        return;
      } catch (SQLException e) {
        connection.rollback();
        if (!GAVE_UP.contains(e.getSQLState()) || System.nanoTime() > deadline) {
          if (GAVE_UP.contains(e.getSQLState())) {
            throw new IllegalStateException(
                "Another server has held the start-up lock '"
                    + name
                    + "' for longer than "
                    + patience.toSeconds()
                    + " s",
                e);
          }
          throw e;
        }
      }
    }
  }
}
