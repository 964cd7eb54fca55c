package org.coproduction.landscape.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.event.Participation;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Registry;
import org.coproduction.landscape.security.Roles;

/**
 * The register of people: personal data, held on a lawful basis, which can be exported in full for
 * the person and anonymised on request.
 */
@Stateless
public class People extends Registry<Person> {

  /** The filters a list of people understands. */
  public static final String ORGANISATION = "organisation", LAWFUL_BASIS = "lawfulBasis";

  @Override
  protected void wholeRecord(EntityGraph<Person> plan) {
    plan.addAttributeNodes("organisation");
  }

  @Override
  protected String kind() {
    return "person";
  }

  @Override
  protected Class<Person> type() {
    return Person.class;
  }

  @Override
  protected void fetch(Root<Person> root) {
    root.fetch(Person_.organisation, JoinType.LEFT);
  }

  @Override
  protected List<Predicate> where(
      CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Person> root, ListQuery q) {
    allowOnly(q, ORGANISATION, LAWFUL_BASIS);
    List<Predicate> p = new ArrayList<>();
    if (q.text() != null) {
      p.add(
          contains(
              cb,
              q.text(),
              List.of(root.get(Person_.name), root.get(Person_.email), root.get(Person_.role))));
    }
    if (q.filter(ORGANISATION) != null) {
      try {
        p.add(
            cb.equal(
                root.get(Person_.organisation).get("id"), Long.valueOf(q.filter(ORGANISATION))));
      } catch (NumberFormatException e) {
        throw new InvalidRecordException(
            ORGANISATION, "The organisation filter is an organisation's id");
      }
    }
    if (q.filter(LAWFUL_BASIS) != null) {
      p.add(
          cb.equal(
              root.get(Person_.lawfulBasis).get(LawfulBasis_.basis),
              enumFilter(LAWFUL_BASIS, q.filter(LAWFUL_BASIS), LawfulBasis.Basis.class)));
    }
    return p;
  }

  @Override
  protected Map<String, Expression<?>> sortKeys(Root<Person> root) {
    return Map.of("name", root.get(Person_.name), "role", root.get(Person_.role));
  }

  @Override
  protected String defaultSort() {
    return "name";
  }

  /**
   * Everything the record holds on one person (a subject access request): their details, lawful
   * basis, and their part in every event. The export itself is written to the history.
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public Map<String, Object> everythingHeldOn(long id) {
    Person p = find(id);
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
    Person p = find(id);
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
