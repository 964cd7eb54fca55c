package org.coproduction.landscape.web.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.coproduction.landscape.platform.Database;

/**
 * Sign-in attempts whose password must be checked, screens and API alike, counted before the
 * password is checked so that a burst of parallel guesses gets no more than one at a time would.
 *
 * <ul>
 *   <li>By username and source address: after {@link #LIMIT} failures in a row within {@link
 *       #WINDOW}, that address waits before it may try that username again, {@link #FIRST_DELAY} at
 *       first and twice as long after every further failure, up to {@link #LONGEST_DELAY}. The same
 *       username from another address is not slowed: an attacker cannot keep the real person out.
 *   <li>By source address alone: at most {@link #ADDRESS_LIMIT} attempts in {@link
 *       #ADDRESS_WINDOW}, whatever the usernames, so that a flood of made-up usernames is turned
 *       away before any password is hashed.
 *   <li>Hashing itself: at most {@link #HASHING_AT_ONCE} passwords are checked at once on this
 *       server (it protects this server's processors); a check that cannot start within {@link
 *       #HASHING_WAIT} is refused as busy.
 * </ul>
 *
 * <p>The first two are counted in the database ({@code sign_in_failure}, {@code sign_in_address}),
 * so that every server behind the balancer counts the same attempts: five wrong passwords spread
 * over two servers are five. Each attempt is counted in one short transaction that locks its rows
 * ({@code SELECT ... FOR UPDATE}, the row made first if there is none), so parallel attempts on any
 * servers are counted one after another. Rows are forgotten once they no longer slow anyone: a run
 * of failures {@link #WINDOW} after its first failure (or after the end of its last wait), an
 * address's attempts once its window has ended; every server deletes them now and then.
 *
 * <p>Neither the tables nor the log hold a username (a mistyped username is often a password): the
 * tables hold an HMAC of the lower-cased username, the log its first characters (the account hint),
 * with a random key made once in the database ({@code shared_secret} {@value #HINT_SECRET}), so
 * that every server gives one username the same hint. Both name the source address.
 */
@ApplicationScoped
public class SignInAttempts {

  public static final int LIMIT = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration FIRST_DELAY = Duration.ofSeconds(30);
  public static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
  public static final int ADDRESS_LIMIT = 30;
  public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(5);
  public static final int HASHING_AT_ONCE =
      Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  public static final Duration HASHING_WAIT = Duration.ofSeconds(5);

  /** The name of the HMAC key in {@code shared_secret}. */
  static final String HINT_SECRET = "sign-in-hint";

  private static final Logger LOG = Logger.getLogger(SignInAttempts.class.getName());

  /** How often this server deletes forgotten rows (at the next attempt after that long). */
  private static final Duration FORGET_EVERY = Duration.ofMinutes(1);

  /** How long one count may keep trying when its rows are contended. */
  private static final Duration COUNT_PATIENCE = Duration.ofSeconds(10);

  /**
   * SQLSTATEs of a count worth trying again: a unique key taken a moment ago, a lock wait that gave
   * up (H2), a deadlock or serialization failure (PostgreSQL).
   */
  private static final Set<String> TRY_AGAIN = Set.of("23505", "HYT00", "40001", "40P01", "55P03");

  /** The longest source address kept as it is (the column's width). */
  private static final int ADDRESS_WIDTH = 128;

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  private final Clock clock;
  private volatile SecretKeySpec hintKey;
  private final AtomicReference<Instant> forgotten = new AtomicReference<>(Instant.MIN);
  private final Semaphore hashing = new Semaphore(HASHING_AT_ONCE, true);

  /** What may happen to an attempt. */
  public sealed interface Decision {}

  /**
   * Check the password: the attempt is already counted as a failure until it succeeds, the {@code
   * failures}th in a row, after which the address waits until {@code waitUntil} when not null.
   */
  public record Go(String account, String address, int failures, Instant waitUntil)
      implements Decision {}

