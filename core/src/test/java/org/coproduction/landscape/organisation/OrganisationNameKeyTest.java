package org.coproduction.landscape.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.coproduction.landscape.platform.Database;
import org.coproduction.landscape.testing.FreshDatabase;
import org.coproduction.landscape.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * One organisation entered twice is found by its name as people write it differently: case,
 * accents, punctuation, "&amp;" or "and", a leading "The", a closing "Ltd" or "Limited". The key is
 * kept with the name, and the organisations recorded before it existed are keyed by the migration
 * that added it.
 */
class OrganisationNameKeyTest {

  @Test
  void theSameNameWrittenDifferentlyHasOneKey() {
    String key = Organisation.nameKey("Bristol and Bath Trust");
    for (String written :
        List.of(
            "The Bristol & Bath Trust Ltd.",
            "BRISTOL AND BATH TRUST LIMITED",
            "  Bristol-and-Bath   Trust ",
            "The Bristol & Bath Trust (Ltd)")) {
      assertEquals(key, Organisation.nameKey(written), written);
    }
    assertEquals("ceredigion cafe", Organisation.nameKey("Ceredigion Café"));
    assertNotEquals(key, Organisation.nameKey("Bristol and Bath Foundation"));
    assertEquals("the", Organisation.nameKey("The"), "a name of one word keeps it");
    assertEquals("limited", Organisation.nameKey("Limited"));
  }

  @Test
  void anOrganisationKeepsItsKeyWithItsName() {
    Organisation o =
        new Organisation("The Wales Co-production Network Ltd", OrganisationType.CHARITY);
    assertEquals("wales co production network", o.getNameKey());
    o.setName("Co-production Network for Wales");
    assertEquals("co production network for wales", o.getNameKey());
  }

  @Test
  void organisationsRecordedBeforeTheKeyAreKeyedByTheMigration() throws Exception {
    String name = "name_key_" + Long.toHexString(System.nanoTime());
    try (FreshDatabase db = FreshDatabase.named(name)) {
      FluentConfiguration config =
          Flyway.configure()
              .dataSource(db.url, TestDatabase.USER, TestDatabase.PASSWORD)
              .locations(Database.migrations(db.url))
              .cleanDisabled(false);
      if (db.url.startsWith("jdbc:postgresql:")) {
        config.schemas(name);
      }
      Flyway before = config.target("9").load();
      before.clean();
      before.migrate();
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "insert into organisation (id, version, name, type) values"
                + " (1, 1, 'The Bristol & Bath Trust Ltd.', 'CHARITY'),"
                + " (2, 1, 'Bristol and Bath Trust', 'CHARITY')");
      }
      config.target("latest").load().migrate();
      assertEquals(
          List.of("bristol and bath trust", "bristol and bath trust"),
          db.strings("select name_key from organisation order by id"));
      assertEquals(
          1,
          db.count(
              "select count(*) from organisation a join organisation b"
                  + " on a.name_key = b.name_key and a.id < b.id"));
    }
  }
}
