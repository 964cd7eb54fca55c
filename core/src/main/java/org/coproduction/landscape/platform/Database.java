package org.coproduction.landscape.platform;

/** Names of the landscape's database resources. */
public final class Database {

  /** The application's data source (see {@link DatabaseMigrations} for its definition). */
  public static final String JNDI_NAME = "java:app/jdbc/landscape";

  /** The persistence unit of {@code META-INF/persistence.xml}. */
  public static final String PERSISTENCE_UNIT = "landscape";

  /** The migrations of every database: {@code V<n>__<what>.sql}, whole numbers. */
  public static final String COMMON_MIGRATIONS = "classpath:db/migration";

  /**
   * What only PostgreSQL has (the trigram indexes of free-text search): {@code
   * V<n>.<m>__<what>.sql}, numbered after the common migration {@code n} it follows.
   */
  public static final String POSTGRESQL_MIGRATIONS = "classpath:db/postgresql";

  /**
   * Where Flyway finds the migrations for the database at {@code jdbcUrl}.
   *
   * <p>Both folders share one version sequence in the database's history, so a common migration
   * takes the next whole number after the highest in either folder, and a PostgreSQL-only one the
   * version of the common migration it follows, a dot and its own number ({@code V7.1__...}):
   * neither can take a version the other will want. {@code V3__trigram_search.sql} predates the
   * rule and keeps its version, which PostgreSQL databases have applied: common migrations skip 3.
   * The rule in full is in {@code db/README.md} beside the migrations.
   */
  public static String[] migrations(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:postgresql:")
        ? new String[] {COMMON_MIGRATIONS, POSTGRESQL_MIGRATIONS}
        : new String[] {COMMON_MIGRATIONS};
  }

  private Database() {}
}
