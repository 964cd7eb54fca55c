package org.coproduction.landscape.platform;

import org.coproduction.landscape.security.AccountsBootstrap;

/**
 * The order in which the start-up singletons run, by EJB name, for {@code @DependsOn}.
 *
 * <ol>
 *   <li>{@link #MIGRATIONS}: Flyway brings the schema up to date. Every start-up bean that touches
 *       the database depends on it (directly or through a later step).
 *   <li>{@link #ACCOUNTS}: creates the first administrator when there is no account.
 *   <li>Demo data (later): {@code @Startup @Singleton @DependsOn({StartupOrder.MIGRATIONS,
 *       StartupOrder.ACCOUNTS})}.
 * </ol>
 */
public final class StartupOrder {

  /** {@link DatabaseMigrations}. */
  public static final String MIGRATIONS = DatabaseMigrations.NAME;

  /** {@link AccountsBootstrap}. */
  public static final String ACCOUNTS = AccountsBootstrap.NAME;

  private StartupOrder() {}
}
