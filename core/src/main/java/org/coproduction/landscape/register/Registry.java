package org.coproduction.landscape.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SetAttribute;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.platform.EditConflictException;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.RecordMergedException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.platform.Recorded_;
import org.coproduction.landscape.platform.Roles;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.ResultSetConcurrency;
import org.eclipse.persistence.config.ResultSetType;
import org.eclipse.persistence.queries.ScrollableCursor;

/**
 * What every register of records does the same way: find one, list a filtered and sorted page in
 * the database, save with validation and an edit-conflict check, delete, and write each change to
 * the history. A register says which filters and sort keys its records have.
 *
 * <p>Everyone signed in may read; only staff and administrators may write.
 */
public abstract class Registry<T extends Recorded> {

  @PersistenceContext(unitName = "landscape")
  protected EntityManager em;

  @Inject protected AuditLog audit;

  @Inject protected Validator validator;

  /** The kind of record, as people say it ("network", "grant"). */
  protected abstract String kind();

  protected abstract Class<T> type();

  /** The predicates for the query's text and filters; unknown filters are an error. */
  protected abstract List<Predicate> where(
      CriteriaBuilder cb, CriteriaQuery<?> cq, Root<T> root, ListQuery q);

  /** The sort keys a list understands, with the expression each orders by. */
  protected abstract Map<String, Expression<?>> sortKeys(Root<T> root);

  /** The default order of a list (its first sort key). */
  protected abstract String defaultSort();

  /** Joins fetched with each page so that showing a row loads nothing more (to-one only). */
  protected void fetch(Root<T> root) {}

  /**
   * What a record's page, form and API answer show beyond its own columns (its sectors, areas,
   * related records), added to {@code plan}: fetched with the record when it is found, so that
   * nothing is loaded one by one afterwards, on the screen or in an edit conflict. Nothing by
   * default.
   */
  protected void wholeRecord(EntityGraph<T> plan) {}

  /** The fetch plan of {@link #wholeRecord}, as the hint {@code em.find} takes. */
  private Map<String, Object> whole() {
    EntityGraph<T> plan = em.createEntityGraph(type());
    wholeRecord(plan);
    return Map.of("jakarta.persistence.loadgraph", plan);
  }

  /**
   * The record with this id, as its page, form and API answer show it.
   *
   * @throws RecordMergedException when it was one entered twice and has been merged into another
   * @throws RecordNotFoundException when there is none
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public T find(long id) {
    T t = em.find(type(), id, whole());
    if (t == null) {
      Long into = mergedInto(id);
      throw into == null
          ? new RecordNotFoundException(kind(), id)
          : new RecordMergedException(kind(), id, into);
    }
    return t;
  }

  /** The record this one was merged into ({@code record_merge}), or null. */
  private Long mergedInto(long id) {
    List<?> into =
        em.createNativeQuery(
                "select into_id from record_merge where record_type = ?1 and merged_id = ?2")
            .setParameter(1, type().getSimpleName())
            .setParameter(2, id)
            .getResultList();
    return into.isEmpty() ? null : ((Number) into.get(0)).longValue();
  }

