package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.Instant;
import org.coproduction.landscape.security.UserAccount;

/**
 * An account that may sign in: its username and role (ADMIN, STAFF or VIEWER). Never its password.
 */
public record UserJson(Long id, String username, String role, boolean enabled, Instant createdAt) {

  static UserJson of(UserAccount a) {
    return new UserJson(a.getId(), a.getUsername(), a.getRole(), a.isEnabled(), a.getCreatedAt());
  }

  /** What an administrator changes of an account: any of them, null leaves it as it is. */
  public record Change(
      String role, @JsonbTypeDeserializer(StrictBoolean.class) Boolean enabled, String password) {}

  /** The holder changes their own password, proving they know the current one. */
  public record OwnPassword(String currentPassword, String newPassword) {}

  /** A new account: a username of 3 to 64 characters, a password of at least 12, and a role. */
  public record New(String username, String password, String role) {}
}
