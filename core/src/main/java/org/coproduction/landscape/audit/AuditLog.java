package org.coproduction.landscape.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.security.Roles;

/**
 * The history of changes: every create, update and delete of a record, and every export, with who
 * did it and when. Entries are written in the same transaction as the change they describe.
 */
@Stateless
@PermitAll
public class AuditLog {

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

  @Resource SessionContext session;

  public void created(Recorded r) {
    write(AuditEntry.Action.CREATE, r, describe(Map.of(), snapshot(r)));
  }

  public void updated(Map<String, String> before, Recorded r) {
    String changes = describe(before, snapshot(r));
    if (!changes.isEmpty()) {
      write(AuditEntry.Action.UPDATE, r, changes);
    }
  }

  public void deleted(Recorded r) {
    write(AuditEntry.Action.DELETE, r, describe(snapshot(r), Map.of()));
  }

  /** Records an action that is not a change of fields, such as an export or an anonymisation. */
  public void recordAction(
      AuditEntry.Action action, String recordType, Long recordId, String label, String note) {
    em.persist(new AuditEntry(Instant.now(), actor(), action, recordType, recordId, label, note));
  }

  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public Page<AuditEntry> historyOf(String recordType, long recordId, int page, int size) {
    var items =
        em.createNamedQuery(AuditEntry.OF_RECORD, AuditEntry.class)
            .setParameter("type", recordType)
            .setParameter("id", recordId)
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    long total =
        em.createNamedQuery(AuditEntry.COUNT_OF_RECORD, Long.class)
            .setParameter("type", recordType)
            .setParameter("id", recordId)
            .getSingleResult();
    return new Page<>(items, page, size, total);
  }

  @RolesAllowed(Roles.ADMIN)
  public Page<AuditEntry> all(int page, int size) {
    var items =
        em.createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    long total = em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
    return new Page<>(items, page, size, total);
  }

  /**
   * The record's fields as text, for comparing before and after a change. Associations are shown by
   * the label of the record they point to; collections as a sorted list.
   */
  public Map<String, String> snapshot(Recorded r) {
    Map<String, String> values = new TreeMap<>();
    for (Attribute<?, ?> a : em.getMetamodel().managedType(r.getClass()).getAttributes()) {
      if (a.getName().equals("version")) {
        continue;
      }
      values.put(a.getName(), text(a, read(r, a)));
    }
    return values;
  }

  private String text(Attribute<?, ?> a, Object value) {
    if (value == null) {
      return "";
    }
    if (a instanceof PluralAttribute<?, ?, ?> && value instanceof Collection<?> c) {
      return c.stream().map(AuditLog::one).sorted().collect(Collectors.joining(", "));
    }
    if (a instanceof SingularAttribute<?, ?> && value instanceof Recorded rec) {
      return one(rec);
    }
    return one(value);
  }

  private static String one(Object v) {
    if (v instanceof Recorded rec) {
      return rec.label() + " (#" + rec.getId() + ")";
    }
    return String.valueOf(v);
  }

  private static Object read(Object entity, Attribute<?, ?> a) {
    String name = a.getName();
    String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String getter : new String[] {"get" + cap, "is" + cap}) {
      try {
        Method m = entity.getClass().getMethod(getter);
        return m.invoke(entity);
      } catch (NoSuchMethodException e) {
        // try the next form, then the field
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + name, e);
      }
    }
    if (a.getJavaMember() instanceof Field f) {
      try {
        f.setAccessible(true);
        return f.get(entity);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name, e);
      }
    }
    return null;
  }

  private static String describe(Map<String, String> before, Map<String, String> after) {
    Map<String, String> lines = new LinkedHashMap<>();
    var names = new java.util.TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    for (String n : names) {
      String b = before.getOrDefault(n, "");
      String a = after.getOrDefault(n, "");
      if (!Objects.equals(b, a)) {
        lines.put(n, n + ": " + b + " -> " + a);
      }
    }
    return String.join("\n", lines.values());
  }

  private void write(AuditEntry.Action action, Recorded r, String changes) {
    em.persist(
        new AuditEntry(
            Instant.now(),
            actor(),
            action,
            r.getClass().getSimpleName(),
            r.getId(),
            r.label(),
            changes));
  }

  private String actor() {
    try {
      var p = session.getCallerPrincipal();
      return p == null ? "system" : p.getName();
    } catch (IllegalStateException e) {
      return "system";
    }
  }
}
