package org.coproduction.landscape.security;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Someone who may sign in: a unique username, a PBKDF2 password hash and one of the {@link Roles}.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.BY_USERNAME,
    query = "SELECT a FROM UserAccount a WHERE a.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "SELECT a FROM UserAccount a ORDER BY a.username")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(a) FROM UserAccount a")
@NamedQuery(
    name = UserAccount.COUNT_BY_ROLE,
    query = "SELECT COUNT(a) FROM UserAccount a WHERE a.role = :role")
public class UserAccount {

  static final String BY_USERNAME = "UserAccount.byUsername";
  static final String ALL = "UserAccount.all";
  static final String COUNT = "UserAccount.count";
  static final String COUNT_BY_ROLE = "UserAccount.countByRole";

  /**
   * Sequence of V2__accounts.sql: START WITH 50 INCREMENT BY 50, as EclipseLink pre-allocates 50.
   */
  @Id
  @SequenceGenerator(
      name = "user_account_seq",
      sequenceName = "user_account_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
  private Long id;

  @Version private long version;

  @Column(name = "username", nullable = false, unique = true, length = AccountRules.USERNAME_MAX)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @Column(name = "role", nullable = false, length = 16)
  private String role;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  protected UserAccount() {}

  UserAccount(String username, String passwordHash, String role) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role;
    this.createdAt = Instant.now();
    this.passwordChangedAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getUsername() {
    return username;
  }

  /** The stored PBKDF2 hash; never shown or sent anywhere. */
  @JsonbTransient
  String getPasswordHash() {
    return passwordHash;
  }

  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
    this.passwordChangedAt = Instant.now();
  }

  /** One of {@link Roles#ADMIN}, {@link Roles#STAFF}, {@link Roles#VIEWER}. */
  public String getRole() {
    return role;
  }

  void setRole(String role) {
    this.role = role;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  @Override
  public String toString() {
    return "UserAccount[" + username + ", " + role + "]";
  }
}
