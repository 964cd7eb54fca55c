package org.coproduction.landscape.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which URLs the data source makes durable on their own. */
class LandscapeDataSourceTest {

  @Test
  void h2FileDatabasesWriteEveryCommitBeforeItReturns() {
    assertEquals(
        "jdbc:h2:file:/srv/landscape;MODE=PostgreSQL;WRITE_DELAY=0",
        LandscapeDataSource.durable("jdbc:h2:file:/srv/landscape;MODE=PostgreSQL"));
    assertEquals(
        "jdbc:h2:./data/landscape;WRITE_DELAY=0",
        LandscapeDataSource.durable("jdbc:h2:./data/landscape"));
  }

  @Test
  void aWriteDelayOfTheOperatorOrADatabaseWithoutAFileIsLeftAlone() {
    assertEquals(
        "jdbc:h2:file:/srv/landscape;write_delay=100",
        LandscapeDataSource.durable("jdbc:h2:file:/srv/landscape;write_delay=100"));
    assertEquals("jdbc:h2:mem:landscape", LandscapeDataSource.durable("jdbc:h2:mem:landscape"));
    assertEquals(
        "jdbc:h2:tcp://localhost/landscape",
        LandscapeDataSource.durable("jdbc:h2:tcp://localhost/landscape"));
    assertEquals(
        "jdbc:postgresql://db/landscape",
        LandscapeDataSource.durable("jdbc:postgresql://db/landscape"));
  }
}
