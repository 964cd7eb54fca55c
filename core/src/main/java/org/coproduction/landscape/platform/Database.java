package org.coproduction.landscape.platform;

/** Names of the landscape's database resources. */
public final class Database {

  /** The application's data source (see {@link DatabaseMigrations} for its definition). */
  public static final String JNDI_NAME = "java:app/jdbc/landscape";

  /** The persistence unit of {@code META-INF/persistence.xml}. */
  public static final String PERSISTENCE_UNIT = "landscape";

  /**
   * Where Flyway finds the migrations for the database at {@code jdbcUrl}: {@code
   * db/migration/V<n>__<what>.sql} in the core jar for every database, and {@code db/postgresql/}
   * for what only PostgreSQL has (the trigram indexes of free-text search).
   */
  public static String[] migrations(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:postgresql:")
        ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
        : new String[] {"classpath:db/migration"};
  }

  private Database() {}
}
