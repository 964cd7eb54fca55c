package org.coproduction.landscape.platform;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What a person asks of a list: a page, an order, free text and filters by name (area, sector,
 * status, type, role...). Each register says which filters and sort keys it understands.
 */
public final class ListQuery implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_SIZE = 500;

  private final int page;
  private final int size;
  private final String sort;
  private final boolean descending;
  private final String text;
  private final Map<String, String> filters;

  private ListQuery(
      int page,
      int size,
      String sort,
      boolean descending,
      String text,
      Map<String, String> filters) {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
    this.page = page;
    this.size = size;
    this.sort = sort;
    this.descending = descending;
    this.text = text == null || text.isBlank() ? null : text.trim();
    this.filters = Collections.unmodifiableMap(new HashMap<>(filters));
  }

  public static ListQuery firstPage(int size) {
    return new ListQuery(0, size, null, false, null, Map.of());
  }

  /**
   * A page ordered by {@code sort}, which is a field name, optionally prefixed with "-" for
   * descending order or suffixed with ",desc".
   */
  public static ListQuery of(
      int page, int size, String sort, String text, Map<String, String> filters) {
    String key = sort;
    boolean desc = false;
    if (key != null && !key.isBlank()) {
      key = key.trim();
      if (key.startsWith("-")) {
        desc = true;
        key = key.substring(1);
      } else if (key.endsWith(",desc")) {
        desc = true;
        key = key.substring(0, key.length() - 5);
      } else if (key.endsWith(",asc")) {
        key = key.substring(0, key.length() - 4);
      }
    } else {
      key = null;
    }
    Map<String, String> f = new HashMap<>();
    filters.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            f.put(k, v.trim());
          }
        });
    return new ListQuery(page, size, key, desc, text, f);
  }

  public ListQuery withPage(int newPage) {
    return new ListQuery(newPage, size, sort, descending, text, filters);
  }

  public ListQuery withFilter(String name, String value) {
    Map<String, String> f = new HashMap<>(filters);
    f.put(name, value);
    return new ListQuery(page, size, sort, descending, text, f);
  }

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }

  public int offset() {
    return page * size;
  }

  public String sort() {
    return sort;
  }

  public boolean descending() {
    return descending;
  }

  public String text() {
    return text;
  }

  public String filter(String name) {
    return filters.get(name);
  }

  public Map<String, String> filters() {
    return filters;
  }
}
