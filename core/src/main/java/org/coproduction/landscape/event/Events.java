package org.coproduction.landscape.event;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.network.Network_;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.register.Registry;

/** The register of events: who came, in what role, which networks were there, what came of it. */
@Stateless
public class Events extends Registry<Event> {

  /** The filters a list of events understands. */
  public static final String TYPE = "type",
      NETWORK = "network",
      FROM = "from",
      TO = "to",
      AREA = "area";

  @Override
  protected void wholeRecord(EntityGraph<Event> plan) {
    plan.addAttributeNodes(
        "convenor", "networksRepresented", "themes", "areas", "followsOn", "followedBy");
    plan.addSubgraph("participations").addAttributeNodes("person", "organisationAtTheTime");
  }

  @Override
  protected String kind() {
    return "event";
  }

  @Override
  protected Class<Event> type() {
    return Event.class;
  }

  @Override
  protected void fetch(Root<Event> root) {
    root.fetch(Event_.convenor, JoinType.LEFT);
  }

  @Override
  protected List<Predicate> where(
      CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Event> root, ListQuery q) {
    allowOnly(q, TYPE, NETWORK, FROM, TO, AREA);
    List<Predicate> p = new ArrayList<>();
    if (q.text() != null) {
      p.add(contains(cb, q.text(), List.of(root.get(Event_.title), root.get(Event_.description))));
    }
    if (q.filter(TYPE) != null) {
      p.add(cb.equal(root.get(Event_.type), enumFilter(TYPE, q.filter(TYPE), EventType.class)));
    }
    if (q.filter(FROM) != null) {
      p.add(
          cb.greaterThanOrEqualTo(
              root.get(Event_.startsAt), date(FROM, q.filter(FROM)).atStartOfDay()));
    }
    if (q.filter(TO) != null) {
      p.add(
          cb.lessThan(
              root.get(Event_.startsAt), date(TO, q.filter(TO)).plusDays(1).atStartOfDay()));
    }
    if (q.filter(AREA) != null) {
      p.add(holds(cb, cq, root, Event_.areas, e -> e, areaFilter(AREA, q.filter(AREA))));
    }
    if (q.filter(NETWORK) != null) {
      long networkId = idFilter(NETWORK, q.filter(NETWORK));
      p.add(holds(cb, cq, root, Event_.networksRepresented, e -> e.get(Network_.id), networkId));
    }
    return p;
  }

  private static LocalDate date(String filter, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException(filter, "The " + filter + " date is written YYYY-MM-DD");
    }
  }

  @Override
  protected Map<String, Expression<?>> sortKeys(Root<Event> root) {
    return Map.of(
        "startsAt",
        root.get(Event_.startsAt),
        "title",
        root.get(Event_.title),
        "type",
        root.get(Event_.type));
  }

  @Override
  protected String defaultSort() {
    return "startsAt";
  }
}
