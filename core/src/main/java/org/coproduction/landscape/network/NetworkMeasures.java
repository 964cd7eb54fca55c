package org.coproduction.landscape.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import org.coproduction.landscape.platform.Database;
import org.coproduction.landscape.platform.Roles;

/**
 * The {@link NetworkMetrics} of the landscape as recorded now, for a network's page, the API and
 * the map. Measuring walks every relation, so the last measure is kept while the relations stay as
 * they were: every call asks the database for a fingerprint of the relations (how many, the highest
 * id, the sums of their ends' ids), which any server's change alters, and measures again when it
 * differs. What is kept is derived from the database, so every server of a cluster answers the
 * same.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class NetworkMeasures {

  @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
  EntityManager em;

  private record Measured(List<Object> fingerprint, NetworkMetrics metrics) {}

  private volatile Measured last;

  /** The measures of the landscape's networks as their relations stand now. */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public NetworkMetrics current() {
    List<Object> fingerprint = fingerprint();
    Measured m = last;
    if (m != null && m.fingerprint().equals(fingerprint)) {
      return m.metrics();
    }
    synchronized (this) {
      m = last;
      if (m != null && m.fingerprint().equals(fingerprint)) {
        return m.metrics();
      }
      List<long[]> pairs =
          em
              .createQuery("select r.from.id, r.to.id from NetworkRelation r", Object[].class)
              .getResultList()
              .stream()
              .map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()})
              .toList();
      NetworkMetrics measured = NetworkMetrics.of(pairs);
      last = new Measured(fingerprint, measured);
      return measured;
    }
  }

  /** One network's measures as its relations stand now. */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public NetworkMetrics.Metrics of(long networkId) {
    return current().of(networkId);
  }

  private List<Object> fingerprint() {
    Object[] row =
        em.createQuery(
                "select count(r), max(r.id), sum(r.from.id), sum(r.to.id) from NetworkRelation r",
                Object[].class)
            .getSingleResult();
    return Arrays.asList(row);
  }
}
