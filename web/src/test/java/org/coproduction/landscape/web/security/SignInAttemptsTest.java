package org.coproduction.landscape.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.coproduction.landscape.platform.LandscapeDataSource;
import org.coproduction.landscape.web.security.SignInAttempts.Decision;
import org.coproduction.landscape.web.security.SignInAttempts.Go;
import org.coproduction.landscape.web.security.SignInAttempts.Wait;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The counters as every server shares them: in the database of the tests (H2 in memory, or with
 * {@code -Ppostgres} a schema of its own in PostgreSQL), made by the real migrations.
 */
class SignInAttemptsTest {

  /** A clock the test moves by hand. */
  static final class TestClock extends Clock {
    volatile Instant now = Instant.parse("2026-01-01T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static final String ATTACKER = "203.0.113.9";
  private static final String OFFICE = "198.51.100.7";

  private static DataSource database;

  private final TestClock clock = new TestClock();
  private final SignInAttempts attempts = new SignInAttempts(clock, database);

  @BeforeAll
  static void migrate() {
    String url = System.getProperty("test.db.url", "jdbc:h2:mem:");
    String user = System.getProperty("test.db.user", "sa");
    String password = System.getProperty("test.db.password", "sa");
    var flyway = Flyway.configure().cleanDisabled(false);
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      pg.setUser(user);
      pg.setPassword(password);
      pg.setCurrentSchema("sign_in_attempts");
      database = pg;
      flyway.schemas("sign_in_attempts");
    } else {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(
          "jdbc:h2:mem:sign_in_attempts" + LandscapeDataSource.H2_FLAGS + ";DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      h2.setPassword("sa");
      database = h2;
    }
    Flyway f = flyway.dataSource(database).locations("classpath:db/migration").load();
    f.clean();
    f.migrate();
  }

  @BeforeEach
  void forgetEveryAttempt() throws SQLException {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM sign_in_failure");
      s.executeUpdate("DELETE FROM sign_in_address");
    }
  }

  private void fail(String username, String address) {
    attempts.failed(assertInstanceOf(Go.class, attempts.begin(username, address)));
  }

  @Test
  void afterFiveFailuresTheAddressWaitsLongerEachTimeButAnotherAddressDoesNot() {
    for (int i = 0; i < SignInAttempts.LIMIT; i++) {
      fail("Jane", ATTACKER);
    }
    Wait wait = assertInstanceOf(Wait.class, attempts.begin(" JANE ", ATTACKER));
    assertEquals(SignInAttempts.FIRST_DELAY, wait.retryAfter());
    assertFalse(wait.byAddress());
    // The real person, elsewhere, is not kept out.
    attempts.succeeded(assertInstanceOf(Go.class, attempts.begin("jane", OFFICE)));

    clock.now = clock.now.plus(SignInAttempts.FIRST_DELAY);
    fail("jane", ATTACKER);
    assertEquals(
        SignInAttempts.FIRST_DELAY.multipliedBy(2),
        assertInstanceOf(Wait.class, attempts.begin("jane", ATTACKER)).retryAfter());
    assertEquals(SignInAttempts.LONGEST_DELAY, SignInAttempts.delay(40));
  }

