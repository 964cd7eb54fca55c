package org.coproduction.landscape.reliability;

import static org.coproduction.landscape.testing.Api.array;
import static org.coproduction.landscape.testing.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.coproduction.landscape.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Every write the server acknowledged survives {@code kill -9}: client threads create networks
 * through {@code POST /api/networks} and count each 201; the server is killed with SIGKILL while
 * they write, started again on the same data, and every acknowledged network is there.
 *
 * <p>On H2 it runs the default database (an H2 file in the data folder, here a new folder under
 * {@code target/}); with {@code -Ppostgres} the test database.
 */
class KillDuringWritesIT {

  private static final int WRITERS = 4;
  private static final Duration WRITING = Duration.ofSeconds(8);
  private static final Duration STARTUP = Duration.ofMinutes(5);

  @Test
  void everyAcknowledgedNetworkIsThereAfterTheServerWasKilledWhileWriting() throws Exception {
    String run = Api.uniqueToken();
    Path folder = Path.of("target", "kill-during-writes", run).toAbsolutePath();
    String url = System.getProperty("test.db.url", "");
    boolean postgres = url.startsWith("jdbc:postgresql:");
    Map<String, String> environment = new HashMap<>();
    // An empty landscape, as a production server starts: the writes need no demo records.
    environment.put("LANDSCAPE_DEMO", "false");
    if (!postgres) {
      // The default: no URL, an H2 file in the data folder.
      environment.put("LANDSCAPE_DB_URL", null);
      environment.put("LANDSCAPE_DB_USER", null);
      environment.put("LANDSCAPE_DB_PASSWORD", null);
      environment.put("LANDSCAPE_DATA_DIR", folder.resolve("data").toString());
    }
    String database = postgres ? "PostgreSQL" : "H2 (default file database)";

    try (Server server = new Server(folder, environment)) {
      server.start(STARTUP);
      Api admin = Api.at(server.application()).asAdmin();

      AtomicBoolean writing = new AtomicBoolean(true);
      AtomicInteger acknowledged = new AtomicInteger();
      AtomicInteger refused = new AtomicInteger();
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        Thread thread =
            new Thread(
                () -> {
                  for (int i = 0; writing.get(); i++) {
                    try {
                      int status =
                          admin.post("networks", network(run + " " + writer + "-" + i)).status();
                      if (status == 201) {
                        acknowledged.incrementAndGet();
                      } else {
                        refused.incrementAndGet();
                      }
                    } catch (UncheckedIOException e) {
                      // The server is gone: this write was never acknowledged.
                      return;
                    }
                  }
                },
                "writer-" + w);
        thread.start();
        writers.add(thread);
      }
      Thread.sleep(WRITING.toMillis());
      int exit = server.kill();
      int acknowledgedBeforeKill = acknowledged.get();
      writing.set(false);
      for (Thread thread : writers) {
        thread.join(Duration.ofMinutes(2).toMillis());
      }
      assertEquals(137, exit, "the server ends by SIGKILL (128 + 9)");
      assertTrue(acknowledged.get() > 20, "too few writes to mean anything: " + acknowledged);
      assertEquals(0, refused.get(), "writes refused before the kill");

      server.start(STARTUP);
      int present =
          Api.at(server.application())
              .asAdmin()
              .get("networks?q=" + run + "&size=1")
              .expect(200)
              .json()
              .getInt("total");
      System.out.printf(
          "KillDuringWritesIT on %s: %d writers for %d s, %d acknowledged (%d when killed),"
              + " %d present after kill -9 and restart%n",
          database,
          WRITERS,
          WRITING.toSeconds(),
          acknowledged.get(),
          acknowledgedBeforeKill,
          present);
      assertTrue(
          present >= acknowledged.get(),
          acknowledged.get()
              + " networks were acknowledged, "
              + present
              + " are there after kill -9 on "
              + database
              + " (server log: "
              + server.log()
              + ")");
      assertTrue(
          present <= acknowledged.get() + WRITERS, "more networks than writes sent: " + present);
    }
  }

  private static JsonObject network(String name) {
    return object()
        .add("name", name)
        .add("scope", "LOCAL")
        .add("areas", array("E12000003"))
        .add("sectors", array())
        .add("lifecycle", object().add("status", "ACTIVE").add("foundedOn", "2019-04-01"))
        .add("description", "Written while the server was killed")
        .build();
  }
}
