package org.coproduction.landscape.security;

import jakarta.ejb.ApplicationException;

/**
 * An account request that cannot be done as asked (invalid username or password, unknown role,
 * taken username, the last administrator...). The message is meant for the person who asked; the
 * transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccountException(String message) {
    super(message);
  }
}
