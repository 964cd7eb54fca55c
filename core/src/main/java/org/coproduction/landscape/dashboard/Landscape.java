package org.coproduction.landscape.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.funding.GrantStatus;
import org.coproduction.landscape.funding.Money;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.geography.UkTable;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Lifecycle_;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkRelation;
import org.coproduction.landscape.network.NetworkRelation_;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.network.Network_;
import org.coproduction.landscape.network.RelationType;
import org.coproduction.landscape.platform.Database;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.vocabulary.Sector_;

/**
 * The landscape at a glance: how many networks are active, dormant or closed, how much funding was
 * awarded, paused or lost, how many events and insights there are, where the active networks are
 * and in which sectors. Every figure is one aggregate query in the database, however many records
 * there are.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
public class Landscape {

  @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
  EntityManager em;

  /**
   * The headline figures. The money figures follow their one definition ({@link LandscapeFigure}),
   * the same as in every document: amounts in pounds, grants in other currencies never added up.
   */
  public record Figures(
      Map<LifecycleStatus, Long> networksByStatus,
      Map<LandscapeFigure, BigDecimal> funding,
      Map<LandscapeFigure, Long> fundingGrants,
      long events,
      long insights)
      implements Serializable {

    /** The pounds of a figure, by its one definition ({@link LandscapeFigure}). */
    public BigDecimal poundsOf(LandscapeFigure figure) {
      return funding.getOrDefault(figure, BigDecimal.ZERO);
    }

    /** How many grants a figure adds up. */
    public long grantsIn(LandscapeFigure figure) {
      return fundingGrants.getOrDefault(figure, 0L);
    }

    public long networks(LifecycleStatus status) {
      return networksByStatus.getOrDefault(status, 0L);
    }
  }

  /** One bar or slice of a chart: a label and a number. */
  public record Count(String label, long count) implements Serializable {}

  /** Pounds of funding in one year and status. */
  public record Funding(int year, GrantStatus status, BigDecimal pounds) implements Serializable {}

  /** Events that started in one year. */
  public record YearCount(int year, long count) implements Serializable {}

  public Figures figures() {
    Map<LifecycleStatus, Long> networks = new EnumMap<>(LifecycleStatus.class);
    for (Object[] row :
        em.createQuery(
                "select n.lifecycle.status, count(n) from Network n group by n.lifecycle.status",
                Object[].class)
            .getResultList()) {
      networks.put((LifecycleStatus) row[0], (Long) row[1]);
    }
    StringBuilder sums = new StringBuilder("select ");
    for (LandscapeFigure f : LandscapeFigure.values()) {
      sums.append(f.poundsSql()).append(", ").append(f.grantsSql()).append(", ");
    }
    Object[] row =
        (Object[])
            em.createNativeQuery(sums.append("0 from funding_grant g").toString())
                .getSingleResult();
    Map<LandscapeFigure, BigDecimal> funding = new EnumMap<>(LandscapeFigure.class);
    Map<LandscapeFigure, Long> fundingGrants = new EnumMap<>(LandscapeFigure.class);
    for (LandscapeFigure f : LandscapeFigure.values()) {
      Object sum = row[2 * f.ordinal()];
      Object count = row[2 * f.ordinal() + 1];
      funding.put(f, sum == null ? BigDecimal.ZERO : new BigDecimal(sum.toString()));
      fundingGrants.put(f, count == null ? 0L : ((Number) count).longValue());
    }
    long events = em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
    long insights = em.createQuery("select count(i) from Insight i", Long.class).getSingleResult();
    return new Figures(networks, funding, fundingGrants, events, insights);
  }

  /**
   * Active networks by area, defined once for the dashboard's map and the documents' tables: each
   * active network counted once in every area its GSS codes fall in ({@link UkTable}); a network
   * with no area counts as UK-wide. Columns {@code area} (the area's GSS code) and {@code
   * networks}.
   */
  public static final String ACTIVE_NETWORKS_BY_AREA_SQL =
      "select "
          + UkTable.placeSql("coalesce(na.area_code, '" + AreaCode.UNITED_KINGDOM + "')")
          + " as area, count(distinct n.id) as networks"
          + " from network n left join network_area na on na.network_id = n.id"
          + " where n.status = '"
          + LifecycleStatus.ACTIVE.name()
          + "' group by "
          + UkTable.placeSql("coalesce(na.area_code, '" + AreaCode.UNITED_KINGDOM + "')");

  /**
   * Active networks in each of the twelve areas of a UK table (the nine English regions, Wales,
   * Scotland, Northern Ireland), by GSS code, in that order; areas without any have 0. See {@link
   * #ACTIVE_NETWORKS_BY_AREA_SQL}.
   */
  public Map<Area, Long> activeNetworksByArea() {
    return ukTable(ACTIVE_NETWORKS_BY_AREA_SQL);
  }

  /**
   * Events by area, defined once for the dashboard's map and the documents' tables: each event
   * counted once in every area its GSS codes fall in ({@link UkTable}), by the rule of {@link
   * #ACTIVE_NETWORKS_BY_AREA_SQL}; an event with no area counts as UK-wide. Columns {@code area}
   * and {@code events}.
   */
  public static final String EVENTS_BY_AREA_SQL =
      "select "
          + UkTable.placeSql("coalesce(ea.area_code, '" + AreaCode.UNITED_KINGDOM + "')")
          + " as area, count(distinct e.id) as events"
          + " from event e left join event_area ea on ea.event_id = e.id group by "
          + UkTable.placeSql("coalesce(ea.area_code, '" + AreaCode.UNITED_KINGDOM + "')");

  /**
   * Events held in each of the twelve areas of a UK table, by GSS code, in that order; areas
   * without any have 0. See {@link #EVENTS_BY_AREA_SQL}.
   */
  public Map<Area, Long> eventsByArea() {
    return ukTable(EVENTS_BY_AREA_SQL);
  }

  /** The counts of a query by area (columns area, count) for the twelve areas of a UK table. */
  private Map<Area, Long> ukTable(String sql) {
    Map<Area, Long> counts = new LinkedHashMap<>();
    Area.ukTable().forEach(a -> counts.put(a, 0L));
    for (Object row : em.createNativeQuery(sql).getResultList()) {
      Object[] cells = (Object[]) row;
      Area.ofGssCode(cells[0].toString())
          .filter(counts::containsKey)
          .ifPresent(a -> counts.put(a, ((Number) cells[1]).longValue()));
    }
    return counts;
  }

  /** Networks that are not closed, by sector, most first. */
  public List<Count> openNetworksBySector() {
    return em
        .createQuery(
            "select s.name, count(n) from Network n join n.sectors s where n.lifecycle.status <> :closed"
                + " group by s.name order by count(n) desc, s.name",
            Object[].class)
        .setParameter("closed", LifecycleStatus.CLOSED)
        .getResultList()
        .stream()
        .map(row -> new Count((String) row[0], (Long) row[1]))
        .toList();
  }

  /**
   * Pounds of funding by year and status, oldest year first. The year is the award date's, or the
   * planned start's for funding never awarded; the amount is what was awarded, or what was applied
   * for.
   */
  public List<Funding> fundingByYearAndStatus() {
    List<Funding> result = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select extract(year from coalesce(g.awardDate, g.plannedStart)), g.status,"
                    + " sum(coalesce(g.amountAwarded, g.amountAppliedFor)) from Grant g"
                    + " where g.currency = :gbp and coalesce(g.awardDate, g.plannedStart) is not null"
                    + " group by extract(year from coalesce(g.awardDate, g.plannedStart)), g.status"
                    + " order by 1, 2",
                Object[].class)
            .setParameter("gbp", Money.GBP.getCurrencyCode())
            .getResultList()) {
      result.add(
          new Funding(
              ((Number) row[0]).intValue(),
              (GrantStatus) row[1],
              row[2] == null ? BigDecimal.ZERO : new BigDecimal(row[2].toString())));
    }
    return result;
  }

  /**
   * One relation between two networks, for the picture of the network of networks, with the scope
   * and status of each end (for the picture's colours).
   */
  public record Link(
      long fromId,
      String fromName,
      RelationType type,
      long toId,
      String toName,
      NetworkScope fromScope,
      LifecycleStatus fromStatus,
      NetworkScope toScope,
      LifecycleStatus toStatus)
      implements Serializable {}

  /**
   * Relations between networks, at most {@code limit}, where either network covers the area (GSS
   * code, or null for any) and works in the sector (code, or null for any); ordered by the names of
   * the networks.
   */
  public List<Link> relations(String areaCode, String sectorCode, int limit) {
    return relations(areaCode, sectorCode, null, null, limit);
  }

  /**
   * As {@link #relations(String, String, int)}, of one type only (null for any), and, with a {@code
   * focus} network, only the relations of that network and of the networks it is related to: its
   * neighbourhood two steps out.
   */
  public List<Link> relations(
      String areaCode, String sectorCode, RelationType type, Long focus, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<NetworkRelation> r = q.from(NetworkRelation.class);
    Join<NetworkRelation, Network> from = r.join(NetworkRelation_.from);
    Join<NetworkRelation, Network> to = r.join(NetworkRelation_.to);
    List<Predicate> where = new ArrayList<>();
    if (areaCode != null) {
      where.add(cb.or(covers(cb, q, from, areaCode), covers(cb, q, to, areaCode)));
    }
    if (sectorCode != null) {
      where.add(cb.or(worksIn(cb, q, from, sectorCode), worksIn(cb, q, to, sectorCode)));
    }
    if (type != null) {
      where.add(cb.equal(r.get(NetworkRelation_.type), type));
    }
    if (focus != null) {
      List<Long> near = new ArrayList<>(neighbours(focus));
      near.add(focus);
      where.add(cb.or(from.get(Network_.id).in(near), to.get(Network_.id).in(near)));
    }
    q.multiselect(
            from.get(Network_.id),
            from.get(Network_.name),
            r.get(NetworkRelation_.type),
            to.get(Network_.id),
            to.get(Network_.name),
            from.get(Network_.scope),
            from.get(Network_.lifecycle).get(Lifecycle_.status),
            to.get(Network_.scope),
            to.get(Network_.lifecycle).get(Lifecycle_.status))
        .where(where.toArray(Predicate[]::new));
    List<jakarta.persistence.criteria.Order> order = new ArrayList<>();
    if (focus != null) {
      // The focus's own relations first, so that a limit never leaves them out.
      order.add(
          cb.asc(
              cb.selectCase()
                  .when(
                      cb.or(
                          cb.equal(from.get(Network_.id), focus),
                          cb.equal(to.get(Network_.id), focus)),
                      0)
                  .otherwise(1)));
    }
    order.add(cb.asc(from.get(Network_.name)));
    order.add(cb.asc(to.get(Network_.name)));
    q.orderBy(order);
    return em.createQuery(q).setMaxResults(limit).getResultList().stream()
        .map(
            row ->
                new Link(
                    (Long) row[0],
                    (String) row[1],
                    (RelationType) row[2],
                    (Long) row[3],
                    (String) row[4],
                    (NetworkScope) row[5],
                    (LifecycleStatus) row[6],
                    (NetworkScope) row[7],
                    (LifecycleStatus) row[8]))
        .toList();
  }

  private static final int NEAR = 500;

  /** The networks related to {@code network}, either way (at most {@link #NEAR} each way). */
  private List<Long> neighbours(long network) {
    List<Long> ids = new ArrayList<>();
    ids.addAll(
        em.createQuery("select r.to.id from NetworkRelation r where r.from.id = :id", Long.class)
            .setParameter("id", network)
            .setMaxResults(NEAR)
            .getResultList());
    ids.addAll(
        em.createQuery("select r.from.id from NetworkRelation r where r.to.id = :id", Long.class)
            .setParameter("id", network)
            .setMaxResults(NEAR)
            .getResultList());
    return ids;
  }

  private static Predicate covers(
      CriteriaBuilder cb, CriteriaQuery<?> q, Join<?, Network> network, String areaCode) {
    Subquery<Long> s = q.subquery(Long.class);
    Root<Network> n = s.from(Network.class);
    s.select(n.get(Network_.id))
        .where(
            cb.equal(n.get(Network_.id), network.get(Network_.id)),
            cb.equal(n.join(Network_.areas), new AreaCode(areaCode)));
    return cb.exists(s);
  }

  private static Predicate worksIn(
      CriteriaBuilder cb, CriteriaQuery<?> q, Join<?, Network> network, String sectorCode) {
    Subquery<Long> s = q.subquery(Long.class);
    Root<Network> n = s.from(Network.class);
    s.select(n.get(Network_.id))
        .where(
            cb.equal(n.get(Network_.id), network.get(Network_.id)),
            cb.equal(n.join(Network_.sectors).get(Sector_.code), sectorCode));
    return cb.exists(s);
  }

  /** Events by the year they started, oldest first. */
  public List<YearCount> eventsByYear() {
    return em
        .createQuery(
            "select extract(year from e.startsAt), count(e) from Event e"
                + " group by extract(year from e.startsAt) order by 1",
            Object[].class)
        .getResultList()
        .stream()
        .map(row -> new YearCount(((Number) row[0]).intValue(), (Long) row[1]))
        .toList();
  }
}
