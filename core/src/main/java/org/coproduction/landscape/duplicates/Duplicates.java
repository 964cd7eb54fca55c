package org.coproduction.landscape.duplicates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.Roles;
import org.eclipse.persistence.sessions.Session;

/**
 * Finds the organisations and people that are likely the same one entered twice, for staff to look
 * at and merge: the same funder entered twice splits its grants.
 *
 * <p>Organisations are paired when their names have the same {@link Organisation#nameKey key}
 * (case, accents, punctuation, "&amp;"/"and", "The", "Ltd"/"Limited"), and, on PostgreSQL with
 * pg_trgm, when their names are at least as alike as the similarity asked for (trigram similarity,
 * 0.3 to 1), served by the names' trigram index. Two organisations cannot share an Org-ID: the
 * record refuses it. People are paired by the same e-mail address (any case), or the same name at
 * the same organisation; anonymised people are left out.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class Duplicates {

  /** The least similarity that may be asked for: pg_trgm's own threshold for its index. */
  public static final double LEAST_SIMILARITY = 0.3;

  /** The similarity the screen starts with. */
  public static final double DEFAULT_SIMILARITY = 0.6;

  /** The most pairs one answer holds. */
  public static final int MAX_PAIRS = 200;

  /** Why two records look like one. */
  public enum Reason {
    /** Organisations whose names have the same key. */
    SAME_NAME,
    /** Organisations whose names are alike (PostgreSQL's trigram similarity). */
    SIMILAR_NAME,
    /** People with the same e-mail address. */
    SAME_EMAIL,
    /** People of the same name at the same organisation. */
    SAME_NAME_AND_ORGANISATION
  }

  /** Two organisations that look like one, why, and how alike their names are (1 for the same). */
  public record OrganisationPair(Organisation a, Organisation b, Reason reason, double similarity)
      implements Serializable {}

  /** Two people who look like one, and why. */
  public record PersonPair(Person a, Person b, Reason reason) implements Serializable {}

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

  /** Whether names can be compared by similarity here (PostgreSQL with pg_trgm). */
  public boolean comparesSimilarNames() {
    return trigramSchema() != null;
  }

  /**
   * The schema pg_trgm was created in, as the catalogue writes it (quoted where it must be), or
   * null where there is no pg_trgm: its operator and function are named with it, as they need not
   * be on the search path (a database whose tables live in a schema of their own).
   */
  private String trigramSchema() {
    if (!postgresql()) {
      return null;
    }
    List<?> found =
        em.createNativeQuery(
                "select extnamespace::regnamespace::text from pg_extension where extname = 'pg_trgm'")
            .getResultList();
    return found.isEmpty() ? null : (String) found.get(0);
  }

  /**
   * The likely pairs of organisations, at most {@link #MAX_PAIRS}: those with the same name key
   * first, then the alike ones found walking the names in order, the most alike first.
   *
   * @param similarity the least trigram similarity of two names to pair them (0.3 to 1), where
   *     {@link #comparesSimilarNames()}
   * @throws InvalidRecordException naming {@code similarity} when it is outside 0.3 to 1
   */
  public List<OrganisationPair> organisations(double similarity) {
    if (!(similarity >= LEAST_SIMILARITY && similarity <= 1)) {
      throw new InvalidRecordException(
          "similarity", "Give a similarity from " + LEAST_SIMILARITY + " to 1, such as 0.6");
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select a.id, b.id from organisation a join organisation b"
                    + " on b.name_key = a.name_key and b.id > a.id"
                    + " order by a.name_key, a.id, b.id")
            .setMaxResults(MAX_PAIRS)
            .getResultList()) {
      Object[] r = (Object[]) row;
      rows.add(new Object[] {r[0], r[1], Reason.SAME_NAME, 1.0});
    }
    String trgm = rows.size() < MAX_PAIRS ? trigramSchema() : null;
    if (trgm != null) {
      // The trigram index of lower(name) (the lists' search) finds each name's alike ones, at the
      // similarity asked for (the operator % compares with the transaction's threshold, and is
      // true above it). Names are walked in order and the walk stops at the pairs wanted: sorting
      // every pair by similarity first would compare every name with every other.
      em.createNativeQuery("select set_config('pg_trgm.similarity_threshold', ?1, true)")
          .setParameter(1, String.valueOf(Math.max(0, similarity - 1e-6)))
          .getSingleResult();
      List<Object[]> alike = new ArrayList<>();
      for (Object row :
          em.createNativeQuery(
                  "select a.id, b.id, "
                      + trgm
                      + ".similarity(lower(a.name), lower(b.name))"
                      + " from organisation a join organisation b"
                      + " on lower(b.name) operator("
                      + trgm
                      + ".%) lower(a.name) and b.id > a.id and b.name_key <> a.name_key"
                      + " where "
                      + trgm
                      + ".similarity(lower(a.name), lower(b.name)) >= ?1"
                      + " order by a.name, a.id, b.id")
              .setParameter(1, similarity)
              .setMaxResults(MAX_PAIRS - rows.size())
              .getResultList()) {
        Object[] r = (Object[]) row;
        alike.add(new Object[] {r[0], r[1], Reason.SIMILAR_NAME, ((Number) r[2]).doubleValue()});
      }
      alike.sort((x, y) -> Double.compare((Double) y[3], (Double) x[3]));
      rows.addAll(alike);
    }
    Map<Long, Organisation> found = load(Organisation.class, rows);
    return rows.stream()
        .map(
            r ->
                new OrganisationPair(
                    found.get(id(r[0])), found.get(id(r[1])), (Reason) r[2], (Double) r[3]))
        .toList();
  }

  /** The likely pairs of people, at most {@link #MAX_PAIRS}: the same e-mail first. */
  public List<PersonPair> people() {
    List<Object[]> rows = new ArrayList<>();
    // The addresses held twice are found by grouping (no index serves lower(email) on H2), then
    // the people holding them are read in the addresses' order and paired in turn.
    String address = null;
    List<Long> holders = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select p.id, lower(p.email) from person p"
                    + " where not p.anonymised and lower(p.email) in (select lower(q.email) from person q"
                    + " where q.email is not null and not q.anonymised"
                    + " group by lower(q.email) having count(*) > 1)"
                    + " order by lower(p.email), p.id")
            .setMaxResults(2 * MAX_PAIRS)
            .getResultList()) {
      Object[] r = (Object[]) row;
      if (!r[1].equals(address)) {
        address = (String) r[1];
        holders.clear();
      }
      for (Long earlier : holders) {
        rows.add(new Object[] {earlier, r[0], Reason.SAME_EMAIL});
      }
      holders.add(id(r[0]));
      if (rows.size() >= MAX_PAIRS) {
        rows.subList(MAX_PAIRS, rows.size()).clear();
        break;
      }
    }
    if (rows.size() < MAX_PAIRS) {
      for (Object row :
          em.createNativeQuery(
                  "select a.id, b.id from person a join person b"
                      + " on b.organisation_id = a.organisation_id and lower(b.name) = lower(a.name)"
                      + " and b.id > a.id"
                      + " where not a.anonymised and not b.anonymised"
                      + " and (a.email is null or b.email is null or lower(a.email) <> lower(b.email))"
                      + " order by lower(a.name), a.id, b.id")
              .setMaxResults(MAX_PAIRS - rows.size())
              .getResultList()) {
        Object[] r = (Object[]) row;
        rows.add(new Object[] {r[0], r[1], Reason.SAME_NAME_AND_ORGANISATION});
      }
    }
    Map<Long, Person> found = load(Person.class, rows);
    return rows.stream()
        .map(r -> new PersonPair(found.get(id(r[0])), found.get(id(r[1])), (Reason) r[2]))
        .toList();
  }

  /** The records the pairs name, read in one query. */
  private <T> Map<Long, T> load(Class<T> type, List<Object[]> rows) {
    Set<Long> ids = new LinkedHashSet<>();
    rows.forEach(
        r -> {
          ids.add(id(r[0]));
          ids.add(id(r[1]));
        });
    Map<Long, T> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    for (T t :
        em.createQuery("select r from " + type.getSimpleName() + " r where r.id in :ids", type)
            .setParameter("ids", ids)
            .getResultList()) {
      found.put(((org.coproduction.landscape.platform.Recorded) t).getId(), t);
    }
    return found;
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
  }

  private boolean postgresql() {
    return em.unwrap(Session.class).getDatasourcePlatform().isPostgreSQL();
  }
}
