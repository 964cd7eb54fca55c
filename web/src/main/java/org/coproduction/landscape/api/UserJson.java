package org.coproduction.landscape.api;

import java.time.Instant;
import org.coproduction.landscape.security.UserAccount;

/**
 * An account that may sign in: its username and role (ADMIN, STAFF or VIEWER). Never its password.
 */
public record UserJson(Long id, String username, String role, Instant createdAt) {

  static UserJson of(UserAccount a) {
    return new UserJson(a.getId(), a.getUsername(), a.getRole(), a.getCreatedAt());
  }

  /** A new account: a username of 3 to 64 characters, a password of at least 12, and a role. */
  public record New(String username, String password, String role) {}
}
