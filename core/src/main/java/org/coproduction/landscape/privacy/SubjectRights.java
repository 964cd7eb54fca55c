package org.coproduction.landscape.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.event.Participation;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.platform.Roles;

/**
 * A person's rights over what the landscape holds on them (UK GDPR): to see all of it (a subject
 * access request) and to have what identifies them removed. Both reach every record that names the
 * person (their details, their part in events, the networks they are the contact for, the history
 * of changes), so they sit above the components that hold those records.
 */
@Stateless
public class SubjectRights {

  @Inject People people;
  @Inject AuditLog audit;

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

  /**
   * Everything the record holds on one person (a subject access request): their details, lawful
   * basis, and their part in every event. The export itself is written to the history.
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public Map<String, Object> everythingHeldOn(long id) {
    Person p = people.find(id);
    Map<String, Object> held = new LinkedHashMap<>();
    held.put("id", p.getId());
    held.put("name", p.getName());
    held.put("email", p.getEmail());
    held.put("role", p.getRole());
    held.put("organisation", p.getOrganisation() == null ? null : p.getOrganisation().getName());
    held.put(
        "lawfulBasis", p.getLawfulBasis() == null ? null : p.getLawfulBasis().getBasis().name());
    held.put(
        "lawfulBasisSource", p.getLawfulBasis() == null ? null : p.getLawfulBasis().getSource());
    held.put(
        "lawfulBasisRecordedOn",
        p.getLawfulBasis() == null ? null : p.getLawfulBasis().getRecordedOn().toString());
    held.put("anonymised", p.isAnonymised());
    List<Map<String, Object>> events = new ArrayList<>();
    for (Participation part :
        em.createQuery(
                "select x from Participation x join fetch x.event left join fetch x.organisationAtTheTime"
                    + " where x.person.id = :id order by x.event.startsAt",
                Participation.class)
            .setParameter("id", id)
            .getResultList()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("event", part.getEvent().getTitle());
      e.put("startsAt", part.getEvent().getStartsAt().toString());
      e.put("role", part.getRole().name());
      e.put(
          "organisationAtTheTime",
          part.getOrganisationAtTheTime() == null
              ? null
              : part.getOrganisationAtTheTime().getName());
      events.add(e);
    }
    held.put("events", events);
    held.put(
        "contactFor",
        em.createQuery(
                "select n.name from Network n where n.contact.id = :id order by n.name",
                String.class)
            .setParameter("id", id)
            .getResultList());
    audit.recordAction(
        AuditEntry.Action.EXPORT, "Person", id, "Person #" + id, "Subject access export");
    return held;
  }

  /**
   * Removes what identifies the person, here and in the history of changes, while keeping their
   * place in events and organisations so that counts still add up. In other records' histories only
   * the references to this person change (found by their id), never another person's name or a
   * record that merely contains the same letters.
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public Person anonymise(long id) {
    Person p = people.find(id);
    String name = p.getName();
    p.anonymise(LocalDate.now());
    audit.forget(p, name, p.getName());
    if (!name.isBlank() && !name.equals(p.getName())) {
      // Entries written before participations named the person's id ("SPEAKER Jo Smith"): those
      // of the events the person took part in, value by value.
      List<Long> events =
          em.createQuery(
                  "select distinct x.event.id from Participation x where x.person.id = :id",
                  Long.class)
              .setParameter("id", id)
              .getResultList();
      for (ParticipantRole role : ParticipantRole.values()) {
        audit.replaceValue(
            "Event", events, "participations", role + " " + name, role + " " + p.getName());
      }
    }
    audit.recordAction(
        AuditEntry.Action.ANONYMISE, "Person", id, p.getName(), "Personal data removed");
    return p;
  }
}
