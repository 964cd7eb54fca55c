package org.coproduction.landscape.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.coproduction.landscape.platform.Database;

/**
 * Finds the account to check a sign-in against, for {@link UserAccountIdentityStore}. An EJB, so
 * that the core's persistence unit is found whichever module authenticates the caller (the web
 * module of the EAR cannot see it through a CDI bean of the core).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccountDirectory {

  @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
  private EntityManager em;

  /** The account with this (normalized) username, or {@code null}. */
  public UserAccount byUsername(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