  @Test
  void attemptsAreCountedBeforeThePasswordIsCheckedSoABurstGetsFiveGuesses() throws Exception {
    int burst = 20;
    ExecutorService pool = Executors.newFixedThreadPool(burst);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Decision>> decisions = new ArrayList<>();
      for (int i = 0; i < burst; i++) {
        decisions.add(
            pool.submit(
                () -> {
                  start.await();
                  return attempts.begin("jane", ATTACKER);
                }));
      }
      start.countDown();
      long guesses = 0;
      for (Future<Decision> d : decisions) {
        if (d.get() instanceof Go) {
          guesses++;
        }
      }
      // None of the checks has finished (no failure reported yet), and still only five may run.
      assertEquals(SignInAttempts.LIMIT, guesses);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAddressThatTriesTooManyUsernamesIsRefusedUntilItsWindowEnds() {
    for (int i = 0; i < SignInAttempts.ADDRESS_LIMIT; i++) {
      fail("made-up-" + i, ATTACKER);
    }
    Wait wait = assertInstanceOf(Wait.class, attempts.begin("made-up-x", ATTACKER));
    assertTrue(wait.byAddress());
    assertEquals(SignInAttempts.ADDRESS_WINDOW, wait.retryAfter());
    assertInstanceOf(Go.class, attempts.begin("made-up-x", OFFICE));
    clock.now = clock.now.plus(SignInAttempts.ADDRESS_WINDOW);
    assertInstanceOf(Go.class, attempts.begin("made-up-x", ATTACKER));
  }

  @Test
  void anIpv6SubscriberIsCountedByItsWholeNetworkNotByEachAddressItCanTake() {
    for (int i = 0; i < SignInAttempts.ADDRESS_LIMIT; i++) {
      fail("made-up-" + i, "2001:db8:1:2:0:0:0:" + Integer.toHexString(i + 1));
    }
    Wait wait =
        assertInstanceOf(
            Wait.class, attempts.begin("made-up-x", "2001:db8:1:2:ffff:ffff:ffff:fffe"));
    assertTrue(wait.byAddress());
    // The next /64 is someone else.
    assertInstanceOf(Go.class, attempts.begin("made-up-x", "2001:db8:1:3::1"));
    assertEquals("2001:db8:1:2::/64", SignInAttempts.counted("2001:0db8:0001:0002:abcd::9"));
    assertEquals("203.0.113.9", SignInAttempts.counted("203.0.113.9"));
  }

  @Test
  void successesDoNotUseUpTheAddressAllowance() {
    for (int i = 0; i < 3 * SignInAttempts.ADDRESS_LIMIT; i++) {
      attempts.succeeded(assertInstanceOf(Go.class, attempts.begin("jane", OFFICE)));
    }
    assertInstanceOf(Go.class, attempts.begin("jane", OFFICE));
  }

  @Test
  void theLogNamesTheAddressAndAHintNeverTheUsername() {
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(SignInAttempts.class.getName());
    logger.addHandler(handler);
    try {
      for (int i = 0; i < SignInAttempts.LIMIT; i++) {
        fail("correct-horse-battery", ATTACKER);
      }
      attempts.succeeded(
          assertInstanceOf(Go.class, attempts.begin("correct-horse-battery", OFFICE)));
    } finally {
      logger.removeHandler(handler);
    }
    assertEquals(SignInAttempts.LIMIT + 1, records.size());
    String hint = attempts.hint("correct-horse-battery");
    for (LogRecord r : records) {
      assertFalse(r.getMessage().contains("correct-horse-battery"), r.getMessage());
      assertTrue(r.getMessage().contains(hint), r.getMessage());
    }
    assertTrue(records.get(SignInAttempts.LIMIT - 1).getMessage().contains(ATTACKER));
    assertTrue(records.get(SignInAttempts.LIMIT - 1).getMessage().contains("waits"));
    assertTrue(
        records.get(SignInAttempts.LIMIT).getMessage().startsWith("Signed in from " + OFFICE));
    assertNotEquals(attempts.hint("alice"), hint);
  }

  @Test
  void failuresOnTwoServersCountAsOneRunAndGiveTheSameHint() {
    SignInAttempts other = new SignInAttempts(clock, database);
    for (int i = 0; i < SignInAttempts.LIMIT; i++) {
      SignInAttempts server = i % 2 == 0 ? attempts : other;
      server.failed(assertInstanceOf(Go.class, server.begin("Jane", ATTACKER)));
    }
    assertFalse(assertInstanceOf(Wait.class, other.begin("jane", ATTACKER)).byAddress());
    assertFalse(assertInstanceOf(Wait.class, attempts.begin("jane", ATTACKER)).byAddress());
    assertEquals(attempts.hint("jane"), other.hint("JANE "));
    // The address allowance is shared too.
    for (int i = 0; i < SignInAttempts.ADDRESS_LIMIT; i++) {
      SignInAttempts server = i % 2 == 0 ? attempts : other;
      assertInstanceOf(Go.class, server.begin("made-up-" + i, OFFICE));
    }
    assertTrue(assertInstanceOf(Wait.class, other.begin("made-up-x", OFFICE)).byAddress());
  }

  @Test
  void aBurstSpreadOverTwoServersStillGetsFiveGuesses() throws Exception {
    SignInAttempts other = new SignInAttempts(clock, database);
    int burst = 20;
    ExecutorService pool = Executors.newFixedThreadPool(burst);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Decision>> decisions = new ArrayList<>();
      for (int i = 0; i < burst; i++) {
        SignInAttempts server = i % 2 == 0 ? attempts : other;
        decisions.add(
            pool.submit(
                () -> {
                  start.await();
                  return server.begin("jane", ATTACKER);
                }));
      }
      start.countDown();
      long guesses = 0;
      for (Future<Decision> d : decisions) {
        if (d.get() instanceof Go) {
          guesses++;
        }
      }
      assertEquals(SignInAttempts.LIMIT, guesses);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void forgottenAttemptsLeaveTheTablesAndNoUsernameIsStored() throws SQLException {
    fail("correct-horse-battery", ATTACKER);
    assertEquals(1, count("SELECT COUNT(*) FROM sign_in_failure"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM sign_in_failure WHERE account_key LIKE '%horse%'"
                + " OR address LIKE '%horse%'"));
    clock.now = clock.now.plus(SignInAttempts.WINDOW).plus(Duration.ofMinutes(2));
    assertInstanceOf(Go.class, attempts.begin("someone-else", OFFICE));
    // The old pair and the old address are gone; what is left is the new attempt's.
    assertEquals(1, count("SELECT COUNT(*) FROM sign_in_failure"));
    assertEquals(1, count("SELECT COUNT(*) FROM sign_in_address"));
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement();
        var r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
