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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.platform.Roles;

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

  /**
   * Records that {@code gone} was merged into {@code kept}: one entry of the kept record, saying
   * which record was merged, how the kept record's fields changed ({@code before} was its snapshot
   * before the merge) and what was moved to it ({@code moved}, one line per kind of reference). The
   * merged record's own history becomes the kept record's: its entries keep their dates, actors and
   * labels (the merged record's name then).
   */
  public void merged(Recorded gone, Map<String, String> before, Recorded kept, List<String> moved) {
    String type = kept.getClass().getSimpleName();
    em.createQuery(
            "update AuditEntry a set a.recordId = :kept where a.recordType = :type and a.recordId = :gone")
        .setParameter("kept", kept.getId())
        .setParameter("type", type)
        .setParameter("gone", gone.getId())
        .executeUpdate();
    List<String> lines = new java.util.ArrayList<>();
    lines.add(
        "merged: "
            + AuditEntry.reference(gone.label(), gone.getId())
            + " -> "
            + AuditEntry.reference(kept.label(), kept.getId()));
    String changed = describe(before, snapshot(kept));
    if (!changed.isEmpty()) {
      lines.add(changed);
    }
    if (!moved.isEmpty()) {
      lines.add("moved: " + String.join(", ", moved));
    }
    write(AuditEntry.Action.MERGE, kept, String.join("\n", lines));
  }

  /** Records an action that is not a change of fields, such as an export or an anonymisation. */
  public void recordAction(
      AuditEntry.Action action, String recordType, Long recordId, String label, String note) {
    em.persist(new AuditEntry(Instant.now(), actor(), action, recordType, recordId, label, note));
  }

  /**
   * As {@link #recordAction}, done on behalf of {@code person} (a username) by a task of the server
   * that runs as nobody, such as a report produced in the background by whichever server took it
   * up: the entry names the person who asked for it.
   */
  public void recordActionFor(
      String person,
      AuditEntry.Action action,
      String recordType,
      Long recordId,
      String label,
      String note) {
    em.persist(
        new AuditEntry(
            Instant.now(),
            Objects.requireNonNull(person, "person"),
            action,
            recordType,
            recordId,
            label,
            note));
  }

  /**
   * Takes a record's names out of the history, for a person who asked to be forgotten. Its own
   * entries keep what was done and when, under {@code label}, without the values. In other records'
   * entries only the references to it change: each name it has had, followed by its id as {@link
   * AuditEntry#reference} ({@code "Jo Smith (#12)"}), becomes {@code label}; text that merely
   * contains a name, or names another record, is left as it was.
   *
   * @param formerLabel the record's label before it was anonymised
   */
  public void forget(Recorded r, String formerLabel, String label) {
    String type = r.getClass().getSimpleName();
    List<AuditEntry> own =
        em.createQuery(
                "select a from AuditEntry a where a.recordType = :type and a.recordId = :id",
                AuditEntry.class)
            .setParameter("type", type)
            .setParameter("id", r.getId())
            .getResultList();
    // The label of each of its entries is the name it had then: every name it has been known by.
    Set<String> names = new TreeSet<>(Comparator.comparing(String::length).reversed());
    names.add(formerLabel);
    own.forEach(a -> names.add(a.getRecordLabel()));
    // A record merged into it is named in the entry of the merge ("merged: Jo Smith (#12) -> ...").
    Pattern mergeLine = Pattern.compile("^merged: (.*) \\(#[0-9]+\\) -> ");
    for (AuditEntry a : own) {
      Matcher m =
          a.getAction() == AuditEntry.Action.MERGE && a.getChanges() != null
              ? mergeLine.matcher(a.getChanges())
              : null;
      if (m != null && m.find()) {
        names.add(m.group(1));
      }
    }
    names.removeIf(n -> n == null || n.isBlank() || n.equals(label));
    own.forEach(a -> a.forget(label));

    // Other records' entries name it by its id, and by the ids of the records merged into it.
    List<Long> ids = new java.util.ArrayList<>();
    ids.add(r.getId());
    for (Object merged :
        em.createNativeQuery(
                "select merged_id from record_merge where record_type = ?1 and into_id = ?2")
            .setParameter(1, type)
            .setParameter(2, r.getId())
            .getResultList()) {
      ids.add(((Number) merged).longValue());
    }
    for (long each : ids) {
      String id = AuditEntry.reference("", each);
      for (AuditEntry a :
          em.createQuery(
                  "select a from AuditEntry a where a.changes like :ref"
                      + " and not (a.recordType = :type and a.recordId = :id)",
                  AuditEntry.class)
              .setParameter("ref", "%" + id + "%")
              .setParameter("type", type)
              .setParameter("id", r.getId())
              .getResultList()) {
        String changes = a.getChanges();
        for (String name : names) {
          changes = changes.replace(name + id, label + id);
        }
        a.rewrite(changes);
      }
    }
  }

  /**
   * Replaces one value of one field in the history of the given records: an exact value of the
   * field's line (the whole value, or one item of a list), never a part of another value or another
   * field.
   */
  public void replaceValue(
      String recordType, Collection<Long> ids, String field, String value, String replacement) {
    if (ids.isEmpty() || value.equals(replacement)) {
      return;
    }
    Pattern line = Pattern.compile("(?m)^" + Pattern.quote(field + ": ") + ".*$");
    Pattern item = Pattern.compile("(?<=^|, | -> )" + Pattern.quote(value) + "(?=, | -> |$)");
    for (AuditEntry a :
        em.createQuery(
                "select a from AuditEntry a where a.recordType = :type and a.recordId in :ids"
                    + " and a.changes like :value escape '\\'",
                AuditEntry.class)
            .setParameter("type", recordType)
            .setParameter("ids", ids)
            .setParameter("value", "%" + likeEscaped(value) + "%")
            .getResultList()) {
      Matcher m = line.matcher(a.getChanges());
      StringBuilder changed = new StringBuilder();
      while (m.find()) {
        String prefix = field + ": ";
        String values = m.group().substring(prefix.length());
        String replaced = item.matcher(values).replaceAll(Matcher.quoteReplacement(replacement));
        m.appendReplacement(changed, Matcher.quoteReplacement(prefix + replaced));
      }
      m.appendTail(changed);
      a.rewrite(changed.toString());
    }
  }

  private static String likeEscaped(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
      return AuditEntry.reference(rec.label(), rec.getId());
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
