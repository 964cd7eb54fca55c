package org.coproduction.landscape.platform;

/** Names of the landscape's database resources. */
public final class Database {

  /** The application's data source (see {@link DatabaseMigrations} for its definition). */
  public static final String JNDI_NAME = "java:app/jdbc/landscape";

  /** The persistence unit of {@code META-INF/persistence.xml}. */
  public static final String PERSISTENCE_UNIT = "landscape";

  /** Where Flyway finds the migrations: {@code db/migration/V<n>__<what>.sql} in the core jar. */
  public static final String MIGRATIONS = "classpath:db/migration";

  private Database() {}
}
