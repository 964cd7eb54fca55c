package org.coproduction.landscape.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coproduction.landscape.testing.FreshDatabase;
import org.coproduction.landscape.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations' numbering rule ({@code db/README.md}, {@link Database#migrations}): common
 * migrations are whole numbers, PostgreSQL-only ones the common version they follow plus a dot, so
 * that the next common migration never takes a version a vendor folder holds. And the proof that it
 * does not: a throwaway next common migration applies on top of the real ones, on H2 and (with
 * {@code -Ppostgres}) on PostgreSQL, whose history also holds the PostgreSQL-only versions.
 */
class MigrationRuleTest {

  private static final Pattern COMMON = Pattern.compile("V(\\d+)__\\w+\\.(sql|class)");

  private static final Pattern VENDOR = Pattern.compile("V(\\d+)\\.([1-9]\\d*)__\\w+\\.sql");

  /** Released before the rule; PostgreSQL databases hold it as version 3. */
  private static final String BEFORE_THE_RULE = "V3__trigram_search.sql";

  @Test
  void commonVersionsAreWholeNumbersAndVendorVersionsFollowOne() throws Exception {
    List<String> broken = new ArrayList<>();
    Set<Integer> common = new TreeSet<>();
    for (String file : files(Database.COMMON_MIGRATIONS)) {
      Matcher m = COMMON.matcher(file);
      if (!m.matches()) {
        broken.add(
            "db/migration/"
                + file
                + ": a common migration is V<whole number>__<what>.sql (or a Java class so named)");
      } else if (!common.add(Integer.valueOf(m.group(1)))) {
        broken.add("db/migration/" + file + ": version " + m.group(1) + " twice");
      } else if (m.group(1).equals("3")) {
        broken.add("db/migration/" + file + ": 3 is PostgreSQL's " + BEFORE_THE_RULE);
      }
    }
    for (String file : files(Database.POSTGRESQL_MIGRATIONS)) {
      if (file.equals(BEFORE_THE_RULE)) {
        continue;
      }
      Matcher m = VENDOR.matcher(file);
      if (!m.matches()) {
        broken.add(
            "db/postgresql/"
                + file
                + ": a PostgreSQL-only migration is V<common version it follows>.<n>__<what>.sql");
      } else if (!common.contains(Integer.valueOf(m.group(1)))) {
        broken.add("db/postgresql/" + file + ": follows no common migration V" + m.group(1));
      }
    }
    assertTrue(common.size() >= 5, common::toString);
    assertEquals(List.of(), broken, String.join("\n", broken));
  }

  @Test
  void theNextCommonMigrationAppliesOnTopOfTheDatabasesOwn(@TempDir Path next) throws Exception {
    int version = nextCommonVersion();
    Files.writeString(
        next.resolve("V" + version + "__throwaway_next_common.sql"),
        """
        create sequence throwaway_seq start with 50 increment by 50;
        create table throwaway (
          id bigint not null,
          network_id bigint,
          name varchar(200) not null,
          recorded_at timestamp with time zone,
          constraint throwaway_pk primary key (id),
          constraint throwaway_network_fk foreign key (network_id) references network (id)
        );
        create index throwaway_name_idx on throwaway (name);
        insert into throwaway (id, name) values (1, 'next');
        """);
    String name = "next_common_" + Long.toHexString(System.nanoTime());
    try (FreshDatabase database = FreshDatabase.named(name)) {
      String[] own = Database.migrations(database.url);
      String[] withNext =
          Stream.concat(Stream.of(own), Stream.of("filesystem:" + next)).toArray(String[]::new);
      Flyway flyway =
          Flyway.configure()
              .dataSource(database.url, TestDatabase.USER, TestDatabase.PASSWORD)
              .locations(withNext)
              .load();
      MigrateResult result = flyway.migrate();
      assertEquals(1, result.migrationsExecuted, result.migrations.toString());
      assertEquals(String.valueOf(version), result.targetSchemaVersion);
      flyway.validate();
      assertEquals(1, database.count("select count(*) from throwaway"));
      if (database.url.startsWith("jdbc:postgresql:")) {
        assertTrue(
            database.count("select count(*) from flyway_schema_history where version = '3'") == 1,
            "PostgreSQL's own V3 is in the history below the new common migration");
      }
    }
  }

  /** The next whole number after the highest whole number of either folder. */
  private static int nextCommonVersion() throws Exception {
    int highest = 0;
    for (String location : List.of(Database.COMMON_MIGRATIONS, Database.POSTGRESQL_MIGRATIONS)) {
      for (String file : files(location)) {
        Matcher m = Pattern.compile("V(\\d+)[._].*").matcher(file);
        if (m.matches()) {
          highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
      }
    }
    return highest + 1;
  }

  /**
   * The migrations of a {@code classpath:} location (a folder of the build's classes): its SQL
   * files and its Java migrations (classes of the package of the same name).
   */
  private static List<String> files(String location) throws IOException, URISyntaxException {
    String folder = location.substring("classpath:".length());
    var url = MigrationRuleTest.class.getClassLoader().getResource(folder);
    assertTrue(url != null && url.getProtocol().equals("file"), folder + " at " + url);
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(
                  f ->
                      f.toLowerCase(Locale.ROOT).endsWith(".sql")
                          || (f.endsWith(".class") && !f.contains("$")))
              .sorted()
              .toList();
      assertFalse(names.isEmpty(), folder);
      return names;
    }
  }
}
