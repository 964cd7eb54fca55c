package org.coproduction.landscape.api;

import static org.coproduction.landscape.testing.Api.array;
import static org.coproduction.landscape.testing.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.logging.Logger;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Api.Answer;
import org.coproduction.landscape.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saves of one record at the same moment, from the same version, over HTTP: exactly one wins and
 * what is stored is exactly the winner's, also when only a collection of the record's parts changes
 * (a network's relations, an event's participants). Deleting carries the version read too.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class ConcurrentEditsIT {

  private static final Logger LOG = Logger.getLogger(ConcurrentEditsIT.class.getName());

  private static final String RUN = Api.uniqueToken();

  /** Saves sent at once in each round. */
  private static final int WRITERS = 8;

  private static final int ROUNDS = 5;

  private static Api staff;

  private static int tried;
  private static int conflicts;

  @ArquillianResource private URL url;

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  private Api staff() {
    if (staff == null) {
      staff = Api.at(url).asAdmin().newAccount("STAFF");
    }
    return staff;
  }

  @AfterAll
  static void figure() {
    LOG.info(
        "Concurrent saves from one version: "
            + tried
            + " tried, "
            + conflicts
            + " refused as edit conflicts, "
            + (tried - conflicts)
            + " saved");
  }

  private long network(String name) {
    return staff()
        .post("networks", object().add("name", name).add("scope", "LOCAL").build())
        .expect(201)
        .id();
  }

  @Test
  @Order(1)
  void ofConcurrentRelationChangesOneWinsAndItsRelationsAreStored() throws Exception {
    List<Long> others = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      others.add(network(RUN + " Other " + i));
    }
    long shared = network(RUN + " Shared");
    long id = network(RUN + " Contended");
    for (int round = 0; round < ROUNDS; round++) {
      JsonObject read = staff().get("networks/" + id).expect(200).json();
      // Writer i: a member of network i, and affiliated with the network all writers name.
      List<Answer> answers =
          atOnce(
              i ->
                  staff()
                      .put(
                          "networks/" + id,
                          object(read)
                              .add(
                                  "relations",
                                  array(
                                      object()
                                          .add("type", "MEMBER_OF")
                                          .add("networkId", others.get(i)),
                                      object()
                                          .add("type", "AFFILIATED_WITH")
                                          .add("networkId", shared)))
                              .build()));
      JsonObject winner = oneWins(answers, read);
      JsonObject stored = staff().get("networks/" + id).expect(200).json();
      assertEquals(relations(winner), relations(stored), "the winner's relations, and only them");
      assertEquals(2, relations(stored).size(), stored.toString());
      assertEquals(read.getJsonNumber("version").longValue() + 1, version(stored));
    }
  }

  @Test
  @Order(2)
  void ofConcurrentParticipantChangesOneWinsAndItsParticipantsAreStored() throws Exception {
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      people.add(
          staff()
              .post(
                  "people",
                  object()
                      .add("name", "Participant " + i + " " + RUN)
                      .add(
                          "lawfulBasis",
                          object()
                              .add("basis", "LEGITIMATE_INTERESTS")
                              .add("source", "Sign-up sheet")
                              .add("recordedOn", "2024-03-01"))
                      .build())
              .expect(201)
              .id());
    }
    long id =
        staff()
            .post(
                "events",
                object()
                    .add("title", RUN + " Contended workshop")
                    .add("type", "WORKSHOP")
                    .add("startsAt", "2024-03-05T10:00:00")
                    .add("online", true)
                    .add(
                        "participants",
                        array(object().add("personId", people.get(0)).add("role", "HOST")))
                    .build())
            .expect(201)
            .id();
    for (int round = 0; round < ROUNDS; round++) {
      JsonObject read = staff().get("events/" + id).expect(200).json();
      // Writer i: person i speaks, and the host stays.
      List<Answer> answers =
          atOnce(
              i ->
                  staff()
                      .put(
                          "events/" + id,
                          object(read)
                              .add(
                                  "participants",
                                  array(
                                      object().add("personId", people.get(0)).add("role", "HOST"),
                                      object()
                                          .add("personId", people.get(i))
                                          .add("role", "SPEAKER")))
                              .build()));
      JsonObject winner = oneWins(answers, read);
      JsonObject stored = staff().get("events/" + id).expect(200).json();
      assertEquals(participants(winner), participants(stored), "the winner's participants");
      assertEquals(2, participants(stored).size(), stored.toString());
      assertEquals(read.getJsonNumber("version").longValue() + 1, version(stored));
    }
  }

  @Test
  @Order(3)
  void deletingCarriesTheVersionRead() {
    long id = network(RUN + " To delete");
    Answer read = staff().get("networks/" + id).expect(200);
    long version = read.version();
    assertEquals("\"" + version + "\"", read.header("ETag"), "the GET names the version to send");
    staff()
        .put("networks/" + id, object(read.json()).add("description", "Changed").build())
        .expect(200);

    Answer none = staff().delete("networks/" + id);
    assertEquals(428, none.status(), none.body());
    assertTrue(none.errorFor("version").contains("If-Match"), none.body());

    Answer stale = staff().delete("networks/" + id, version);
    assertEquals(409, stale.status(), stale.body());
    assertEquals(List.of("version"), stale.errorFields());
    Answer staleQuery = staff().delete("networks/" + id + "?version=" + version);
    assertEquals(409, staleQuery.status(), staleQuery.body());

    Answer unreadable = staff().send("DELETE", "networks/" + id, null, "If-Match", "\"latest\"");
    assertEquals(400, unreadable.status(), unreadable.body());
    assertEquals(List.of("If-Match"), unreadable.errorFields());
    staff().get("networks/" + id).expect(200);

    staff().delete("networks/" + id, version + 1).expect(204);
    staff().get("networks/" + id).expect(404);

    long other = network(RUN + " To delete by query");
    long otherVersion = staff().get("networks/" + other).expect(200).version();
    staff().delete("networks/" + other + "?version=" + otherVersion).expect(204);
    staff().get("networks/" + other).expect(404);
  }

  @Test
  @Order(4)
  void aSaveAndADeleteFromOneVersionCannotBothPass() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      long id = network(RUN + " Saved or deleted " + round);
      JsonObject read = staff().get("networks/" + id).expect(200).json();
      List<Answer> answers =
          atOnce(
              i ->
                  i % 2 == 0
                      ? staff().delete("networks/" + id, version(read))
                      : staff()
                          .put(
                              "networks/" + id,
                              object(read).add("description", "Writer " + i).build()));
      List<Integer> statuses = answers.stream().map(Answer::status).toList();
      long passed = statuses.stream().filter(s -> s == 200 || s == 204).count();
      assertEquals(1, passed, "one save or one delete: " + statuses);
      assertTrue(
          statuses.stream().allMatch(s -> s == 200 || s == 204 || s == 409 || s == 404),
          "the others are conflicts (or find it gone): " + statuses);
      boolean deleted = statuses.contains(204);
      assertEquals(deleted ? 404 : 200, staff().get("networks/" + id).status());
    }
  }

  /** Sends {@code WRITERS} requests at the same moment; request i is {@code request.apply(i)}. */
  private static List<Answer> atOnce(IntFunction<Answer> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      CountDownLatch ready = new CountDownLatch(WRITERS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Answer>> sent = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        int writer = i;
        sent.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return request.apply(writer);
                }));
      }
      ready.await();
      start.countDown();
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> f : sent) {
        answers.add(f.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Exactly one 200, every other a 409 naming the version; the winner's body. */
  private static JsonObject oneWins(List<Answer> answers, JsonObject read) {
    List<Integer> statuses = answers.stream().map(Answer::status).toList();
    tried += answers.size();
    conflicts += (int) statuses.stream().filter(s -> s == 409).count();
    assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one winner: " + statuses);
    assertEquals(
        answers.size() - 1,
        statuses.stream().filter(s -> s == 409).count(),
        "the others are edit conflicts: " + statuses);
    for (Answer a : answers) {
      if (a.status() == 409) {
        assertEquals(List.of("version"), a.errorFields(), a.body());
      }
    }
    JsonObject winner =
        answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow().json();
    assertEquals(version(read) + 1, version(winner));
    return winner;
  }

  private static long version(JsonObject record) {
    return record.getJsonNumber("version").longValue();
  }

  private static Set<String> relations(JsonObject network) {
    return pairs(network.getJsonArray("relations"), "type", "networkId");
  }

  private static Set<String> participants(JsonObject event) {
    return pairs(event.getJsonArray("participants"), "role", "personId");
  }

  private static Set<String> pairs(JsonArray items, String first, String second) {
    Set<String> pairs = new TreeSet<>();
    for (JsonValue v : items) {
      JsonObject o = v.asJsonObject();
      pairs.add(o.get(first) + "/" + o.get(second));
    }
    return pairs;
  }
}
