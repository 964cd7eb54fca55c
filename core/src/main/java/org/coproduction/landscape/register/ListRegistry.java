package org.coproduction.landscape.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListEntry;
import org.coproduction.landscape.platform.ListEntry_;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Roles;

/** A list that staff keep (sectors, themes), referred to by code from other records. */
public abstract class ListRegistry<T extends ListEntry> extends Registry<T> {

  @Override
  protected List<Predicate> where(
      CriteriaBuilder cb, CriteriaQuery<?> cq, Root<T> root, ListQuery q) {
    allowOnly(q);
    List<Predicate> p = new ArrayList<>();
    if (q.text() != null) {
      p.add(contains(cb, q.text(), List.of(root.get(ListEntry_.name), root.get(ListEntry_.code))));
    }
    return p;
  }

  @Override
  protected Map<String, Expression<?>> sortKeys(Root<T> root) {
    return Map.of("name", root.get(ListEntry_.name), "code", root.get(ListEntry_.code));
  }

  @Override
  protected String defaultSort() {
    return "name";
  }

  @Override
  protected Map<String, String> alreadyTaken(T record) {
    return takenByAnother(
            record,
            "select count(e) from "
                + type().getSimpleName()
                + " e where e.code = :value and e.id <> :id",
            record.getCode())
        ? Map.of("code", "The code " + record.getCode() + " is already in use")
        : Map.of();
  }

  /** The whole list, by name. */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public List<T> all() {
    return em.createQuery("select e from " + type().getSimpleName() + " e order by e.name", type())
        .getResultList();
  }

  /**
   * The entries with these codes.
   *
   * @throws InvalidRecordException naming the field and every unknown code
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public Set<T> byCodes(String field, Collection<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return new HashSet<>();
    }
    Set<String> wanted = new TreeSet<>();
    codes.forEach(c -> wanted.add(c == null ? "" : c.trim().toUpperCase()));
    Set<T> found =
        new HashSet<>(
            em.createQuery(
                    "select e from " + type().getSimpleName() + " e where e.code in :codes", type())
                .setParameter("codes", wanted)
                .getResultList());
    found.forEach(s -> wanted.remove(s.getCode()));
    if (!wanted.isEmpty()) {
      throw new InvalidRecordException(
          field, "Unknown " + kind() + " code(s): " + String.join(", ", wanted));
    }
    return found;
  }

  /**
   * @throws InvalidRecordException naming the field when no entry has the code
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public T byCode(String field, String code) {
    return byCodes(field, List.of(code)).iterator().next();
  }
}