  /**
   * Refused unchecked: wait {@code retryAfter}; {@code byAddress} when the address as a whole has
   * tried too often.
   */
  public record Wait(Duration retryAfter, boolean byAddress) implements Decision {}

  public SignInAttempts() {
    this(Clock.systemUTC(), null);
  }

  SignInAttempts(Clock clock, DataSource dataSource) {
    this.clock = clock;
    this.dataSource = dataSource;
  }

  /**
   * Counts an attempt to sign in as {@code username} from {@code address}, before its password is
   * checked, and says whether it may be checked.
   *
   * @throws IllegalStateException when the database cannot count it (its cause says why: {@code
   *     DatabaseUnavailable} recognises an outage)
   */
  public Decision begin(String username, String from) {
    String address = counted(from);
    String stored = stored(address);
    String account = key(username);
    Instant now = clock.instant();
    forgetOld(now);
    return inTransaction(
        c -> {
          Decision byAccount = countFailure(c, account, stored, now);
          if (byAccount instanceof Wait) {
            return byAccount;
          }
          Wait byAddress = countAttempt(c, stored, now);
          if (byAddress != null) {
            return byAddress;
          }
          Go go = (Go) byAccount;
          return new Go(account, address, go.failures(), go.waitUntil());
        });
  }

  /** Counts the attempt as the pair's next failure in a row, or refuses it while the pair waits. */
  private static Decision countFailure(Connection c, String account, String address, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO sign_in_failure (account_key, address, failures, first_at)"
                + " VALUES (?, ?, 0, ?) ON CONFLICT DO NOTHING")) {
      insert.setString(1, account);
      insert.setString(2, address);
      insert.setObject(3, at(now));
      insert.executeUpdate();
    }
    int failures;
    Instant first;
    Instant waitUntil;
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT failures, first_at, wait_until FROM sign_in_failure"
                + " WHERE account_key = ? AND address = ? FOR UPDATE")) {
      select.setString(1, account);
      select.setString(2, address);
      try (ResultSet r = select.executeQuery()) {
        if (!r.next()) {
          throw new ForgottenMeanwhile();
        }
        failures = r.getInt(1);
        first = instant(r.getObject(2, OffsetDateTime.class));
        waitUntil = instant(r.getObject(3, OffsetDateTime.class));
      }
    }
    if (waitUntil != null && now.isBefore(waitUntil)) {
      return new Wait(Duration.between(now, waitUntil), false);
    }
    if (failures == 0 || (waitUntil == null && first.plus(WINDOW).isBefore(now))) {
      failures = 1;
      first = now;
      waitUntil = null;
    } else {
      failures++;
      waitUntil = failures >= LIMIT ? now.plus(delay(failures)) : null;
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE sign_in_failure SET failures = ?, first_at = ?, wait_until = ?"
                + " WHERE account_key = ? AND address = ?")) {
      update.setInt(1, failures);
      update.setObject(2, at(first));
      update.setObject(3, waitUntil == null ? null : at(waitUntil), Types.TIMESTAMP_WITH_TIMEZONE);
      update.setString(4, account);
      update.setString(5, address);
      update.executeUpdate();
    }
    return new Go(account, address, failures, waitUntil);
  }

  /** Counts the attempt in its address's window; a {@link Wait} when the window is full. */
  private static Wait countAttempt(Connection c, String address, Instant now) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO sign_in_address (address, attempts, window_start)"
                + " VALUES (?, 0, ?) ON CONFLICT DO NOTHING")) {
      insert.setString(1, address);
      insert.setObject(2, at(now));
      insert.executeUpdate();
    }
    int attempts;
    Instant start;
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT attempts, window_start FROM sign_in_address WHERE address = ? FOR UPDATE")) {
      select.setString(1, address);
      try (ResultSet r = select.executeQuery()) {
        if (!r.next()) {
          throw new ForgottenMeanwhile();
        }
        attempts = r.getInt(1);
        start = instant(r.getObject(2, OffsetDateTime.class));
      }
    }
    if (attempts == 0 || !now.isBefore(start.plus(ADDRESS_WINDOW))) {
      attempts = 1;
      start = now;
    } else if (attempts >= ADDRESS_LIMIT) {
      return new Wait(Duration.between(now, start.plus(ADDRESS_WINDOW)), true);
    } else {
      attempts++;
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE sign_in_address SET attempts = ?, window_start = ? WHERE address = ?")) {
      update.setInt(1, attempts);
      update.setObject(2, at(start));
      update.setString(3, address);
      update.executeUpdate();
    }
    return null;
  }

  /**
   * The source an attempt is counted against: an IPv4 address as it is, an IPv6 address by its /64
   * network, since one subscriber is handed a whole /64 and could otherwise take a fresh address
   * for every guess.
   */
  static String counted(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return address;
    }
    byte[] bytes;
    try {
      // Only literals come here (the peer's address or one TrustedProxies checked): no DNS.
      bytes = InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      return address;
    }
    if (bytes.length != 16) {
      return address;
    }
    StringBuilder network = new StringBuilder();
    for (int i = 0; i < 8; i += 2) {
      network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
      network.append(':');
    }
    return network.append(":/64").toString();
  }

  /** How long the pair waits after its {@code count}th failure in a row. */
  static Duration delay(int count) {
    int doublings = Math.min(count - LIMIT, 10);
    Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
    return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
  }

  /**
   * Waits for a turn to hash a password; false when none came within {@link #HASHING_WAIT}. A true
   * answer must be followed by {@link #hashed()}.
   */
  public boolean awaitHashing() {
    try {
      return hashing.tryAcquire(HASHING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public void hashed() {
    hashing.release();
  }

  /** The password was wrong: the attempt stays counted (it was, in {@link #begin}). */
  public void failed(Go attempt) {
    String hint = attempt.account().substring(0, 10);
    if (attempt.waitUntil() != null) {
      LOG.warning(
          () ->
              "Failed sign-in from "
                  + attempt.address()
                  + " ("
                  + attempt.failures()
                  + " in a row; that address waits "
                  + delay(attempt.failures()).toSeconds()
                  + " s before trying this account again); account hint "
                  + hint);
    } else {
      LOG.info(
          () ->
              "Failed sign-in from "
                  + attempt.address()
                  + " ("
                  + attempt.failures()
                  + " in a row); account hint "
                  + hint);
    }
  }

  /** A refused attempt, logged with its address. */
  public void refused(String username, String address, Wait wait) {
    String hint = hint(username);
    LOG.info(
        () ->
            "Sign-in refused unchecked from "
                + address
                + (wait.byAddress() ? " (too many attempts from that address)" : "")
                + "; may try again in "
                + Math.max(1, wait.retryAfter().toSeconds())
                + " s; account hint "
                + hint);
  }

  /** A correct password ends the pair's run of failures and gives the address its attempt back. */
  public void succeeded(Go attempt) {
    String address = stored(attempt.address());
    inTransaction(
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement(
                  "DELETE FROM sign_in_failure WHERE account_key = ? AND address = ?")) {
            delete.setString(1, attempt.account());
            delete.setString(2, address);
            delete.executeUpdate();
          }
          try (PreparedStatement giveBack =
              c.prepareStatement(
                  "UPDATE sign_in_address SET attempts = attempts - 1"
                      + " WHERE address = ? AND attempts > 1")) {
            giveBack.setString(1, address);
            giveBack.executeUpdate();
          }
          try (PreparedStatement last =
              c.prepareStatement(
                  "DELETE FROM sign_in_address WHERE address = ? AND attempts <= 1")) {
            last.setString(1, address);
            last.executeUpdate();
          }
          return null;
        });
    LOG.info(
        () ->
            "Signed in from "
                + attempt.address()
                + "; account hint "
                + attempt.account().substring(0, 10));
  }

  /**
   * Deletes the rows that no longer slow anyone, at most every {@link #FORGET_EVERY} on this
   * server. Two servers doing it at once delete the same rows, harmlessly; a failure is left for
   * the next time.
   */
  private void forgetOld(Instant now) {
    Instant last = forgotten.get();
    if (now.isBefore(last.plus(FORGET_EVERY)) || !forgotten.compareAndSet(last, now)) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement failures =
          c.prepareStatement(
              "DELETE FROM sign_in_failure"
                  + " WHERE (wait_until IS NULL AND first_at < ?) OR wait_until < ?")) {
        failures.setObject(1, at(now.minus(WINDOW)));
        failures.setObject(2, at(now.minus(WINDOW)));
        failures.executeUpdate();
      }
      try (PreparedStatement addresses =
          c.prepareStatement("DELETE FROM sign_in_address WHERE window_start <= ?")) {
        addresses.setObject(1, at(now.minus(ADDRESS_WINDOW)));
        addresses.executeUpdate();
      }
    } catch (SQLException e) {
      LOG.fine(() -> "Forgetting old sign-in attempts failed: " + e.getSQLState());
    }
  }

  /** Work on one connection in one transaction. */
  private interface Work<R> {
    R on(Connection c) throws SQLException;
  }

  /** The rows of an attempt were deleted between being made and being locked: count it again. */
  private static final class ForgottenMeanwhile extends SQLException {
    private static final long serialVersionUID = 1L;

    ForgottenMeanwhile() {
      super("The row was deleted meanwhile");
    }
  }

  /**
   * Runs {@code work} in a transaction of its own and commits it; tries again, for up to {@link
   * #COUNT_PATIENCE}, when it collided with another attempt's rows.
   */
  private <R> R inTransaction(Work<R> work) {
    long deadline = System.nanoTime() + COUNT_PATIENCE.toNanos();
    while (true) {
      try (Connection c = dataSource.getConnection()) {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
          R result = work.on(c);
          c.commit();
          return result;
        } catch (SQLException e) {
          c.rollback();
          boolean again = e instanceof ForgottenMeanwhile || TRY_AGAIN.contains(e.getSQLState());
          if (!again || System.nanoTime() > deadline) {
            throw e;
          }
        } finally {
          c.setAutoCommit(autoCommit);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(
            "Sign-in attempts cannot be counted (" + e.getSQLState() + ")", e);
      }
    }
  }

  /** The username as it is counted: trimmed and lower-cased, HMAC'd with the shared key. */
  String key(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hintKey());
      return HexFormat.of().formatHex(mac.doFinal(name.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The opaque hint the log shows instead of the username. */
  String hint(String username) {
    return key(username).substring(0, 10);
  }

  /** The HMAC key shared by every server: made by the first that needs it, then read. */
  private SecretKeySpec hintKey() {
    SecretKeySpec key = hintKey;
    if (key == null) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String secret =
          inTransaction(
              c -> {
                try (PreparedStatement insert =
                    c.prepareStatement(
                        "INSERT INTO shared_secret (name, secret) VALUES (?, ?)"
                            + " ON CONFLICT DO NOTHING")) {
                  insert.setString(1, HINT_SECRET);
                  insert.setString(2, HexFormat.of().formatHex(random));
                  if (insert.executeUpdate() == 1) {
                    LOG.fine("Made the shared key of the account hints.");
                  }
                }
                try (PreparedStatement select =
                    c.prepareStatement("SELECT secret FROM shared_secret WHERE name = ?")) {
                  select.setString(1, HINT_SECRET);
                  try (ResultSet r = select.executeQuery()) {
                    r.next();
                    return r.getString(1);
                  }
                }
              });
      key = new SecretKeySpec(HexFormat.of().parseHex(secret), "HmacSHA256");
      hintKey = key;
    }
    return key;
  }

  /** The address as the tables keep it: never null, never wider than the column. */
  private static String stored(String address) {
    if (address == null || address.isEmpty()) {
      return "unknown";
    }
    return address.length() > ADDRESS_WIDTH ? address.substring(0, ADDRESS_WIDTH) : address;
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
