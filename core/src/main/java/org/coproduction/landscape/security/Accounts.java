package org.coproduction.landscape.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.coproduction.landscape.platform.Database;

/**
 * The accounts of the people who may sign in. Administrators manage them; everyone may read their
 * own account and change their own password. Invalid requests fail with an {@link AccountException}
 * whose message says why.
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
    LOG.info(() -> caller() + " created the account " + account);
    return account;
  }

  /** Gives the account another role; the last administrator keeps ADMIN. */
  public UserAccount changeRole(String username, String role) {
    String checkedRole = AccountRules.checkRole(role);
    UserAccount account = require(username);
    if (Roles.ADMIN.equals(account.getRole())
        && !Roles.ADMIN.equals(checkedRole)
        && adminCount() <= 1) {
      throw new AccountException(
          "'"
              + account.getUsername()
              + "' is the last administrator: make someone else ADMIN first.");
    }
    account.setRole(checkedRole);
    identityStore.forget(account.getUsername());
    LOG.info(() -> caller() + " changed the role of " + account);
    return account;
  }

  /** Sets a new password for someone who lost theirs. */
  public void resetPassword(String username, String newPassword) {
    UserAccount account = require(username);
    AccountRules.checkPassword(account.getUsername(), newPassword);
    account.setPasswordHash(hasher.hash(newPassword));
    identityStore.forget(account.getUsername());
    LOG.info(() -> caller() + " reset the password of " + account);
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
    identityStore.forget(account.getUsername());
    LOG.info(() -> account.getUsername() + " changed their password");
  }

  private UserAccount require(String username) {
    return find(username)
        .orElseThrow(
            () ->
                new AccountException(
                    "There is no account '" + AccountRules.normalizeUsername(username) + "'."));
  }

  private long adminCount() {
    return em.createNamedQuery(UserAccount.COUNT_BY_ROLE, Long.class)
        .setParameter("role", Roles.ADMIN)
        .getSingleResult();
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
