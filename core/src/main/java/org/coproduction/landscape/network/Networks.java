package org.coproduction.landscape.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.PluralAttribute;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.platform.EditConflictException;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.vocabulary.Sector_;

/**
 * The register of networks: find, list by area, sector, status and scope, record, and close a
 * network.
 */
@Stateless
public class Networks extends Registry<Network> {

  /** The filters a list of networks understands. */
  public static final String AREA = "area", SECTOR = "sector", STATUS = "status", SCOPE = "scope";

  @Override
  protected void wholeRecord(EntityGraph<Network> plan) {
    plan.addAttributeNodes("sectors", "areas");
    plan.addSubgraph("relations").addAttributeNodes("to");
  }

  @Override
  protected String kind() {
    return "network";
  }

  @Override
  protected Class<Network> type() {
    return Network.class;
  }

  @Override
  protected void fetch(Root<Network> root) {
    root.fetch(Network_.host, JoinType.LEFT);
  }

  /** A row of the list shows the network's areas and sectors. */
  @Override
  protected List<PluralAttribute<? super Network, ?, ?>> shownInEachRow() {
    return List.of(Network_.areas, Network_.sectors);
  }

  @Override
  protected List<Predicate> where(
      CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Network> root, ListQuery q) {
    allowOnly(q, AREA, SECTOR, STATUS, SCOPE);
    List<Predicate> p = new ArrayList<>();
    if (q.text() != null) {
      p.add(
          contains(cb, q.text(), List.of(root.get(Network_.name), root.get(Network_.description))));
    }
    if (q.filter(AREA) != null) {
      p.add(holds(cb, cq, root, Network_.areas, e -> e, areaFilter(AREA, q.filter(AREA))));
    }
    if (q.filter(SECTOR) != null) {
      p.add(
          holds(
              cb,
              cq,
              root,
              Network_.sectors,
              e -> e.get(Sector_.code),
              q.filter(SECTOR).toUpperCase()));
    }
    if (q.filter(STATUS) != null) {
      p.add(
          cb.equal(
              root.get(Network_.lifecycle).get(Lifecycle_.status),
              enumFilter(STATUS, q.filter(STATUS), LifecycleStatus.class)));
    }
    if (q.filter(SCOPE) != null) {
      p.add(
          cb.equal(
              root.get(Network_.scope), enumFilter(SCOPE, q.filter(SCOPE), NetworkScope.class)));
    }
    return p;
  }

  @Override
  protected Map<String, Expression<?>> sortKeys(Root<Network> root) {
    return Map.of(
        "name", root.get(Network_.name),
        "scope", root.get(Network_.scope),
        "status", root.get(Network_.lifecycle).get(Lifecycle_.status),
        "foundedOn", root.get(Network_.lifecycle).get(Lifecycle_.foundedOn),
        "membershipEstimate", root.get(Network_.membershipEstimate));
  }

  @Override
  protected String defaultSort() {
    return "name";
  }

  @Override
  protected Map<String, String> brokenChange(Network current, Network changed) {
    LifecycleStatus from = current.getLifecycle().getStatus();
    LifecycleStatus to = changed.getLifecycle().getStatus();
    if (from != to && !from.mayBecome(to)) {
      return Map.of(
          "lifecycle.status",
          from == LifecycleStatus.CLOSED
              ? "A closed network stays closed; record a new network to carry on its work"
              : "A network that has been "
                  + from.name().toLowerCase()
                  + " cannot become "
                  + to.name().toLowerCase()
                  + " again");
    }
    return Map.of();
  }

  /** The relations other networks hold towards this one ("has as a member", "succeeded"). */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
  public List<NetworkRelation> relationsTowards(long networkId) {
    return em.createQuery(
            "select r from NetworkRelation r join fetch r.from where r.to.id = :id order by r.type, r.from.name",
            NetworkRelation.class)
        .setParameter("id", networkId)
        .getResultList();
  }

  /**
   * Closes a network: its closing date and reason, and the network that carries on its work. The
   * lessons it leaves are kept by {@link org.coproduction.landscape.knowledge.NetworkClosing},
   * which calls this in the same transaction.
   *
   * @throws EditConflictException if the network changed since {@code version} was read
   * @throws InvalidRecordException naming what is missing or wrong
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public Network close(long id, long version, LocalDate on, String reason, Long successorId) {
    Network network = find(id);
    guard(network, version);
    if (network.getLifecycle().isClosed()) {
      throw new InvalidRecordException(
          "lifecycle.status", "'" + network.label() + "' is already closed");
    }
    if (on == null) {
      throw new InvalidRecordException("lifecycle.closedOn", "Enter the date the network closed");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidRecordException("lifecycle.closureReason", "Say why the network closed");
    }
    Network successor = null;
    if (successorId != null) {
      if (successorId == id) {
        throw new InvalidRecordException("successor", "A network cannot succeed itself");
      }
      successor = find(successorId);
    }
    Map<String, String> before = audit.snapshot(network);
    network.close(on, reason.trim(), successor);
    validate(network);
    flush(network);
    audit.updated(before, network);
    return network;
  }
}