  /** How many records match the query's text and filters (one count in the database). */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public long count(ListQuery q) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<T> countRoot = count.from(type());
    count
        .select(cb.count(countRoot))
        .where(where(cb, count, countRoot, q).toArray(Predicate[]::new));
    return em.createQuery(count).getSingleResult();
  }

  /**
   * The collections each row of a list shows (a network's areas and sectors), read with the page's
   * rows in one statement: a page then costs three statements (how many match, which ids are on the
   * page, those records with their collections) whatever it shows. None by default: a page is then
   * the count and one statement of its records.
   */
  protected List<PluralAttribute<? super T, ?, ?>> shownInEachRow() {
    return List.of();
  }

  /**
   * A page of the records the query matches, in its order, with what each row shows read (the
   * to-one records of {@link #fetch}, the collections of {@link #shownInEachRow}).
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public Page<T> list(ListQuery q) {
    long total = count(q);

    CriteriaBuilder cb = em.getCriteriaBuilder();
    List<PluralAttribute<? super T, ?, ?>> shown = shownInEachRow();
    if (shown.isEmpty()) {
      CriteriaQuery<T> select = cb.createQuery(type());
      Root<T> root = select.from(type());
      fetch(root);
      select.select(root).where(where(cb, select, root, q).toArray(Predicate[]::new));
      select.orderBy(order(cb, root, q));
      List<T> items =
          em.createQuery(select).setFirstResult(q.offset()).setMaxResults(q.size()).getResultList();
      return new Page<>(items, q.page(), q.size(), total);
    }
    // A page cannot be cut from rows multiplied by joined collections: its ids first, in order.
    CriteriaQuery<Long> ids = cb.createQuery(Long.class);
    Root<T> root = ids.from(type());
    ids.select(root.get(Recorded_.id))
        .where(where(cb, ids, root, q).toArray(Predicate[]::new))
        .orderBy(order(cb, root, q));
    List<Long> onPage =
        em.createQuery(ids).setFirstResult(q.offset()).setMaxResults(q.size()).getResultList();
    if (onPage.isEmpty()) {
      return new Page<>(List.of(), q.page(), q.size(), total);
    }
    CriteriaQuery<T> rows = cb.createQuery(type());
    Root<T> row = rows.from(type());
    fetch(row);
    shown.forEach(collection -> row.fetch(collection, JoinType.LEFT));
    rows.select(row).where(row.get(Recorded_.id).in(onPage));
    Map<Long, T> byId = new HashMap<>();
    for (T record : em.createQuery(rows).getResultList()) {
      byId.put(record.getId(), record);
    }
    List<T> items = onPage.stream().map(byId::get).filter(Objects::nonNull).toList();
    return new Page<>(items, q.page(), q.size(), total);
  }

  /**
   * The ids of every record the list counts ({@link #count}), in the list's order, handed to {@code
   * batches} {@value #ID_BATCH} at a time as a database cursor reads them: what a download of the
   * list reads, holding one batch at a time however long the list is. The query's page and size are
   * ignored.
   *
   * @return how many ids were handed over
   * @throws InvalidRecordException naming an unknown filter or sort key, before any id is read
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public long eachId(ListQuery q, Consumer<List<Long>> batches) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> select = cb.createQuery(Long.class);
    Root<T> root = select.from(type());
    select
        .select(root.get(Recorded_.id))
        .where(where(cb, select, root, q).toArray(Predicate[]::new))
        .orderBy(order(cb, root, q));
    Query query =
        em.createQuery(select)
            .setHint(QueryHints.SCROLLABLE_CURSOR, HintValues.TRUE)
            .setHint(QueryHints.RESULT_SET_TYPE, ResultSetType.ForwardOnly)
            .setHint(QueryHints.RESULT_SET_CONCURRENCY, ResultSetConcurrency.ReadOnly)
            .setHint(QueryHints.JDBC_FETCH_SIZE, ID_BATCH);
    ScrollableCursor cursor = (ScrollableCursor) query.getSingleResult();
    long handed = 0;
    try {
      List<Long> batch = new ArrayList<>(ID_BATCH);
      while (cursor.hasNext()) {
        batch.add(((Number) cursor.next()).longValue());
        if (batch.size() == ID_BATCH) {
          batches.accept(List.copyOf(batch));
          handed += batch.size();
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        batches.accept(List.copyOf(batch));
        handed += batch.size();
      }
    } finally {
      cursor.close();
    }
    return handed;
  }

  /** How many ids {@link #eachId} hands over at a time. */
  public static final int ID_BATCH = 1000;

  /** The list's order: its sort key (or the default), then the id, so that ties keep one order. */
  private List<Order> order(CriteriaBuilder cb, Root<T> root, ListQuery q) {
    Map<String, Expression<?>> keys = sortKeys(root);
    String sort = q.sort() == null ? defaultSort() : q.sort();
    Expression<?> by = keys.get(sort);
    if (by == null) {
      throw new InvalidRecordException(
          "sort", "Cannot sort by '" + sort + "'; use one of " + keys.keySet());
    }
    List<Order> order = new ArrayList<>();
    order.add(q.descending() ? cb.desc(by) : cb.asc(by));
    order.add(cb.asc(root.get(Recorded_.id)));
    return order;
  }

  /**
   * Saves a new record or the changes to an existing one, in one transaction with its history
   * entry.
   *
   * @throws InvalidRecordException naming each field that breaks a rule; nothing is written
   * @throws EditConflictException when someone else saved the record since {@code record} was read
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public T save(T record) {
    validate(record);
    if (record.isNew()) {
      em.persist(record);
      flush(record);
      audit.created(record);
      return record;
    }
    T current = em.find(type(), record.getId(), whole());
    if (current == null) {
      throw new RecordNotFoundException(kind(), record.getId());
    }
    guard(current, record.getVersion());
    Map<String, String> refused = brokenChange(current, record);
    if (!refused.isEmpty()) {
      throw new InvalidRecordException(refused);
    }
    Map<String, String> before = audit.snapshot(current);
    T merged = em.merge(record);
    flush(merged);
    audit.updated(before, merged);
    return merged;
  }

  /**
   * Deletes the record as it was read at {@code version}.
   *
   * @throws EditConflictException when someone else saved the record since that version was read;
   *     nothing is deleted
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public void delete(long id, long version) {
    T t = find(id);
    if (t.getVersion() != version) {
      throw new EditConflictException(t.label(), t);
    }
    audit.deleted(t);
    // The database compares the version again: DELETE ... WHERE id = ? AND version = ?.
    em.remove(t);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflictException(t.label(), null);
    } catch (PersistenceException e) {
      throw new InvalidRecordException(
          "id", "This " + kind() + " cannot be deleted while other records refer to it");
    }
  }

  /**
   * Lets a change to {@code current} (managed, read in this transaction) go ahead only from the
   * version the person read. Java compares first, for a conflict screen that shows the record as it
   * now stands; then the database does, since two saves from one version may both pass the first
   * check: the record's row is updated with {@code version = version + 1 where id = ? and version =
   * ?} on every save, even when only a collection of its parts changed (a network's relations, an
   * event's participants live in rows of their own and would leave the version as it was), and a
   * row count of 0 is an edit conflict.
   *
   * @throws EditConflictException when {@code readVersion} is not the stored version
   */
  protected void guard(T current, long readVersion) {
    if (current.getVersion() != readVersion) {
      throw new EditConflictException(current.label(), current);
    }
    em.lock(current, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  /** Checks Bean Validation and the record's own rules; throws with every message at once. */
  protected void validate(T record) {
    Map<String, String> messages = new LinkedHashMap<>();
    for (ConstraintViolation<T> v : validator.validate(record)) {
      messages.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
    }
    record.brokenRules().forEach(messages::putIfAbsent);
    if (messages.isEmpty()) {
      alreadyTaken(record).forEach(messages::putIfAbsent);
    }
    if (!messages.isEmpty()) {
      throw new InvalidRecordException(messages);
    }
  }

  /**
   * The rules a change from {@code current} (as stored) to {@code changed} breaks, field name to
   * message: for rules about how a record may move, not what it may be.
   */
  protected Map<String, String> brokenChange(T current, T changed) {
    return Map.of();
  }

  /**
   * The unique values of this record that another record already holds (field name to message), so
   * that a duplicate is refused with a message rather than by the database.
   */
  protected Map<String, String> alreadyTaken(T record) {
    return Map.of();
  }

  /** Whether another record of this kind than {@code record} has {@code value} in {@code field}. */
  protected boolean takenByAnother(T record, String jpql, Object value) {
    return em
            .createQuery(jpql, Long.class)
            .setParameter("value", value)
            .setParameter("id", record.getId() == null ? -1L : record.getId())
            .getResultList()
            .stream()
            .findFirst()
            .orElse(0L)
        > 0;
  }

  protected void flush(T record) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflictException(record.label(), null);
    }
  }

  /**
   * Whether a collection of the listed record holds an element whose {@code part} equals {@code
   * value}: a correlated EXISTS, so that a page never shows a record twice.
   */
  protected <E> Predicate holds(
      CriteriaBuilder cb,
      CriteriaQuery<?> cq,
      Root<T> root,
      SetAttribute<? super T, E> collection,
      Function<Path<E>, Expression<?>> part,
      Object value) {
    Subquery<Long> s = cq.subquery(Long.class);
    Root<T> r = s.from(type());
    s.select(r.get(Recorded_.id))
        .where(
            cb.equal(r.get(Recorded_.id), root.get(Recorded_.id)),
            cb.equal(part.apply(r.join(collection)), value));
    return cb.exists(s);
  }

  /** A filter naming a record by its id, or a clear message naming the filter. */
  protected static long idFilter(String filter, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new InvalidRecordException(filter, "The " + filter + " filter is the id of a record");
    }
  }

  /** A filter naming an area by its GSS code, or a clear message naming the filter. */
  protected static AreaCode areaFilter(String filter, String value) {
    String code = value.trim().toUpperCase();
    if (!AreaCode.isValid(code)) {
      throw new InvalidRecordException(filter, "'" + value + "' is not a GSS area code");
    }
    return new AreaCode(code);
  }

  /** Case-insensitive "contains" on any of the given text fields. */
  protected static Predicate contains(
      CriteriaBuilder cb, String text, List<Expression<String>> fields) {
    String pattern =
        "%"
            + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            + "%";
    return cb.or(
        fields.stream().map(f -> cb.like(cb.lower(f), pattern, '\\')).toArray(Predicate[]::new));
  }

  /** An enum filter's value, or a clear message naming the filter. */
  protected static <E extends Enum<E>> E enumFilter(String filter, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException(
          filter,
          "'"
              + value
              + "' is not a "
              + filter
              + "; use one of "
              + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  /** Unknown filters are refused rather than silently ignored. */
  protected static void allowOnly(ListQuery q, String... filters) {
    var allowed = java.util.Set.of(filters);
    for (String f : q.filters().keySet()) {
      if (!allowed.contains(f)) {
        throw new InvalidRecordException(f, "Unknown filter '" + f + "'; use one of " + allowed);
      }
    }
  }
}
