package org.coproduction.landscape.duplicates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.funding.Grants;
import org.coproduction.landscape.organisation.OrgId;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.platform.EditConflictException;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordMergedException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.Registry;

/**
 * Merges a record entered twice into the one kept: the same funder entered twice, once merged,
 * shows all its grants under one name. Everything that named the merged record names the kept one
 * (saved searches by it included), the kept record takes what only the merged one knew, the merged
 * record's history becomes the kept one's, and one entry of the history says what was merged and
 * what moved. The merged record's old address leads to the kept one ({@code record_merge}, read by
 * {@link Registry#find}).
 *
 * <p>Each merge is one transaction, from the versions the person read of both records: a change to
 * either since then refuses it, and nothing is written.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class Merges {

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject Organisations organisations;

  @Inject People people;

  /**
   * Merges organisation {@code id} into organisation {@code into}. Grants it funded or received,
   * its programmes, the networks it hosts, its people, the events it convened and the places at
   * events taken on its behalf move to the kept organisation, with its Org-ID identifiers and the
   * parts it plays; its website, area and description fill the kept record's blanks.
   *
   * @return the kept organisation as it now stands
   * @throws InvalidRecordException naming {@code into} when it is the same organisation or there is
   *     no such organisation to keep
   * @throws EditConflictException when either changed after the versions given were read
   */
  public Organisation organisation(long id, long version, long into, long intoVersion) {
    Organisation gone = organisations.find(id);
    Organisation kept = kept(organisations, "organisation", id, into);
    readAt(gone, version, kept, intoVersion);
    Map<String, String> before = audit.snapshot(kept);
    kept.absorb(gone);
    // No two records may hold an identifier at once: the merged one lets go first.
    Set<OrgId> identifiers = new TreeSet<>(gone.getIdentifiers());
    gone.getIdentifiers().clear();
    flush(gone);
    kept.getIdentifiers().addAll(identifiers);

    List<String> moved = new ArrayList<>();
    count(moved, identifiers.size(), "identifier", "identifiers");
    String record = "set x.version = x.version + 1, ";
    moveAll(
        moved,
        "grant funded",
        "grants funded",
        "update Grant x " + record + "x.funder = :kept where x.funder.id = :gone",
        gone,
        kept);
    moveAll(
        moved,
        "grant received",
        "grants received",
        "update Grant x "
            + record
            + "x.recipientOrganisation = :kept"
            + " where x.recipientOrganisation.id = :gone",
        gone,
        kept);
    moveAll(
        moved,
        "programme",
        "programmes",
        "update GrantProgramme x " + record + "x.funder = :kept where x.funder.id = :gone",
        gone,
        kept);
    moveAll(
        moved,
        "network hosted",
        "networks hosted",
        "update Network x " + record + "x.host = :kept where x.host.id = :gone",
        gone,
        kept);
    moveAll(
        moved,
        "person",
        "people",
        "update Person x " + record + "x.organisation = :kept where x.organisation.id = :gone",
        gone,
        kept);
    moveAll(
        moved,
        "event convened",
        "events convened",
        "update Event x " + record + "x.convenor = :kept where x.convenor.id = :gone",
        gone,
        kept);
    // A place at an event is part of the event: an event being edited meanwhile is told so.
    run(
        "update Event x set x.version = x.version + 1 where x.id in (select p.event.id from"
            + " Participation p where p.organisationAtTheTime.id = :gone)",
        gone,
        null);
    moveAll(
        moved,
        "place at an event",
        "places at events",
        "update Participation x set x.organisationAtTheTime = :kept"
            + " where x.organisationAtTheTime.id = :gone",
        gone,
        kept);
    count(moved, searchesFollow(gone.getId(), kept.getId()), "saved search", "saved searches");
    return merged(gone, before, kept, moved);
  }

  /**
   * Merges person {@code id} into person {@code into}. Their places at events (where both took part
   * in one event, the kept person's place stays) and the networks they are the contact for move to
   * the kept person; their e-mail address, organisation and role fill the kept record's blanks. The
   * kept person's name and lawful basis stay.
   *
   * @return the kept person as they now stand
   * @throws InvalidRecordException naming {@code into} when it is the same person or there is no
   *     such person to keep, and the field of an anonymised person: they cannot be merged
   * @throws EditConflictException when either changed after the versions given were read
   */
  public Person person(long id, long version, long into, long intoVersion) {
    Person gone = people.find(id);
    Person kept = kept(people, "person", id, into);
    readAt(gone, version, kept, intoVersion);
    if (gone.isAnonymised() || kept.isAnonymised()) {
      throw new InvalidRecordException(
          gone.isAnonymised() ? "id" : "into",
          "An anonymised person cannot be merged: nothing says who they were");
    }
    Map<String, String> before = audit.snapshot(kept);
    kept.absorb(gone);
    flush(kept);

    List<String> moved = new ArrayList<>();
    run(
        "update Event x set x.version = x.version + 1 where x.id in (select p.event.id from"
            + " Participation p where p.person.id = :gone)",
        gone,
        null);
    count(
        moved,
        run(
            "delete from Participation x where x.person.id = :gone and x.event.id in"
                + " (select p.event.id from Participation p where p.person = :kept)",
            gone,
            kept),
        "place at an event both had (the kept one's stays)",
        "places at events both had (the kept one's stay)");
    moveAll(
        moved,
        "place at an event",
        "places at events",
        "update Participation x set x.person = :kept where x.person.id = :gone",
        gone,
        kept);
    moveAll(
        moved,
        "network they are the contact for",
        "networks they are the contact for",
        "update Network x set x.version = x.version + 1, x.contact = :kept"
            + " where x.contact.id = :gone",
        gone,
        kept);
    return merged(gone, before, kept, moved);
  }

  /**
   * The saved searches of grants or programmes by the merged funder, and of people at the merged
   * organisation, now search by the kept one.
   *
   * @return how many changed
   */
  private int searchesFollow(long gone, long kept) {
    int changed = 0;
    for (Object row :
        em.createNativeQuery(
                "select id, kind, query from saved_search"
                    + " where kind in ('grants', 'programmes', 'people') and query like ?1")
            .setParameter(1, "%=" + gone + "%")
            .getResultList()) {
      Object[] r = (Object[]) row;
      String filter = r[1].equals("people") ? People.ORGANISATION : Grants.FUNDER;
      String query = (String) r[2];
      String followed =
          Arrays.stream(query.split("&", -1))
              .map(p -> p.equals(filter + "=" + gone) ? filter + "=" + kept : p)
              .collect(Collectors.joining("&"));
      if (!followed.equals(query)) {
        changed +=
            em.createNativeQuery(
                    "update saved_search set query = ?1, version = version + 1 where id = ?2")
                .setParameter(1, followed)
                .setParameter(2, r[0])
                .executeUpdate();
      }
    }
    return changed;
  }

  /** The record to keep, or a message naming {@code into}. */
  private static <T extends Recorded> T kept(
      Registry<T> register, String kind, long id, long into) {
    if (into == id) {
      throw new InvalidRecordException(
          "into", "A record cannot be merged into itself: name the other " + kind + " of the pair");
    }
    try {
      return register.find(into);
    } catch (RecordMergedException e) {
      throw new InvalidRecordException(
          "into",
          "That "
              + kind
              + " was itself merged into "
              + kind
              + " "
              + e.into()
              + ": merge into that");
    } catch (RecordNotFoundException e) {
      throw new InvalidRecordException("into", "No " + kind + " with id " + into);
    }
  }

  /**
   * Both records as the person read them, the kept one's version raised when the merge is written.
   */
  private void readAt(Recorded gone, long version, Recorded kept, long intoVersion) {
    if (gone.getVersion() != version) {
      throw new EditConflictException(gone.label(), gone);
    }
    if (kept.getVersion() != intoVersion) {
      throw new EditConflictException(kept.label(), kept);
    }
    em.lock(kept, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  /**
   * Removes the merged record (the database checks its version once more), writes the one history
   * entry, and leads the merged record's address, and those of records merged into it before, to
   * the kept one.
   */
  private <T extends Recorded> T merged(
      Recorded gone, Map<String, String> before, T kept, List<String> moved) {
    em.remove(gone);
    flush(gone);
    audit.merged(gone, before, kept, moved);
    String type = kept.getClass().getSimpleName();
    em.createNativeQuery(
            "update record_merge set into_id = ?1 where record_type = ?2 and into_id = ?3")
        .setParameter(1, kept.getId())
        .setParameter(2, type)
        .setParameter(3, gone.getId())
        .executeUpdate();
    em.createNativeQuery(
            "insert into record_merge (record_type, merged_id, into_id, merged_at)"
                + " values (?1, ?2, ?3, current_timestamp)")
        .setParameter(1, type)
        .setParameter(2, gone.getId())
        .setParameter(3, kept.getId())
        .executeUpdate();
    flush(kept);
    return kept;
  }

  private void moveAll(
      List<String> moved, String one, String many, String jpql, Recorded gone, Recorded kept) {
    count(moved, run(jpql, gone, kept), one, many);
  }

  private int run(String jpql, Recorded gone, Recorded kept) {
    var q = em.createQuery(jpql).setParameter("gone", gone.getId());
    if (kept != null) {
      q.setParameter("kept", kept);
    }
    return q.executeUpdate();
  }

  private static void count(List<String> moved, int n, String one, String many) {
    if (n > 0) {
      moved.add(n + " " + (n == 1 ? one : many));
    }
  }

  private void flush(Recorded record) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflictException(record.label(), null);
    }
  }
}
