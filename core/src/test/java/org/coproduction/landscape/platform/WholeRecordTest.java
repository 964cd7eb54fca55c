package org.coproduction.landscape.platform;

import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceUnitUtil;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.Grants;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkRelation;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.network.RelationType;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.testing.Boundaries;
import org.coproduction.landscape.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A record found by its register comes whole, as its page and form show it: what the register's
 * fetch plan names is loaded before the transaction ends, so that the screen loads nothing one by
 * one afterwards (and no screen has to touch collections to load them).
 */
class WholeRecordTest {

  private static final PersistenceUnitUtil LOADED = TestDatabase.emf().getPersistenceUnitUtil();

  @Test
  void aNetworkComesWithItsRelationsTheirNetworksItsSectorsAndAreas() {
    long id =
        inTransaction(
            em -> {
              Network parent = new Network("Whole record parent", NetworkScope.NATIONAL);
              Network member = new Network("Whole record member", NetworkScope.LOCAL);
              member.covering(AreaCode.of(Area.WALES));
              member.relateTo(RelationType.MEMBER_OF, parent);
              em.persist(parent);
              em.persist(member);
              return member.getId();
            });
    Network found =
        inTransaction(
            (java.util.function.Function<jakarta.persistence.EntityManager, Network>)
                em -> Boundaries.wired(Networks.class, em).find(id));
    assertTrue(LOADED.isLoaded(found, "relations"), "relations loaded");
    assertTrue(LOADED.isLoaded(found, "sectors"), "sectors loaded");
    assertTrue(LOADED.isLoaded(found, "areas"), "areas loaded");
    NetworkRelation relation = found.getRelations().iterator().next();
    assertTrue(LOADED.isLoaded(relation, "to"), "the related network loaded");
    assertEquals("Whole record parent", relation.getTo().getName());
  }

  @Test
  void aGrantComesWithItsFunderAndAreas() {
    long id =
        inTransaction(
            em -> {
              Organisation funder =
                  new Organisation("Whole record funder", OrganisationType.FUNDER);
              em.persist(funder);
              Grant g = new Grant("360G-whole-1", "Whole", "Test", funder);
              g.award(new BigDecimal("10.00"), LocalDate.of(2024, 1, 1));
              g.benefiting(AreaCode.of(Area.WALES));
              em.persist(g);
              return g.getId();
            });
    Grant found =
        inTransaction(
            (java.util.function.Function<jakarta.persistence.EntityManager, Grant>)
                em -> Boundaries.wired(Grants.class, em).find(id));
    assertTrue(LOADED.isLoaded(found, "funder"), "funder loaded");
    assertTrue(LOADED.isLoaded(found, "beneficiaryAreas"), "areas loaded");
  }
}
