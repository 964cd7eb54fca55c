package org.coproduction.landscape.knowledge;

import jakarta.ejb.Stateless;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.event.Event_;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.Network_;
import org.coproduction.landscape.network.Sector_;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListEntry_;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Registry;

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
      p.add(cb.equal(root.get(Insight_.event).get(Event_.id), id(EVENT, q.filter(EVENT))));
    }
    if (q.filter(SECTOR) != null) {
      Subquery<Long> s = cq.subquery(Long.class);
      Root<Insight> i = s.from(Insight.class);
      s.select(i.get(Insight_.id))
          .where(
              cb.equal(i.get(Insight_.id), root.get(Insight_.id)),
              cb.equal(i.join(Insight_.sectors).get(Sector_.code), q.filter(SECTOR).toUpperCase()));
      p.add(cb.exists(s));
    }
    if (q.filter(NETWORK) != null) {
      Subquery<Long> s = cq.subquery(Long.class);
      Root<Insight> i = s.from(Insight.class);
      s.select(i.get(Insight_.id))
          .where(
              cb.equal(i.get(Insight_.id), root.get(Insight_.id)),
              cb.equal(i.join(Insight_.networks).get(Network_.id), id(NETWORK, q.filter(NETWORK))));
      p.add(cb.exists(s));
    }
    if (q.filter(AREA) != null) {
      String code = q.filter(AREA).toUpperCase();
      if (!AreaCode.isValid(code)) {
        throw new InvalidRecordException(AREA, "'" + q.filter(AREA) + "' is not a GSS area code");
      }
      Subquery<Long> s = cq.subquery(Long.class);
      Root<Insight> i = s.from(Insight.class);
      s.select(i.get(Insight_.id))
          .where(
              cb.equal(i.get(Insight_.id), root.get(Insight_.id)),
              cb.equal(i.join(Insight_.areas), new AreaCode(code)));
      p.add(cb.exists(s));
    }
    return p;
  }

  private static Long id(String filter, String value) {
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new InvalidRecordException(filter, "The " + filter + " filter is the id of a record");
    }
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
