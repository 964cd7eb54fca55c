package org.coproduction.landscape.network;

import static org.coproduction.landscape.testing.TestDatabase.emf;
import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.testing.Boundaries;
import org.coproduction.landscape.testing.SqlStatements;
import org.coproduction.landscape.vocabulary.Sector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page of the network list as the screen shows it (name, host, areas, sectors) costs at most
 * three SQL statements, whatever its filters, sort and page, and shows each network's own areas and
 * sectors in the list's order; on the test database (H2, or PostgreSQL with {@code -Ppostgres}).
 */
class NetworkListPageTest {

  private static final String RUN = "List page " + UUID.randomUUID().toString().substring(0, 8);

  /** 40 networks: each in two areas of its own pair and one or two sectors, every third hosted. */
  private static final int NETWORKS = 40;

  private static final List<String> AREAS =
      List.of("W92000004", "S92000003", "E12000003", "E12000007");

  @BeforeAll
  static void recordNetworks() {
    inTransaction(
        em -> {
          String token = RUN.substring(RUN.length() - 8).toUpperCase();
          Sector arts = new Sector("ARTS_" + token, "Arts " + token);
          Sector housing = new Sector("HOUSING_" + token, "Housing " + token);
          em.persist(arts);
          em.persist(housing);
          for (int i = 0; i < NETWORKS; i++) {
            Network n =
                new Network(RUN + String.format(" %02d", (i * 17) % NETWORKS), NetworkScope.LOCAL);
            n.covering(new AreaCode(AREAS.get(i % 4)), new AreaCode(AREAS.get((i + 1) % 4)));
            n.in(i % 2 == 0 ? new Sector[] {arts, housing} : new Sector[] {arts});
            if (i % 3 == 0) {
              Organisation host = new Organisation(RUN + " host " + i, OrganisationType.CHARITY);
              em.persist(host);
              n.hostedBy(host);
            }
            em.persist(n);
          }
        });
  }

  /** A row as the screen shows it: name, host, areas and sectors. */
  private static String row(Network n) {
    return n.getName()
        + " | "
        + (n.getHost() == null ? "-" : n.getHost().getName())
        + " | "
        + n.getAreas().stream().map(AreaCode::code).sorted().collect(Collectors.joining(","))
        + " | "
        + n.getSectors().stream().map(Sector::getName).sorted().collect(Collectors.joining(","));
  }

  /** The page as the screen reads it: every row's name, host, areas and sectors. */
  private static SqlStatements.Sent<List<String>> shown(ListQuery q) {
    return SqlStatements.during(
        emf(),
        () ->
            inTransaction(
                em -> {
                  Page<Network> page = Boundaries.wired(Networks.class, em).list(q);
                  return page.items().stream().map(NetworkListPageTest::row).toList();
                }));
  }

  /**
   * The same rows from every network of this run read by a plain query in the list's order, each
   * network's host, areas and sectors loaded on their own.
   */
  private static List<String> expected(ListQuery q, int from, int to) {
    return inTransaction(
        em -> {
          List<Network> all =
              em.createQuery(
                      "select n from Network n where n.name like :run order by n.name, n.id",
                      Network.class)
                  .setParameter("run", RUN + "%")
                  .getResultList();
          return all.stream()
              .filter(
                  n ->
                      q.filter(Networks.AREA) == null
                          || n.getAreas().contains(new AreaCode(q.filter(Networks.AREA))))
              .map(NetworkListPageTest::row)
              .toList()
              .subList(from, to);
        });
  }

  private static void assertAtMost(int statements, SqlStatements.Sent<?> sent) {
    assertTrue(
        sent.statements().size() <= statements,
        sent.statements().size() + " statements: " + sent.statements());
  }

  @Test
  void theFirstPageShowsItsNetworksWithTheirHostsAreasAndSectorsInThreeStatements() {
    ListQuery q = ListQuery.of(0, 25, "name", RUN, Map.of());
    SqlStatements.Sent<List<String>> page = shown(q);
    assertEquals(expected(q, 0, 25), page.answer());
    assertAtMost(3, page);
  }

  @Test
  void aLaterPageAndAFilteredPageCostTheSame() {
    ListQuery second = ListQuery.of(1, 25, "name", RUN, Map.of());
    SqlStatements.Sent<List<String>> page = shown(second);
    assertEquals(expected(second, 25, NETWORKS), page.answer());
    assertAtMost(3, page);

    ListQuery inWales = ListQuery.of(0, 25, "name", RUN, Map.of(Networks.AREA, "W92000004"));
    SqlStatements.Sent<List<String>> wales = shown(inWales);
    assertEquals(expected(inWales, 0, 20), wales.answer());
    assertAtMost(3, wales);
  }

  @Test
  void aPageBeyondTheLastIsEmptyAndCountsTheMatches() {
    ListQuery beyond = ListQuery.of(5, 25, "name", RUN, Map.of());
    SqlStatements.Sent<Long> page =
        SqlStatements.during(
            emf(),
            () ->
                inTransaction(
                    em -> {
                      Page<Network> p = Boundaries.wired(Networks.class, em).list(beyond);
                      assertTrue(p.items().isEmpty(), "rows beyond the last page: " + p.items());
                      return p.total();
                    }));
    assertEquals(NETWORKS, page.answer());
    assertAtMost(2, page);
  }
}
