package org.coproduction.landscape.security;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.coproduction.landscape.platform.Roles;

/** What a username, a password and a role must look like, with messages a person can act on. */
public final class AccountRules {

  public static final int USERNAME_MIN = 3;
  public static final int USERNAME_MAX = 64;
  public static final int PASSWORD_MIN = 12;
  public static final int PASSWORD_MAX = 128;

  /** The roles an account may hold. */
  public static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.STAFF, Roles.VIEWER);

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

  private AccountRules() {}

  /** Usernames are compared in lower case, without surrounding spaces. */
  public static String normalizeUsername(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** The normalized username, or an {@link AccountException} saying what is wrong with it. */
  public static String checkUsername(String username) {
    String name = normalizeUsername(username);
    if (name.isEmpty()) {
      throw new AccountException("A username is required.");
    }
    if (name.length() < USERNAME_MIN || name.length() > USERNAME_MAX) {
      throw new AccountException(
          "A username must be " + USERNAME_MIN + " to " + USERNAME_MAX + " characters long.");
    }
    if (!USERNAME.matcher(name).matches()) {
      throw new AccountException(
          "A username may contain only letters, digits, '.', '_', '-' and '@', and must start with a letter or a"
              + " digit.");
    }
    return name;
  }

  /** Nothing, or an {@link AccountException} saying what is wrong with the password. */
  public static void checkPassword(String username, String password) {
    if (password == null || password.isEmpty()) {
      throw new AccountException("A password is required.");
    }
    int length = password.codePointCount(0, password.length());
    if (length < PASSWORD_MIN) {
      throw new AccountException(
          "A password must be at least " + PASSWORD_MIN + " characters long.");
    }
    if (length > PASSWORD_MAX) {
      throw new AccountException(
          "A password must be at most " + PASSWORD_MAX + " characters long.");
    }
    if (password.isBlank()) {
      throw new AccountException("A password must not be only spaces.");
    }
    if (password.strip().equalsIgnoreCase(normalizeUsername(username))) {
      throw new AccountException("A password must not be the username.");
    }
  }

  /** The role in upper case, or an {@link AccountException} naming the roles there are. */
  public static String checkRole(String role) {
    String value = role == null ? "" : role.strip().toUpperCase(Locale.ROOT);
    if (!ROLES.contains(value)) {
      throw new AccountException(
          (value.isEmpty() ? "A role is required" : "There is no role '" + role.strip() + "'")
              + ": choose ADMIN, STAFF or VIEWER.");
    }
    return value;
  }
}
