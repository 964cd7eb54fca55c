package org.coproduction.landscape.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks usernames and passwords against {@link UserAccount}; the caller's group is the account's
 * role, which the server maps to the role of the same name.
 *
 * <p>PBKDF2 with 600,000 iterations costs about 0.2 s of a core, and HTTP Basic sends the password
 * with every request. So a successful check is remembered for {@link #REMEMBER} as an HMAC (with a
 * key that lives only in this process) of the password and the stored hash: a changed password or
 * hash misses the cache, and the role is read from the database every time. Unknown usernames cost
 * a full PBKDF2 check too, so timing does not tell which usernames exist.
 */
@ApplicationScoped
public class UserAccountIdentityStore implements IdentityStore {

  static final Duration REMEMBER = Duration.ofMinutes(5);
  private static final int CACHE_LIMIT = 10_000;

  @Inject private AccountDirectory accounts;

  @Inject private PasswordHasher hasher;

  private final SecretKeySpec cacheKey;
  private final Map<String, Proof> verified = new ConcurrentHashMap<>();
  private volatile String decoyHash;

  private record Proof(byte[] mac, long expiresAt) {}

  public UserAccountIdentityStore() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    cacheKey = new SecretKeySpec(key, "HmacSHA256");
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential given)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String username = AccountRules.normalizeUsername(given.getCaller());
    String password = given.getPasswordAsString();
    if (username.isEmpty() || password == null || password.isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    UserAccount account = accounts.byUsername(username);
    if (account == null || !account.isEnabled()) {
      // A disabled account answers like an unknown one, after as long.
      hasher.verify(password, decoyHash());
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!matches(account, password)) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(account.getUsername(), Set.of(account.getRole()));
  }

  /**
   * The account, when this username and password were checked a moment ago and still match, found
   * without hashing the password (such a caller need not queue behind sign-ins being checked);
   * otherwise null.
   */
  public UserAccount remembered(UsernamePasswordCredential given) {
    String username = AccountRules.normalizeUsername(given.getCaller());
    String password = given.getPasswordAsString();
    Proof proof = verified.get(username);
    if (proof == null || password == null || System.nanoTime() - proof.expiresAt() >= 0) {
      return null;
    }
    UserAccount account = accounts.byUsername(username);
    return account != null
            && account.isEnabled()
            && MessageDigest.isEqual(proof.mac(), mac(account, password))
        ? account
        : null;
  }

  /** What a valid sign-in as this account tells the server: the caller and their role. */
  public static CredentialValidationResult valid(UserAccount account) {
    return new CredentialValidationResult(account.getUsername(), Set.of(account.getRole()));
  }

  private boolean matches(UserAccount account, String password) {
    byte[] mac = mac(account, password);
    long now = System.nanoTime();
    Proof proof = verified.get(account.getUsername());
    if (proof != null && now - proof.expiresAt() < 0 && MessageDigest.isEqual(proof.mac(), mac)) {
      return true;
    }
    if (!hasher.verify(password, account.getPasswordHash())) {
      return false;
    }
    if (verified.size() >= CACHE_LIMIT) {
      verified.clear();
    }
    verified.put(account.getUsername(), new Proof(mac, now + REMEMBER.toNanos()));
    return true;
  }

  /** Forgets remembered checks of one account (after its password or role changed). */
  void forget(String username) {
    verified.remove(AccountRules.normalizeUsername(username));
  }

  private byte[] mac(UserAccount account, String password) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(cacheKey);
      hmac.update(account.getUsername().getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) 0);
      hmac.update(account.getPasswordHash().getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) 0);
      return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private String decoyHash() {
    String hash = decoyHash;
    if (hash == null) {
      byte[] random = new byte[16];
      new SecureRandom().nextBytes(random);
      hash = hasher.hash(java.util.HexFormat.of().formatHex(random));
      decoyHash = hash;
    }
    return hash;
  }
}
