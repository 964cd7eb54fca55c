package org.coproduction.landscape.network;

import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.junit.jupiter.api.Test;

/**
 * The areas and identifiers of a page of records, read in batches, can be read and the transaction
 * then write and commit (EclipseLink 4.0.7 failed here when they were embeddables).
 */
class AreaBatchReadingTest {

  @Test
  void areasOfSeveralNetworksAreReadThenTheTransactionWritesAndCommits() {
    inTransaction(
        em -> {
          Organisation host =
              new Organisation("Batch host", OrganisationType.CHARITY)
                  .identifiedBy("GB-CHC-9990777");
          em.persist(host);
          for (int i = 0; i < 5; i++) {
            em.persist(
                new Network("Batch network " + i, NetworkScope.LOCAL)
                    .covering(AreaCode.of(Area.ukTable().get(i)), new AreaCode("E06000001"))
                    .hostedBy(host));
          }
        });
    int total =
        inTransaction(
            em -> {
              List<Network> page =
                  em.createQuery(
                          "select n from Network n where n.name like 'Batch network %' order by n.name",
                          Network.class)
                      .getResultList();
              int n = 0;
              for (Network network : page) {
                n += network.getAreas().size();
                n += network.getHost().getIdentifiers().size();
              }
              page.get(0).setDescription("read then written");
              em.createQuery("select count(g) from Grant g", Long.class).getSingleResult();
              em.flush();
              return n;
            });
    assertEquals(15, total);
  }
}
