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

  /**
   * The query of a list's address parameters ({@code q=housing&area=E12000003&sort=-name}): the
   * text, the order and the filters, URL-encoded; {@code page} and {@code size} are left to the
   * caller.
   */
  public static ListQuery ofParameters(String parameters, int size) {
    String text = null;
    String sort = null;
    Map<String, String> filters = new HashMap<>();
    if (parameters != null && !parameters.isBlank()) {
      for (String pair : parameters.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        switch (name) {
          case "q" -> text = value;
          case "sort" -> sort = value;
          case "page", "size" -> {}
          default -> filters.putIfAbsent(name, value);
        }
      }
    }
    return of(0, size, sort, text, filters);
  }

  /** This query's text, filters and order as address parameters, in a stable order. */
  public String parameters() {
    StringBuilder s = new StringBuilder();
    if (text != null) {
      append(s, "q", text);
    }
    new java.util.TreeMap<>(filters).forEach((name, value) -> append(s, name, value));
    if (sort != null) {
      append(s, "sort", (descending ? "-" : "") + sort);
    }
    return s.toString();
  }

  private static void append(StringBuilder s, String name, String value) {
    if (s.length() > 0) {
      s.append('&');
    }
    s.append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
        .append('=')
        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
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
