package org.coproduction.landscape.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduction.landscape.platform.StartupLock;
import org.coproduction.landscape.testing.FreshDatabase;
import org.junit.jupiter.api.Test;

/** What {@link DemoData} does when several servers start together. */
class DemoDataTest {

  /**
   * Two servers start at the same moment on an empty database: each loads the demo under the
   * start-up lock, as {@link DemoData} does, and the record holds it once.
   */
  @Test
  void twoServersStartingTogetherOnAnEmptyDatabaseLoadTheDemoOnce() throws Exception {
    try (FreshDatabase db = FreshDatabase.named("two_servers_demo")) {
      int servers = 2;
      ExecutorService pool = Executors.newFixedThreadPool(servers);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<DemoLandscape.Loaded>>> loads = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
          loads.add(
              pool.submit(
                  () -> {
                    start.await();
                    try (Connection lock = db.connect()) {
                      return StartupLock.holding(
                          lock,
                          StartupLock.DEMO_DATA,
                          Duration.ofMinutes(2),
                          () -> db.inTransaction(DemoLandscapeTest::load));
                    }
                  }));
        }
        start.countDown();
        int loaded = 0;
        for (Future<Optional<DemoLandscape.Loaded>> f : loads) {
          if (f.get().isPresent()) {
            loaded++;
          }
        }
        assertEquals(1, loaded, "one server loads the demo, the other finds it there");
        assertEquals(DemoLandscape.SEED.networks(), db.count("select count(*) from network"));
        assertEquals(
            DemoLandscape.SEED.organisations(), db.count("select count(*) from organisation"));
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
