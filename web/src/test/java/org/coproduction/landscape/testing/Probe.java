package org.coproduction.landscape.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Reads the database directly, under the core's persistence unit, for in-container checks of what
 * the API cannot show (which rows a failed request left behind, what the history holds). Deployed
 * with the tests only.
 */
@Stateless
public class Probe {

  @PersistenceContext(unitName = "landscape")
  private EntityManager em;

  /** The results of a JPQL query with positional parameters ?1, ?2... */
  public <T> List<T> query(Class<T> type, String jpql, Object... parameters) {
    TypedQuery<T> query = em.createQuery(jpql, type);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  public long count(String jpql, Object... parameters) {
    return query(Long.class, jpql, parameters).get(0);
  }

  /** Runs a JPQL update or delete with positional parameters; the number of rows changed. */
  public int update(String jpql, Object... parameters) {
    var query = em.createQuery(jpql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }

  /** Runs SQL (an insert, update or delete) with positional parameters ?1, ?2...; rows changed. */
  public int execute(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }

  /** The number an SQL query ({@code select count(*) ...}) with parameters ?1, ?2... answers. */
  public long countSql(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }
}
