package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.coproduction.landscape.organisation.Organisation;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Keeps each organisation's name as it is compared to find duplicates ({@link
 * Organisation#nameKey}) in a column of its own, indexed. The key is Java's (accents, punctuation,
 * "The", "Ltd"), which neither database's SQL writes the same way, so the rows recorded before this
 * version are keyed here, in batches, in the migration's transaction. Runs on PostgreSQL and on H2.
 */
public class V10__organisation_name_key extends BaseJavaMigration {

  private static final int BATCH = 1_000;

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("alter table organisation add column name_key varchar(200)");
    }
    try (PreparedStatement read = c.prepareStatement("select id, name from organisation");
        PreparedStatement write =
            c.prepareStatement("update organisation set name_key = ? where id = ?")) {
      read.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet r = read.executeQuery()) {
        while (r.next()) {
          write.setString(1, Organisation.nameKey(r.getString(2)));
          write.setLong(2, r.getLong(1));
          write.addBatch();
          if (++pending == BATCH) {
            write.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("alter table organisation alter column name_key set not null");
      s.execute("create index ix_organisation_name_key on organisation (name_key)");
    }
  }
}
