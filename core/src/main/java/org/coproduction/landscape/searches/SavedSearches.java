package org.coproduction.landscape.searches;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.event.Events;
import org.coproduction.landscape.funding.Grants;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.knowledge.Insights;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.Registry;

/**
 * The saved searches: a person saves a list's filters under a name, keeps them to themselves or
 * shares them with everyone, and sees their own and the shared ones with the number of records each
 * list counts now. A search is checked by the list it searches when it is saved (an unknown filter
 * or order is refused, naming it), so that counting it later asks the list what it understands.
 *
 * <p>Only the person who saved a search, or an administrator, deletes it; another person's private
 * search is not found. The list of people is searched by administrators only.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
public class SavedSearches {

  /** A search as a person sees it: the list's count now. */
  public record Found(SavedSearch search, long count, boolean mine) implements Serializable {}

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

  @Resource SessionContext context;

  @Inject Validator validator;

  @Inject Networks networks;
  @Inject Organisations organisations;
  @Inject Grants grants;
  @Inject Programmes programmes;
  @Inject Events events;
  @Inject Insights insights;
  @Inject People people;

  /** The caller's own searches and those others shared, by name, each counted now. */
  public List<Found> visible() {
    String me = caller();
    boolean admin = context.isCallerInRole(Roles.ADMIN);
    return em
        .createQuery(
            "select s from SavedSearch s where s.owner = :me or s.shared = true"
                + " order by lower(s.name), s.id",
            SavedSearch.class)
        .setParameter("me", me)
        .getResultList()
        .stream()
        .filter(s -> admin || !s.getKind().forAdministratorsOnly())
        .map(s -> new Found(s, count(s), s.getOwner().equals(me)))
        .toList();
  }

  /**
   * Saves the list's {@code parameters} (its address parameters: {@code q}, filters, {@code sort})
   * under {@code name}.
   *
   * @throws InvalidRecordException naming {@code kind} (no such list), {@code name} (blank, too
   *     long, or one of the caller's searches already has it) or {@code query} (a filter or order
   *     the list does not understand); nothing is saved
   * @throws jakarta.ejb.EJBAccessException for the list of people, unless the caller is an
   *     administrator
   */
  public Found save(String name, String kind, String parameters, boolean shared) {
    SearchKind k =
        SearchKind.of(kind)
            .orElseThrow(
                () ->
                    new InvalidRecordException(
                        "kind",
                        "'"
                            + kind
                            + "' is not a list that can be searched; use one of "
                            + java.util.Arrays.stream(SearchKind.values())
                                .map(SearchKind::id)
                                .toList()));
    if (k.forAdministratorsOnly()) {
      context.getBusinessObject(SavedSearches.class).mayListPeople();
    }
    ListQuery query = ListQuery.ofParameters(parameters, 1);
    SavedSearch search =
        new SavedSearch(caller(), name, k, query.parameters(), shared, Instant.now());
    Map<String, String> problems = new LinkedHashMap<>();
    for (ConstraintViolation<SavedSearch> v : validator.validate(search)) {
      problems.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
    }
    if (!problems.containsKey("name") && taken(search)) {
      problems.put("name", "You already have a search named '" + search.getName() + "'");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRecordException(problems);
    }
    long count;
    try {
      // The list's own page of one: it judges the filters and the order alike.
      count = register(k).list(query).total();
    } catch (InvalidRecordException e) {
      throw new InvalidRecordException("query", String.join("; ", e.messages().values()));
    }
    em.persist(search);
    em.flush();
    return new Found(search, count, true);
  }

  /**
   * One search the caller may use: their own, or a shared one (a search of people, for
   * administrators only).
   *
   * @throws RecordNotFoundException when there is no such search or the caller may not use it
   */
  public SavedSearch find(long id) {
    SavedSearch s = em.find(SavedSearch.class, id);
    if (s == null
        || (!s.getOwner().equals(caller()) && !s.isShared())
        || (s.getKind().forAdministratorsOnly() && !context.isCallerInRole(Roles.ADMIN))) {
      throw new RecordNotFoundException("saved search", id);
    }
    return s;
  }

  /** Lets only administrators go on; what {@link #save} asks before saving a search of people. */
  @RolesAllowed(Roles.ADMIN)
  public void mayListPeople() {}

  /**
   * Deletes one of the caller's searches; an administrator deletes any shared one.
   *
   * @throws RecordNotFoundException when there is no such search, or it is another person's and
   *     private
   * @throws jakarta.ejb.EJBAccessException when it is another person's shared search and the caller
   *     is not an administrator
   */
  public void delete(long id) {
    SavedSearch s = em.find(SavedSearch.class, id);
    if (s == null || (!s.getOwner().equals(caller()) && !s.isShared())) {
      throw new RecordNotFoundException("saved search", id);
    }
    if (!s.getOwner().equals(caller())) {
      context.getBusinessObject(SavedSearches.class).mayDeleteShared();
    }
    em.remove(s);
  }

  /** Lets only administrators go on; what {@link #delete} asks before deleting another's search. */
  @RolesAllowed(Roles.ADMIN)
  public void mayDeleteShared() {}

  private boolean taken(SavedSearch search) {
    return !em.createQuery(
            "select s.id from SavedSearch s where s.owner = :owner and lower(s.name) = :name",
            Long.class)
        .setParameter("owner", search.getOwner())
        .setParameter("name", search.getName() == null ? "" : search.getName().toLowerCase())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private long count(SavedSearch s) {
    return register(s.getKind()).count(ListQuery.ofParameters(s.getQuery(), 1));
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  private Registry<?> register(SearchKind kind) {
    return switch (kind) {
      case NETWORKS -> networks;
      case ORGANISATIONS -> organisations;
      case GRANTS -> grants;
      case PROGRAMMES -> programmes;
      case EVENTS -> events;
      case INSIGHTS -> insights;
      case PEOPLE -> people;
    };
  }
}
