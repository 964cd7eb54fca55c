package org.coproduction.landscape.people;

import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.EventType;
import org.coproduction.landscape.event.Events;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.privacy.SubjectRights;
import org.coproduction.landscape.testing.Boundaries;
import org.junit.jupiter.api.Test;

/**
 * Anonymising a person changes their own history and the references to them in other records'
 * histories, and nothing else: not another person whose name starts the same, not a network whose
 * name holds the same letters.
 */
class AnonymisedHistoryTest {

  private static final LawfulBasis CONSENT =
      new LawfulBasis(LawfulBasis.Basis.CONSENT, "Sign-up form", LocalDate.of(2021, 1, 5));

  @Test
  void onlyThePersonAndTheReferencesToThemChange() {
    long jo = save(new Person("Jo", null, "Chair", CONSENT));
    long joanna = save(new Person("Joanna Jones", null, "Organiser", CONSENT));
    long network =
        inTransaction(
            em -> {
              Network n = new Network("Jo's network", NetworkScope.LOCAL);
              n.setContact(em.find(Person.class, jo));
              return Boundaries.wired(Networks.class, em).save(n).getId();
            });
    // Jo is known by two names before the event.
    inTransaction(
        em -> {
          Person p = em.find(Person.class, jo);
          em.detach(p);
          p.setName("Jo Smith");
          Boundaries.wired(People.class, em).save(p);
        });
    long event =
        inTransaction(
            em -> {
              Event e = new Event("Jo Smith's workshop", EventType.WORKSHOP, LocalDateTime.now());
              e.setOnline(true);
              e.add(em.find(Person.class, jo), ParticipantRole.SPEAKER);
              e.add(em.find(Person.class, joanna), ParticipantRole.SPEAKER);
              return Boundaries.wired(Events.class, em).save(e).getId();
            });
    // An entry written before participations named the person's id.
    inTransaction(
        em -> {
          em.persist(
              new AuditEntry(
                  Instant.now(),
                  "system",
                  AuditEntry.Action.UPDATE,
                  "Event",
                  event,
                  "Jo Smith's workshop",
                  "participations: SPEAKER Joanna Jones -> SPEAKER Jo Smith, SPEAKER Joanna Jones"));
        });
    List<String> joannaBefore = history("Person", joanna);
    List<String> networkBefore = history("Network", network);
    List<String> eventBefore = history("Event", event);
    assertTrue(
        networkBefore.stream().anyMatch(h -> h.contains("Jo (#" + jo + ")")),
        "the network's history refers to its contact: " + networkBefore);

    inTransaction(
        em -> {
          Boundaries.wired(SubjectRights.class, em).anonymise(jo);
        });

    String anonymous = "Anonymised person #" + jo;
    assertEquals(joannaBefore, history("Person", joanna), "another person's history");
    assertEquals(
        networkBefore.stream()
            .map(h -> h.replace("Jo (#" + jo + ")", anonymous + " (#" + jo + ")"))
            .toList(),
        history("Network", network),
        "the network's history: its name as it was, its contact anonymised");
    assertEquals(
        eventBefore.stream()
            .map(
                h ->
                    h.replace("Jo Smith (#" + jo + ")", anonymous + " (#" + jo + ")")
                        .replace(
                            "-> SPEAKER Jo Smith, SPEAKER Joanna",
                            "-> SPEAKER " + anonymous + ", SPEAKER Joanna"))
            .toList(),
        history("Event", event),
        "the event's history: its title as it was, Jo's part anonymised, Joanna's kept");
    assertTrue(
        history("Event", event).stream().anyMatch(h -> h.contains("Jo Smith's workshop")),
        "the event's title is not a reference to the person");
    for (String h : history("Person", jo)) {
      assertFalse(h.contains("Jo"), h);
    }
    for (String h : history("Event", event)) {
      assertFalse(h.contains("SPEAKER Jo Smith"), h);
    }
  }

  private static long save(Person p) {
    return inTransaction(
        em -> {
          return Boundaries.wired(People.class, em).save(p).getId();
        });
  }

  /** Each entry of a record's history as one line of text: label, then changes. */
  private static List<String> history(String type, long id) {
    return inTransaction(
        em -> {
          return em
              .createQuery(
                  "select a from AuditEntry a where a.recordType = :type and a.recordId = :id"
                      + " order by a.id",
                  AuditEntry.class)
              .setParameter("type", type)
              .setParameter("id", id)
              .getResultList()
              .stream()
              .map(a -> a.getAction() + " " + a.getRecordLabel() + " | " + a.getChanges())
              .toList();
        });
  }
}
