package org.coproduction.landscape.organisation;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an import finds the organisations its rows name, in a few queries for the whole file rather
 * than one per row: by Org-ID, or by name as people write one name differently ({@link
 * Organisation#nameKey}: case, accents, punctuation, "&amp;"/"and", "The", "Ltd"/"Limited"). A name
 * may match several organisations (the same one entered twice); the importer says which rows are
 * ambiguous.
 */
public final class OrganisationLookup {

  /** Values per query, well below every database's limit on parameters. */
  private static final int CHUNK = 500;

  private OrganisationLookup() {}

  /** A name as looked up: its {@link Organisation#nameKey key}. */
  public static String key(String name) {
    return Organisation.nameKey(name);
  }

  /** The organisations with these names ({@link #key keys}), by key. */
  public static Map<String, List<Organisation>> byName(EntityManager em, Collection<String> keys) {
    Map<String, List<Organisation>> found = new HashMap<>();
    List<String> all = new ArrayList<>(keys);
    for (int i = 0; i < all.size(); i += CHUNK) {
      for (Organisation o :
          em.createQuery(
                  "select o from Organisation o where o.nameKey in :names", Organisation.class)
              .setParameter("names", all.subList(i, Math.min(all.size(), i + CHUNK)))
              .getResultList()) {
        found.computeIfAbsent(key(o.getName()), k -> new ArrayList<>()).add(o);
      }
    }
    return found;
  }

  /**
   * The organisations the cells of {@code column} name, looked up once for all rows: a cell holding
   * a well-formed Org-ID by identifier, any other by name. By {@link #key key} of the cell.
   */
  public static Map<String, List<Organisation>> namedIn(
      EntityManager em, List<Map<String, String>> rows, String column) {
    Set<OrgId> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Map<String, String> cells : rows) {
      String cell = cells.get(column);
      if (cell == null || cell.isBlank()) {
        continue;
      }
      if (OrgId.isValid(cell.strip())) {
        ids.add(new OrgId(cell.strip()));
      } else {
        names.add(key(cell));
      }
    }
    Map<String, List<Organisation>> found = new HashMap<>(byName(em, names));
    byOrgId(em, ids).forEach((id, o) -> found.put(key(id.value()), List.of(o)));
    return found;
  }

  /** The organisations holding these Org-IDs, by Org-ID. */
  public static Map<OrgId, Organisation> byOrgId(EntityManager em, Collection<OrgId> ids) {
    Map<OrgId, Organisation> found = new HashMap<>();
    List<OrgId> all = new ArrayList<>(ids);
    for (int i = 0; i < all.size(); i += CHUNK) {
      for (Object[] f :
          em.createQuery(
                  "select i, o from Organisation o join o.identifiers i where i in :ids",
                  Object[].class)
              .setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK)))
              .getResultList()) {
        found.put((OrgId) f[0], (Organisation) f[1]);
      }
    }
    return found;
  }
}
