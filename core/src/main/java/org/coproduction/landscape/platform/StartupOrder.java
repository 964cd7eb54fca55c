package org.coproduction.landscape.platform;

import org.coproduction.landscape.security.AccountsBootstrap;

/**
 * The order in which the start-up singletons run, by EJB name, for {@code @DependsOn}.
 *
 * <ol>
 *   <li>{@link #MIGRATIONS}: Flyway brings the schema up to date. Every start-up bean that touches
 *       the database depends on it (directly or through a later step).
 *   <li>{@link #ACCOUNTS}: creates the first administrator when there is no account.
 *   <li>The demo data (the demo module's {@code DemoData}, when asked for: it waits for the
 *       migrations by calling {@link DatabaseMigrations#schemaVersion()}, as a bean of another
 *       module cannot name them in {@code @DependsOn}).
 * </ol>
 *
 * <p>Several servers may start at once on one database: work that must happen once holds a {@link
 * StartupLock} and checks inside it whether it is still needed.
 */
public final class StartupOrder {

  /** {@link DatabaseMigrations}. */
  public static final String MIGRATIONS = DatabaseMigrations.NAME;

  /** {@link AccountsBootstrap}. */
  public static final String ACCOUNTS = AccountsBootstrap.NAME;

  private StartupOrder() {}
}
