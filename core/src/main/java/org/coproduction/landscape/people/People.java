package org.coproduction.landscape.people;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.register.Registry;

/**
 * The register of people: personal data, held on a lawful basis. A person's rights over it (the
 * export of everything held, anonymising) are {@link
 * org.coproduction.landscape.privacy.SubjectRights}.
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
}
