package org.coproduction.landscape.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Failed sign-ins by username, screens and API alike: after {@link #LIMIT} failures in a row within
 * {@link #WINDOW} the username is locked for {@link #LOCK}, during which even the right password is
 * refused without being checked. Usernames that do not exist are counted the same way, so a lock
 * tells nothing about which accounts exist.
 *
 * <p>The log names no username (a mistyped username is often a password): it names an opaque hint,
 * an HMAC of the username with a key that lives only in this process, so that the lines about one
 * account can be told apart.
 */
@ApplicationScoped
public class SignInAttempts {

  public static final int LIMIT = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK = Duration.ofMinutes(15);

  private static final Logger LOG = Logger.getLogger(SignInAttempts.class.getName());
  private static final int TRACKED_LIMIT = 100_000;

  private final Clock clock;
  private final SecretKeySpec hintKey;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  /** Failures in a row since {@code first}; locked until {@code lockedUntil} when not null. */
  private record Failures(int count, Instant first, Instant lockedUntil) {}

  public SignInAttempts() {
    this(Clock.systemUTC());
  }

  SignInAttempts(Clock clock) {
    this.clock = clock;
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.hintKey = new SecretKeySpec(key, "HmacSHA256");
  }

  /** How long the username stays locked, or {@link Duration#ZERO} when it may try now. */
  public Duration lockedFor(String username) {
    Failures f = failures.get(key(username));
    Instant now = clock.instant();
    if (f == null || f.lockedUntil() == null || !now.isBefore(f.lockedUntil())) {
      return Duration.ZERO;
    }
    return Duration.between(now, f.lockedUntil());
  }

  /** Counts a wrong password; locks the username at the {@link #LIMIT}th failure in a row. */
  public void failed(String username) {
    String key = key(username);
    Instant now = clock.instant();
    if (failures.size() >= TRACKED_LIMIT) {
      failures
          .values()
          .removeIf(
              f ->
                  f.first().plus(WINDOW).isBefore(now)
                      && (f.lockedUntil() == null || f.lockedUntil().isBefore(now)));
    }
    Failures f =
        failures.compute(
            key,
            (k, old) -> {
              if (old == null
                  || old.first().plus(WINDOW).isBefore(now)
                  || (old.lockedUntil() != null && !now.isBefore(old.lockedUntil()))) {
                return new Failures(1, now, null);
              }
              int count = old.count() + 1;
              return new Failures(count, old.first(), count >= LIMIT ? now.plus(LOCK) : null);
            });
    String hint = hint(key);
    if (f.lockedUntil() != null) {
      LOG.warning(
          () ->
              "Sign-in locked for "
                  + LOCK.toMinutes()
                  + " minutes after "
                  + f.count()
                  + " failures in a row; account hint "
                  + hint);
    } else {
      LOG.info(() -> "Failed sign-in (" + f.count() + " in a row); account hint " + hint);
    }
  }

  /** A correct password ends the run of failures. */
  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** The opaque hint the log shows instead of the username. */
  String hint(String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hintKey);
      return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)), 0, 5);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
