package org.coproduction.landscape.funding;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.register.Registry;

/**
 * The register of grants: money applied for, awarded, paused or lost, to networks and
 * organisations.
 */
@Stateless
public class Grants extends Registry<Grant> {

  /** The filters a list of grants understands. */
  public static final String STATUS = "status",
      AREA = "area",
      FUNDER = "funder",
      DIRECTION = "direction",
      PROGRAMME = "programme",
      NETWORK = "network";

  @Override
  protected void wholeRecord(EntityGraph<Grant> plan) {
    plan.addAttributeNodes(
        "funder", "programme", "recipientNetwork", "recipientOrganisation", "beneficiaryAreas");
  }

  @Override
  protected String kind() {
    return "grant";
  }

  @Override
  protected Class<Grant> type() {
    return Grant.class;
  }

  @Override
  protected void fetch(Root<Grant> root) {
    root.fetch(Grant_.funder, JoinType.LEFT);
    root.fetch(Grant_.programme, JoinType.LEFT);
    root.fetch(Grant_.recipientNetwork, JoinType.LEFT);
    root.fetch(Grant_.recipientOrganisation, JoinType.LEFT);
  }

  @Override
  protected List<Predicate> where(
      CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Grant> root, ListQuery q) {
    allowOnly(q, STATUS, AREA, FUNDER, DIRECTION, PROGRAMME, NETWORK);
    List<Predicate> p = new ArrayList<>();
    if (q.text() != null) {
      p.add(
          contains(
              cb,
              q.text(),
              List.of(
                  root.get(Grant_.title),
                  root.get(Grant_.identifier),
                  root.get(Grant_.description))));
    }
    if (q.filter(STATUS) != null) {
      p.add(
          cb.equal(
              root.get(Grant_.status), enumFilter(STATUS, q.filter(STATUS), GrantStatus.class)));
    }
    if (q.filter(DIRECTION) != null) {
      p.add(
          cb.equal(
              root.get(Grant_.direction),
              enumFilter(DIRECTION, q.filter(DIRECTION), FundingDirection.class)));
    }
    if (q.filter(FUNDER) != null) {
      p.add(cb.equal(root.get(Grant_.funder).get("id"), idFilter(FUNDER, q.filter(FUNDER))));
    }
    if (q.filter(PROGRAMME) != null) {
      p.add(
          cb.equal(root.get(Grant_.programme).get("id"), idFilter(PROGRAMME, q.filter(PROGRAMME))));
    }
    if (q.filter(NETWORK) != null) {
      p.add(
          cb.equal(
              root.get(Grant_.recipientNetwork).get("id"), idFilter(NETWORK, q.filter(NETWORK))));
    }
    if (q.filter(AREA) != null) {
      p.add(holds(cb, cq, root, Grant_.beneficiaryAreas, e -> e, areaFilter(AREA, q.filter(AREA))));
    }
    return p;
  }

  @Override
  protected Map<String, String> alreadyTaken(Grant g) {
    return takenByAnother(
            g,
            "select count(g) from Grant g where g.identifier = :value and g.id <> :id",
            g.getIdentifier())
        ? Map.of("identifier", "Another grant already has the identifier " + g.getIdentifier())
        : Map.of();
  }

  @Override
  protected Map<String, Expression<?>> sortKeys(Root<Grant> root) {
    return Map.of(
        "title", root.get(Grant_.title),
        "identifier", root.get(Grant_.identifier),
        "status", root.get(Grant_.status),
        "awardDate", root.get(Grant_.awardDate),
        "amountAwarded", root.get(Grant_.amountAwarded),
        "amountAppliedFor", root.get(Grant_.amountAppliedFor));
  }

  @Override
  protected String defaultSort() {
    return "title";
  }
}
