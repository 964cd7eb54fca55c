package org.coproduction.landscape.knowledge;

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
import org.coproduction.landscape.event.Event_;
import org.coproduction.landscape.network.Network_;
import org.coproduction.landscape.platform.ListEntry_;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.vocabulary.Sector_;

/**
 * What the field learned: insights and lessons, searchable by text, theme, sector, area, network,
 * event.
 */
@Stateless
public class Insights extends Registry<Insight> {

  /** The filters a list of insights understands. */
  public static final String THEME = "theme",
      SECTOR = "sector",
      AREA = "area",
      NETWORK = "network",
      EVENT = "event";

  @Override
  protected void wholeRecord(EntityGraph<Insight> plan) {
    plan.addAttributeNodes("theme", "event", "networks", "sectors", "areas");
  }

  @Override
  protected String kind() {
    return "insight";
  }

  @Override
  protected Class<Insight> type() {
    return Insight.class;
  }

  @Override
  protected void fetch(Root<Insight> root) {
    root.fetch(Insight_.theme, JoinType.LEFT);
    root.fetch(Insight_.event, JoinType.LEFT);
  }

  @Override
  protected List<Predicate> where(
      CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Insight> root, ListQuery q) {
    allowOnly(q, THEME, SECTOR, AREA, NETWORK, EVENT);
    List<Predicate> p = new ArrayList<>();
    if (q.text() != null) {
      p.add(contains(cb, q.text(), List.of(root.get(Insight_.text), root.get(Insight_.source))));
    }
    if (q.filter(THEME) != null) {
      p.add(cb.equal(root.get(Insight_.theme).get(ListEntry_.code), q.filter(THEME).toUpperCase()));
    }
    if (q.filter(EVENT) != null) {
      p.add(cb.equal(root.get(Insight_.event).get(Event_.id), idFilter(EVENT, q.filter(EVENT))));
    }
    if (q.filter(SECTOR) != null) {
      p.add(
          holds(
              cb,
              cq,
              root,
              Insight_.sectors,
              e -> e.get(Sector_.code),
              q.filter(SECTOR).toUpperCase()));
    }
    if (q.filter(NETWORK) != null) {
      p.add(
          holds(
              cb,
              cq,
              root,
              Insight_.networks,
              e -> e.get(Network_.id),
              idFilter(NETWORK, q.filter(NETWORK))));
    }
    if (q.filter(AREA) != null) {
      p.add(holds(cb, cq, root, Insight_.areas, e -> e, areaFilter(AREA, q.filter(AREA))));
    }
    return p;
  }

  @Override
  protected Map<String, Expression<?>> sortKeys(Root<Insight> root) {
    return Map.of("recordedOn", root.get(Insight_.recordedOn), "source", root.get(Insight_.source));
  }

  @Override
  protected String defaultSort() {
    return "recordedOn";
  }
}
