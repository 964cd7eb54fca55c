package org.coproduction.landscape.register;

import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.testing.Boundaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a download of a list reads: every record the list counts, in the list's order, in batches,
 * whatever the list's page; on the test database (H2, or PostgreSQL with {@code -Ppostgres}).
 */
class EachIdTest {

  private static final String RUN = "Each id " + UUID.randomUUID().toString().substring(0, 8);

  /** More than one batch of networks in Wales, one in three active, and one elsewhere. */
  private static final int IN_WALES = Registry.ID_BATCH + 234;

  @BeforeAll
  static void recordNetworks() {
    inTransaction(
        em -> {
          for (int i = 0; i < IN_WALES; i++) {
            Network n =
                new Network(
                    RUN + " " + String.format("%05d", (i * 7919) % IN_WALES), NetworkScope.LOCAL);
            n.covering(AreaCode.of(Area.WALES));
            n.getLifecycle()
                .setStatus(i % 3 == 0 ? LifecycleStatus.ACTIVE : LifecycleStatus.DORMANT);
            n.setMembershipEstimate(i % 10);
            em.persist(n);
          }
          Network elsewhere = new Network(RUN + " in Scotland", NetworkScope.LOCAL);
          elsewhere.covering(AreaCode.of(Area.SCOTLAND));
          elsewhere.getLifecycle().setStatus(LifecycleStatus.DORMANT);
          elsewhere.setMembershipEstimate(5);
          em.persist(elsewhere);
        });
  }

  /** {@code work}'s answer, read in a transaction of its own. */
  private static <R> R read(Function<EntityManager, R> work) {
    return inTransaction(work);
  }

  private static List<List<Long>> batches(ListQuery q) {
    return read(
        em -> {
          List<List<Long>> batches = new ArrayList<>();
          long handed = Boundaries.wired(Networks.class, em).eachId(q, batches::add);
          assertEquals(batches.stream().mapToInt(List::size).sum(), handed);
          return batches;
        });
  }

  private static ListQuery query(String sort, Map<String, String> filters) {
    return ListQuery.of(3, 10, sort, RUN, filters);
  }

  @Test
  void everyRecordTheListCountsInTheListsOrderWhateverItsPage() {
    ListQuery q = query("name", Map.of("area", Area.WALES.gssCode()));
    List<List<Long>> batches = batches(q);
    List<Long> ids = batches.stream().flatMap(List::stream).toList();
    long counted = read(em -> Boundaries.wired(Networks.class, em).count(q));
    assertEquals(IN_WALES, counted);
    assertEquals(counted, ids.size());
    assertEquals(2, batches.size(), "a full batch, then the rest");
    assertEquals(Registry.ID_BATCH, batches.get(0).size());

    List<Long> byName =
        read(
            em ->
                em.createQuery(
                        "select n.id from Network n where n.name like :run and n.name <> :scotland"
                            + " order by n.name",
                        Long.class)
                    .setParameter("run", RUN + "%")
                    .setParameter("scotland", RUN + " in Scotland")
                    .getResultList());
    assertEquals(byName, ids);
  }

  @Test
  void aPageSaysHowManyMatchInAllOnTheLastPagePastItAndWhenNoneMatch() {
    ListQuery q = query("name", Map.of("area", Area.WALES.gssCode()));
    var first = read(em -> Boundaries.wired(Networks.class, em).list(q.withPage(0)));
    assertEquals(IN_WALES, first.total(), "counted with the page's rows");
    assertEquals(10, first.items().size());
    int last = (IN_WALES - 1) / 10;
    var end = read(em -> Boundaries.wired(Networks.class, em).list(q.withPage(last)));
    assertEquals(IN_WALES, end.total());
    assertEquals(IN_WALES - last * 10, end.items().size(), "the rest");
    var past = read(em -> Boundaries.wired(Networks.class, em).list(q.withPage(last + 5)));
    assertEquals(IN_WALES, past.total(), "past the last page, still how many match");
    assertTrue(past.items().isEmpty());
    var none =
        read(
            em ->
                Boundaries.wired(Networks.class, em)
                    .list(ListQuery.of(0, 10, "name", RUN + " nowhere", Map.of())));
    assertEquals(0, none.total());
    assertTrue(none.items().isEmpty());
  }

  @Test
  void aFilterAndADescendingSortAreTheListsOwn() {
    ListQuery q = query("-membershipEstimate", Map.of("status", "active"));
    List<Long> ids = batches(q).stream().flatMap(List::stream).toList();
    List<Network> first =
        read(em -> Boundaries.wired(Networks.class, em).list(q.withPage(0)).items());
    assertEquals((IN_WALES + 2) / 3, ids.size());
    assertEquals(first.stream().map(Network::getId).toList(), ids.subList(0, first.size()));
    Map<Long, Integer> members =
        read(
            em ->
                em
                    .createQuery("select n from Network n where n.name like :run", Network.class)
                    .setParameter("run", RUN + "%")
                    .getResultList()
                    .stream()
                    .collect(Collectors.toMap(Network::getId, n -> n.getMembershipEstimate())));
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(
          members.get(ids.get(i - 1)) > members.get(ids.get(i))
              || members.get(ids.get(i - 1)).equals(members.get(ids.get(i)))
                  && ids.get(i - 1) < ids.get(i),
          "members descending, then by id, at " + i);
    }
  }

  @Test
  void anUnknownFilterOrSortIsRefusedByName() {
    InvalidRecordException filter =
        assertThrows(
            InvalidRecordException.class, () -> batches(query(null, Map.of("colour", "red"))));
    assertTrue(filter.messages().containsKey("colour"), filter.messages().toString());
    InvalidRecordException sort =
        assertThrows(InvalidRecordException.class, () -> batches(query("colour", Map.of())));
    assertTrue(sort.messages().containsKey("sort"), sort.messages().toString());
  }
}
