package org.coproduction.landscape.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.people.LawfulBasis;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.testing.Boundaries;
import org.coproduction.landscape.testing.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The likely duplicates in a record of its own (H2, or PostgreSQL with {@code -Ppostgres}, where
 * alike names are paired too): the same funder written two ways, two people with one e-mail
 * address, two of one name at one organisation; and what is not a duplicate left alone.
 */
class DuplicatesTest {

  private static FreshDatabase db;

  @BeforeAll
  static void record() {
    db = FreshDatabase.named("duplicates_" + Long.toHexString(System.nanoTime()));
    db.inTransaction(
        em -> {
          Organisation trust = org(em, "The Bristol & Bath Trust Ltd.");
          org(em, "Bristol and Bath Trust");
          Organisation cardiff = org(em, "Cardiff Community Foundation");
          org(em, "Cardiff Comunity Foundation");
          org(em, "Swansea Council");
          person(em, "Ann Jones", trust, "ann@example.org", false);
          person(em, "Ann Jones-Evans", null, "ANN@example.org", false);
          person(em, "Rhys Price", cardiff, null, false);
          person(em, "rhys price", cardiff, null, false);
          person(em, "Rhys Price", trust, null, false);
          person(em, "Tom Evans", null, "tom@example.org", false);
          person(em, "Tomos Evans", null, "Tom@Example.org", false);
          person(em, "T. Evans", cardiff, "tom@example.org", false);
          person(em, "Gone Person", cardiff, "gone@example.org", true);
          person(em, "Gone Person", cardiff, "gone@example.org", true);
          return null;
        });
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  @Test
  void organisationsWithOneNameWrittenTwoWaysArePairedAndOnPostgresqlAlikeNamesToo() {
    List<Duplicates.OrganisationPair> pairs =
        db.read(em -> Boundaries.wired(Duplicates.class, em).organisations(0.5));
    boolean similar = db.read(em -> Boundaries.wired(Duplicates.class, em).comparesSimilarNames());
    assertEquals(db.url.startsWith("jdbc:postgresql:"), similar);
    Duplicates.OrganisationPair first = pairs.get(0);
    assertEquals(Duplicates.Reason.SAME_NAME, first.reason());
    assertEquals("The Bristol & Bath Trust Ltd.", first.a().getName());
    assertEquals("Bristol and Bath Trust", first.b().getName());
    assertEquals(1.0, first.similarity());
    if (similar) {
      assertEquals(2, pairs.size(), pairs.toString());
      Duplicates.OrganisationPair alike = pairs.get(1);
      assertEquals(Duplicates.Reason.SIMILAR_NAME, alike.reason());
      assertEquals("Cardiff Comunity Foundation", alike.b().getName());
      assertTrue(alike.similarity() >= 0.5 && alike.similarity() < 1, alike.toString());
      assertEquals(
          1,
          db.read(em -> Boundaries.wired(Duplicates.class, em).organisations(0.95)).size(),
          "a higher similarity leaves the alike pair out");
    } else {
      assertEquals(1, pairs.size(), pairs.toString());
    }
    for (double refused : new double[] {0.29, 1.01, Double.NaN}) {
      InvalidRecordException e =
          assertThrows(
              InvalidRecordException.class,
              () -> db.read(em -> Boundaries.wired(Duplicates.class, em).organisations(refused)));
      assertEquals(List.of("similarity"), List.copyOf(e.messages().keySet()));
    }
  }

  @Test
  void peopleWithOneEmailOrOneNameAtOneOrganisationArePairedButNotTheAnonymised() {
    List<Duplicates.PersonPair> pairs =
        db.read(em -> Boundaries.wired(Duplicates.class, em).people());
    assertEquals(
        List.of(
            "SAME_EMAIL Ann Jones / Ann Jones-Evans",
            "SAME_EMAIL Tom Evans / Tomos Evans",
            "SAME_EMAIL Tom Evans / T. Evans",
            "SAME_EMAIL Tomos Evans / T. Evans",
            "SAME_NAME_AND_ORGANISATION Rhys Price / rhys price"),
        pairs.stream()
            .map(p -> p.reason() + " " + p.a().getName() + " / " + p.b().getName())
            .toList(),
        "three people with one address make three pairs");
  }

  private static Organisation org(jakarta.persistence.EntityManager em, String name) {
    Organisation o = new Organisation(name, OrganisationType.CHARITY);
    em.persist(o);
    return o;
  }

  private static void person(
      jakarta.persistence.EntityManager em,
      String name,
      Organisation at,
      String email,
      boolean anonymised) {
    Person p =
        new Person(
            name,
            at,
            null,
            new LawfulBasis(LawfulBasis.Basis.CONSENT, "Sign-up form", LocalDate.of(2021, 1, 5)));
    p.setEmail(email);
    em.persist(p);
    if (anonymised) {
      em.flush();
      em.createNativeQuery("update person set anonymised = true where id = ?1")
          .setParameter(1, p.getId())
          .executeUpdate();
    }
  }
}
