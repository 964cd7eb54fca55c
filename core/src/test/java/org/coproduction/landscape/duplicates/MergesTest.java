package org.coproduction.landscape.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.EventType;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.GrantProgramme;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationRole;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.people.LawfulBasis;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.platform.EditConflictException;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordMergedException;
import org.coproduction.landscape.testing.Boundaries;
import org.coproduction.landscape.testing.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One funder entered twice, merged into one: every record that named the one merged names the one
 * kept, the history is kept whole under it, its old id leads to it; and the merges that must be
 * refused (a stale version, a record into itself, an anonymised person) refused with nothing
 * written. In a record of its own, on H2 or on PostgreSQL with {@code -Ppostgres}.
 */
class MergesTest {

  private static FreshDatabase db;

  @BeforeAll
  static void record() {
    db = FreshDatabase.named("merges_" + Long.toHexString(System.nanoTime()));
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  @Test
  void anOrganisationMergedLeavesEveryReferenceAndItsHistoryWithTheOneKept() {
    long[] ids =
        db.inTransaction(
            em -> {
              Organisations register = Boundaries.wired(Organisations.class, em);
              Organisation twin =
                  register.save(
                      new Organisation("Bristol and Bath Trust", OrganisationType.FUNDER)
                          .identifiedBy("GB-CHC-1000001")
                          .playing(OrganisationRole.FUNDER));
              twin.setWebsite("https://bbt.example.org");
              Organisation kept =
                  register.save(
                      new Organisation("The Bristol & Bath Trust Ltd", OrganisationType.FUNDER)
                          .identifiedBy("GB-COH-01000001")
                          .in(Area.SOUTH_WEST));
              Organisation other =
                  register.save(new Organisation("Bath Community Group", OrganisationType.CHARITY));
              GrantProgramme programme = new GrantProgramme("Small grants", "SG", twin);
              em.persist(programme);
              Grant funded = new Grant("360G-merge-1", "Funded", "By the twin", twin);
              funded.setProgramme(programme);
              funded.award(new BigDecimal("1000"), LocalDate.of(2021, 4, 1));
              em.persist(funded);
              Grant received = new Grant("360G-merge-2", "Received", "To the twin", other);
              received.setRecipientOrganisation(twin);
              em.persist(received);
              Grant kepts = new Grant("360G-merge-3", "Kept's own", "By the kept", kept);
              em.persist(kepts);
              Network hosted = new Network("Bath co-production circle", NetworkScope.LOCAL);
              hosted.hostedBy(twin);
              em.persist(hosted);
              Person staff = person(em, "Ann Jones", twin, "ann@bbt.example.org");
              Event roundtable =
                  new Event(
                      "Funders' roundtable",
                      EventType.ROUNDTABLE,
                      LocalDateTime.of(2021, 5, 1, 10, 0));
              roundtable.setConvenor(twin);
              roundtable.add(staff, ParticipantRole.SPEAKER);
              em.persist(roundtable);
              em.flush();
              for (String query :
                  List.of(
                      "funder=" + twin.getId() + "&status=AWARDED",
                      "funder=" + twin.getId() + "9")) {
                em.createNativeQuery(
                        "insert into saved_search (id, version, owner, name, kind, query, shared, created_at)"
                            + " values (?1, 1, 'staff', ?2, 'grants', ?3, true, current_timestamp)")
                    .setParameter(1, 9_000_000L + query.length())
                    .setParameter(2, "By the twin " + query)
                    .setParameter(3, query)
                    .executeUpdate();
              }
              return new long[] {
                twin.getId(), twin.getVersion(), kept.getId(), kept.getVersion(),
                funded.getId(), received.getId(), hosted.getId(), staff.getId(),
                roundtable.getId(), roundtable.getVersion(), programme.getId(), kepts.getId()
              };
            });
    long twin = ids[0], kept = ids[2];
    long entriesBefore = db.count("select count(*) from audit_entry");

    Organisation merged =
        db.inTransaction(
            em -> Boundaries.wired(Merges.class, em).organisation(twin, ids[1], kept, ids[3]));

    assertEquals("The Bristol & Bath Trust Ltd", merged.getName(), "the kept record's name stays");
    assertEquals(ids[3] + 1, merged.getVersion(), "the kept record's version rises once");
    db.read(
        em -> {
          Organisation o = Boundaries.wired(Organisations.class, em).find(kept);
          assertEquals(
              List.of("GB-CHC-1000001", "GB-COH-01000001"),
              o.getIdentifiers().stream().map(i -> i.value()).sorted().toList());
          assertTrue(o.getRoles().contains(OrganisationRole.FUNDER));
          assertEquals("https://bbt.example.org", o.getWebsite(), "a blank filled from the twin");
          assertEquals(Area.SOUTH_WEST, o.getArea(), "what the kept record says stays");
          assertEquals(ids[3] + 1, o.getVersion());
          assertEquals(kept, em.find(Grant.class, ids[4]).getFunder().getId());
          assertEquals(kept, em.find(Grant.class, ids[5]).getRecipientOrganisation().getId());
          assertEquals(kept, em.find(GrantProgramme.class, ids[10]).getFunder().getId());
          assertEquals(kept, em.find(Network.class, ids[6]).getHost().getId());
          assertEquals(kept, em.find(Person.class, ids[7]).getOrganisation().getId());
          Event e = em.find(Event.class, ids[8]);
          assertEquals(kept, e.getConvenor().getId());
          assertEquals(kept, e.getParticipations().get(0).getOrganisationAtTheTime().getId());
          assertTrue(e.getVersion() > ids[9], "an event whose part moved is told it changed");
          assertEquals(null, em.find(Organisation.class, twin), "the twin is gone");
          RecordMergedException gone =
              assertThrows(
                  RecordMergedException.class,
                  () -> Boundaries.wired(Organisations.class, em).find(twin));
          assertEquals(kept, gone.into());
          return null;
        });
    assertEquals(
        List.of("funder=" + twin + "9", "funder=" + kept + "&status=AWARDED"),
        db.strings("select query from saved_search order by id"),
        "a saved search by the twin searches by the kept one; another funder's is left alone");
    assertEquals(
        entriesBefore + 1,
        db.count("select count(*) from audit_entry"),
        "one entry says what was merged");
    List<AuditEntry> history =
        db.read(
            em ->
                Boundaries.wired(AuditLog.class, em)
                    .historyOf("Organisation", kept, 0, 50)
                    .items());
    AuditEntry merge = history.get(0);
    assertEquals(AuditEntry.Action.MERGE, merge.getAction());
    assertTrue(
        merge
            .getChanges()
            .startsWith(
                "merged: Bristol and Bath Trust (#"
                    + twin
                    + ") -> The Bristol & Bath Trust Ltd (#"
                    + kept
                    + ")"),
        merge.getChanges());
    assertTrue(
        merge.getChanges().contains("website:  -> https://bbt.example.org"), merge.getChanges());
    assertTrue(
        merge
            .getChanges()
            .contains(
                "moved: 1 identifier, 1 grant funded, 1 grant received, 1 programme, 1 network hosted,"
                    + " 1 person, 1 event convened, 1 place at an event, 1 saved search"),
        merge.getChanges());
    assertTrue(
        history.stream()
            .anyMatch(
                a ->
                    a.getAction() == AuditEntry.Action.CREATE
                        && a.getRecordLabel().equals("Bristol and Bath Trust")),
        "the twin's own history is the kept record's");

    // Merged again, into a third: the first twin's id leads to the last.
    Organisation foundation =
        db.inTransaction(
            em ->
                Boundaries.wired(Organisations.class, em)
                    .save(new Organisation("BBT Foundation", OrganisationType.FUNDER)));
    long third = foundation.getId();
    db.inTransaction(
        em ->
            Boundaries.wired(Merges.class, em)
                .organisation(kept, ids[3] + 1, third, foundation.getVersion()));
    assertEquals(
        third,
        assertThrows(
                RecordMergedException.class,
                () -> db.read(em -> Boundaries.wired(Organisations.class, em).find(twin)))
            .into());
  }

  @Test
  void aMergeFromAStaleVersionOrIntoItselfIsRefusedAndWritesNothing() {
    long[] ids =
        db.inTransaction(
            em -> {
              Organisations register = Boundaries.wired(Organisations.class, em);
              Organisation a =
                  register.save(new Organisation("Stale One", OrganisationType.CHARITY));
              Organisation b =
                  register.save(new Organisation("Stale One Ltd", OrganisationType.CHARITY));
              em.persist(new Grant("360G-stale-1", "Stale", "Grant", a));
              return new long[] {a.getId(), b.getId(), a.getVersion(), b.getVersion()};
            });
    long entries = db.count("select count(*) from audit_entry");
    assertThrows(
        EditConflictException.class,
        () ->
            db.inTransaction(
                em ->
                    Boundaries.wired(Merges.class, em)
                        .organisation(ids[0], ids[2] + 1, ids[1], ids[3])));
    assertThrows(
        EditConflictException.class,
        () ->
            db.inTransaction(
                em ->
                    Boundaries.wired(Merges.class, em)
                        .organisation(ids[0], ids[2], ids[1], ids[3] - 1)));
    for (long into : new long[] {ids[0], 999_999_999L}) {
      InvalidRecordException refused =
          assertThrows(
              InvalidRecordException.class,
              () ->
                  db.inTransaction(
                      em ->
                          Boundaries.wired(Merges.class, em)
                              .organisation(ids[0], ids[2], into, ids[3])));
      assertEquals(List.of("into"), List.copyOf(refused.messages().keySet()));
    }
    assertEquals(entries, db.count("select count(*) from audit_entry"));
    assertEquals(1, db.count("select count(*) from funding_grant where funder_id = " + ids[0]));
    assertEquals(0, db.count("select count(*) from record_merge where merged_id = " + ids[0]));
  }

  @Test
  void aPersonMergedKeepsOnePlaceAtEachEventAndTheContactOfTheirNetworks() {
    long[] ids =
        db.inTransaction(
            em -> {
              Person twin = person(em, "Tomos Evans", null, "tom@example.org");
              twin.setRole("Programme lead");
              Person kept = person(em, "Tom Evans", null, null);
              Event both =
                  new Event("Both came", EventType.WORKSHOP, LocalDateTime.of(2022, 1, 1, 10, 0));
              both.add(kept, ParticipantRole.PARTICIPANT);
              both.add(twin, ParticipantRole.PARTICIPANT);
              em.persist(both);
              Event one =
                  new Event("Twin came", EventType.WORKSHOP, LocalDateTime.of(2022, 2, 1, 10, 0));
              one.add(twin, ParticipantRole.FACILITATOR);
              em.persist(one);
              Network n = new Network("Evans circle", NetworkScope.LOCAL);
              n.setContact(twin);
              em.persist(n);
              Person gone = person(em, "Anon", null, null);
              em.flush();
              em.createNativeQuery("update person set anonymised = true where id = ?1")
                  .setParameter(1, gone.getId())
                  .executeUpdate();
              return new long[] {
                twin.getId(),
                kept.getId(),
                both.getId(),
                one.getId(),
                n.getId(),
                gone.getId(),
                twin.getVersion(),
                kept.getVersion(),
                gone.getVersion()
              };
            });
    InvalidRecordException anonymised =
        assertThrows(
            InvalidRecordException.class,
            () ->
                db.inTransaction(
                    em ->
                        Boundaries.wired(Merges.class, em).person(ids[0], ids[6], ids[5], ids[8])));
    assertEquals(List.of("into"), List.copyOf(anonymised.messages().keySet()));

    Person merged =
        db.inTransaction(
            em -> Boundaries.wired(Merges.class, em).person(ids[0], ids[6], ids[1], ids[7]));
    assertEquals("Tom Evans", merged.getName());
    assertEquals("tom@example.org", merged.getEmail());
    assertEquals("Programme lead", merged.getRole());
    db.read(
        em -> {
          assertEquals(
              1, em.find(Event.class, ids[2]).getParticipations().size(), "one place stays");
          assertEquals(
              ids[1], em.find(Event.class, ids[3]).getParticipations().get(0).getPerson().getId());
          assertEquals(ids[1], em.find(Network.class, ids[4]).getContact().getId());
          return null;
        });
    AuditEntry merge =
        db.read(
            em ->
                Boundaries.wired(AuditLog.class, em)
                    .historyOf("Person", ids[1], 0, 5)
                    .items()
                    .get(0));
    assertTrue(
        merge
            .getChanges()
            .endsWith(
                "moved: 1 place at an event both had (the kept one's stays), 1 place at an event,"
                    + " 1 network they are the contact for"),
        merge.getChanges());
    assertFalse(db.strings("select name from person").contains("Tomos Evans"));
  }

  @Test
  void aPersonAnonymisedAfterAMergeIsForgottenUnderTheMergedRecordsNameToo() {
    long[] ids =
        db.inTransaction(
            em -> {
              Person twin = person(em, "Siân Morgan-Price", null, "sian@example.org");
              Person kept = person(em, "Sian Morgan", null, "sian@example.org");
              em.flush();
              Network n = new Network("Morgan circle", NetworkScope.LOCAL);
              n.setContact(twin);
              Boundaries.wired(org.coproduction.landscape.network.Networks.class, em).save(n);
              return new long[] {twin.getId(), twin.getVersion(), kept.getId(), kept.getVersion()};
            });
    assertEquals(
        1,
        db.count("select count(*) from audit_entry where changes like '%Siân Morgan-Price (#%'"));
    db.inTransaction(
        em -> Boundaries.wired(Merges.class, em).person(ids[0], ids[1], ids[2], ids[3]));
    db.inTransaction(
        em ->
            Boundaries.wired(org.coproduction.landscape.privacy.SubjectRights.class, em)
                .anonymise(ids[2]));
    assertEquals(
        0,
        db.count(
            "select count(*) from audit_entry where changes like '%Siân%' or record_label like '%Siân%'"
                + " or changes like '%Sian Morgan%' or record_label like '%Sian Morgan%'"),
        "neither name is left in any history");
  }

  private static Person person(EntityManager em, String name, Organisation at, String email) {
    Person p =
        new Person(
            name,
            at,
            null,
            new LawfulBasis(LawfulBasis.Basis.CONSENT, "Sign-up form", LocalDate.of(2021, 1, 5)));
    p.setEmail(email);
    em.persist(p);
    return p;
  }
}
