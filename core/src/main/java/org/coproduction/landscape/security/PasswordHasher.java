package org.coproduction.landscape.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA256, 600,000 iterations, 32-byte salt and key.
 */
@ApplicationScoped
public class PasswordHasher {

  /**
   * OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Stored hashes carry their own count, so raising it
   * is safe.
   */
  public static final int ITERATIONS = 600_000;

  @Inject private Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  /** A new salted hash of the password, e.g. {@code PBKDF2WithHmacSHA256:600000:<salt>:<hash>}. */
  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  /** Whether the password matches the stored hash (constant time in the hash comparison). */
  public boolean verify(String password, String storedHash) {
    return storedHash != null && pbkdf2.verify(password.toCharArray(), storedHash);
  }
}
