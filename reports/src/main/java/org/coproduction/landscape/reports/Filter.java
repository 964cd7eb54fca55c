package org.coproduction.landscape.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * The optional conditions of a query: each is added only when its value is present, so that no SQL
 * ever compares with a null parameter.
 */
public final class Filter {

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  /** Adds {@code " and " + condition} with its one {@code ?} when {@code value} is not null. */
  public Filter and(String condition, Object value) {
    if (value != null) {
      sql.append(" and ").append(condition);
      parameters.add(value);
    }
    return this;
  }

  /** The conditions, each starting with {@code " and "}; empty when none applies. */
  public String sql() {
    return sql.toString();
  }

  public Object[] parameters() {
    return parameters.toArray();
  }

  /**
   * These parameters after {@code first}, for a query with fixed parameters before the filter's.
   */
  public Object[] parametersAfter(Object... first) {
    List<Object> all = new ArrayList<>(List.of(first));
    all.addAll(parameters);
    return all.toArray();
  }
}
