package org.coproduction.landscape.web.health;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.StringJoiner;

/**
 * Whether a failure means that the database cannot be reached (or answers too slowly) rather than
 * that the request was wrong: such a request is answered with 503, and the same request succeeds
 * once the database is back.
 */
public final class DatabaseUnavailable {

  /** What screens and API say while the database is away. */
  public static final String MESSAGE =
      "The database cannot be reached just now, so nothing can be read or saved. Nothing you"
          + " saved before is lost: try again in a minute.";

  /** Seconds a client should wait before trying again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 30;

  private DatabaseUnavailable() {}

  /** True when {@code failure} or one of its causes says the database is away or too slow. */
  public static boolean causes(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof SQLTimeoutException
          || t instanceof ConnectException
          || t instanceof SocketTimeoutException
          || isConnectionState(t)
          || isPoolFailure(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception), 57P (PostgreSQL shut down or starting) and 57014 (a
   * statement cancelled by its timeout).
   */
  private static boolean isConnectionState(Throwable t) {
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      return state.startsWith("08") || state.startsWith("57P") || state.equals("57014");
    }
    return false;
  }

  /** The server's pool could not hand out a connection (Payara's own exception types). */
  private static boolean isPoolFailure(Throwable t) {
    for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
      String name = type.getName();
      if (name.endsWith(".PoolingException") || name.endsWith(".ResourceAllocationException")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The failure's types and SQLSTATEs, for the log: no messages, which may carry names, addresses
   * or values.
   */
  public static String describe(Throwable failure) {
    StringJoiner chain = new StringJoiner(" <- ");
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String state = t instanceof SQLException sql ? sql.getSQLState() : null;
      chain.add(t.getClass().getSimpleName() + (state == null ? "" : " (SQLSTATE " + state + ")"));
    }
    return chain.toString();
  }
}
