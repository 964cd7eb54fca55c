package org.coproduction.landscape.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.platform.StartupLock;
import org.coproduction.landscape.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsBootstrapTest {

  @Test
  void aGeneratedPasswordIsWrittenForTheServersUserAlone(@TempDir Path data) throws Exception {
    Path file = data.resolve("new-folder").resolve(AccountsBootstrap.PASSWORD_FILE);
    AccountsBootstrap.writeOwnerOnly(file, "Generated-Password-123");
    assertEquals("Generated-Password-123", Files.readString(file).strip());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

    // A file left from an earlier start, readable by others, is replaced, not reused.
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
    AccountsBootstrap.writeOwnerOnly(file, "Another-Password-456");
    assertEquals("Another-Password-456", Files.readString(file).strip());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  /**
   * Two servers start at the same moment on an empty database: each checks and adds under the
   * start-up lock, as the bootstrap does, and only one administrator comes out of it.
   */
  @Test
  void twoServersStartingTogetherOnAnEmptyDatabaseCreateOneAdministrator() throws Exception {
    try (FreshDatabase db = FreshDatabase.named("two_servers_accounts")) {
      int servers = 2;
      ExecutorService pool = Executors.newFixedThreadPool(servers);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> created = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
          created.add(
              pool.submit(
                  () -> {
                    start.await();
                    try (Connection lock = db.connect()) {
                      return StartupLock.holding(
                          lock,
                          StartupLock.FIRST_ACCOUNT,
                          Duration.ofMinutes(1),
                          () ->
                              db.inTransaction(
                                  em ->
                                      AccountsBootstrap.addWhenThereIsNone(
                                          em,
                                          new UserAccount(
                                              AccountsBootstrap.ADMIN_USERNAME,
                                              "not-a-hash",
                                              Roles.ADMIN))));
                    }
                  }));
        }
        start.countDown();
        int added = 0;
        for (Future<Boolean> f : created) {
          if (f.get()) {
            added++;
          }
        }
        assertEquals(1, added, "one server adds the administrator, the other finds it");
        assertEquals(1, db.count("select count(*) from user_account"));
        assertEquals(1, db.count("select count(*) from user_account where username = 'admin'"));
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
