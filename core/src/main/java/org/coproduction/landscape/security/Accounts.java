package org.coproduction.landscape.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.platform.Database;
import org.coproduction.landscape.platform.Roles;

/**
 * The accounts of the people who may sign in. Administrators manage them; everyone may read their
 * own account and change their own password. Invalid requests fail with an {@link AccountException}
 * whose message says why. Every change of an account is written to the audit log (never a
 * password); a change of role or password, and disabling, end the person's sessions (see {@link
 * UserAccount#getCredentialsChangedAt()}).
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
@RolesAllowed(Roles.ADMIN)
public class Accounts {

  private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

  @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
  private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject private UserAccountIdentityStore identityStore;

  @Resource private EJBContext context;

  @Inject private AuditLog audit;

  /** The kind of record account entries of the audit log name. */
  public static final String RECORD_TYPE = "account";

  /** A new account; the username is stored in lower case. */
  public UserAccount create(String username, String password, String role) {
    String name = AccountRules.checkUsername(username);
    String checkedRole = AccountRules.checkRole(role);
    AccountRules.checkPassword(name, password);
    if (find(name).isPresent()) {
      throw new AccountException("The username '" + name + "' is already taken.");
    }
    UserAccount account = new UserAccount(name, hasher.hash(password), checkedRole);
    em.persist(account);
    em.flush();
    audit(AuditEntry.Action.CREATE, account, "role: " + checkedRole);
    LOG.info(() -> caller() + " created the account " + account);
    return account;
  }

  /** Gives the account another role; the last administrator keeps ADMIN. */
  public UserAccount changeRole(String username, String role) {
    return update(username, role, null, null);
  }

  /** Sets a new password for someone who lost theirs. */
  public void resetPassword(String username, String newPassword) {
    update(username, null, null, newPassword);
  }

  /**
   * Changes what is given of an account (null leaves it): its role, whether it may sign in, a new
   * password. Any of these ends the person's sessions. There is always an enabled administrator
   * left: the administrators' rows are locked before they are counted, so two demotions at once
   * cannot both pass.
   */
  public UserAccount update(String username, String role, Boolean enabled, String password) {
    String checkedRole = role == null ? null : AccountRules.checkRole(role);
    UserAccount account = require(username);
    if (password != null) {
      AccountRules.checkPassword(account.getUsername(), password);
    }
    boolean losesAdmin =
        Roles.ADMIN.equals(account.getRole())
            && account.isEnabled()
            && ((checkedRole != null && !Roles.ADMIN.equals(checkedRole))
                || Boolean.FALSE.equals(enabled));
    if (losesAdmin && enabledAdminsLocked() <= 1) {
      throw new AccountException(
          "'"
              + account.getUsername()
              + "' is the last administrator: make someone else ADMIN first.");
    }
    StringBuilder changes = new StringBuilder();
    if (checkedRole != null && !checkedRole.equals(account.getRole())) {
      changes.append("role: ").append(account.getRole()).append(" -> ").append(checkedRole);
      account.setRole(checkedRole);
    }
    if (enabled != null && enabled != account.isEnabled()) {
      changes.append(changes.isEmpty() ? "" : "; ").append(enabled ? "enabled" : "disabled");
      account.setEnabled(enabled);
    }
    if (password != null) {
      account.setPasswordHash(hasher.hash(password));
      changes.append(changes.isEmpty() ? "" : "; ").append("password set by an administrator");
    }
    identityStore.forget(account.getUsername());
    if (!changes.isEmpty()) {
      audit(AuditEntry.Action.UPDATE, account, changes.toString());
      LOG.info(() -> caller() + " changed the account " + account + ": " + changes);
    }
    return account;
  }

  /** All accounts by username. */
  public List<UserAccount> list() {
    return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
  }

  /** The account with this username (case-insensitive), if any. */
  public Optional<UserAccount> find(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", AccountRules.normalizeUsername(username))
        .getResultStream()
        .findFirst();
  }

  /** The signed-in caller's own account. */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public UserAccount current() {
    return require(caller());
  }

  /** The signed-in caller changes their own password, proving they know the current one. */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public void changeOwnPassword(String currentPassword, String newPassword) {
    UserAccount account = require(caller());
    if (currentPassword == null || !hasher.verify(currentPassword, account.getPasswordHash())) {
      throw new AccountException("The current password is not correct.");
    }
    AccountRules.checkPassword(account.getUsername(), newPassword);
    if (newPassword.equals(currentPassword)) {
      throw new AccountException("The new password must differ from the current one.");
    }
    account.setPasswordHash(hasher.hash(newPassword));
    account.setMustChangePassword(false);
    identityStore.forget(account.getUsername());
    audit(AuditEntry.Action.UPDATE, account, "password changed by its holder");
    LOG.info(() -> account.getUsername() + " changed their password");
  }

  private UserAccount require(String username) {
    return find(username)
        .orElseThrow(
            () ->
                new AccountException(
                    "There is no account '" + AccountRules.normalizeUsername(username) + "'."));
  }

  /** The enabled administrators, counted with every administrator's row locked. */
  private long enabledAdminsLocked() {
    return em
        .createNamedQuery(UserAccount.ADMINS, UserAccount.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .filter(UserAccount::isEnabled)
        .count();
  }

  private void audit(AuditEntry.Action action, UserAccount account, String changes) {
    audit.recordAction(action, RECORD_TYPE, account.getId(), account.getUsername(), changes);
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
