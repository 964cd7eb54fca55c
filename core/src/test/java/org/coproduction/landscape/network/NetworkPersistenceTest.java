package org.coproduction.landscape.network;

import static org.coproduction.landscape.testing.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.EventType;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.knowledge.Insight;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.people.LawfulBasis;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.vocabulary.Sector;
import org.coproduction.landscape.vocabulary.Theme;
import org.junit.jupiter.api.Test;

/** The whole domain written to and read back from the real test database through the migrations. */
class NetworkPersistenceTest {

  @Test
  void aNetworkWithItsHostAreasSectorsRelationsGrantEventAndInsightIsStoredAndReadBack() {
    long id =
        inTransaction(
            em -> {
              Sector housing = new Sector("HOUSING_T", "Housing");
              Theme covid = new Theme("COVID_T", "Covid impact");
              em.persist(housing);
              em.persist(covid);
              Organisation host =
                  new Organisation("Network host for tests", OrganisationType.NETWORK_HOST)
                      .identifiedBy("GB-CHC-9990001")
                      .in(Area.WALES);
              em.persist(host);
              Network parent = new Network("UK network of networks", NetworkScope.UK_WIDE);
              em.persist(parent);
              Network wales =
                  new Network("Wales test network", NetworkScope.NATIONAL)
                      .covering(AreaCode.of(Area.WALES))
                      .in(housing)
                      .hostedBy(host);
              wales.relateTo(RelationType.MEMBER_OF, parent);
              em.persist(wales);
              Person p =
                  new Person(
                      "Test Person",
                      host,
                      "Lead",
                      new LawfulBasis(
                          LawfulBasis.Basis.CONSENT, "form", LocalDate.of(2020, 11, 1)));
              em.persist(p);
              Event e =
                  new Event(
                      "Roundtable", EventType.ROUNDTABLE, LocalDateTime.of(2020, 11, 19, 10, 0));
              e.setOnline(true);
              e.add(p, ParticipantRole.PARTICIPANT);
              e.getNetworksRepresented().add(wales);
              em.persist(e);
              Grant g = new Grant("360G-test-1", "Grant", "For testing", host);
              g.setRecipientNetwork(wales);
              g.award(new BigDecimal("1000.50"), LocalDate.of(2020, 3, 1));
              g.benefiting(AreaCode.of(Area.WALES));
              em.persist(g);
              em.persist(
                  new Insight(
                          "Covid paused the work", covid, LocalDate.of(2020, 11, 19), "Roundtable")
                      .from(e)
                      .about(wales));
              em.flush();
              return wales.getId();
            });

    inTransaction(
        em -> {
          Network n = em.find(Network.class, id);
          assertEquals("Network host for tests", n.getHost().getName());
          assertTrue(n.getAreas().contains(new AreaCode("W92000004")));
          assertEquals("HOUSING_T", n.getSectors().iterator().next().getCode());
          assertEquals(RelationType.MEMBER_OF, n.getRelations().get(0).getType());
          Grant g =
              em.createQuery(
                      "select g from Grant g where g.identifier = '360G-test-1'", Grant.class)
                  .getSingleResult();
          assertEquals(new BigDecimal("1000.50"), g.getAmountAwarded());
          assertEquals(
              1L,
              em.createQuery(
                      "select count(i) from Insight i join i.networks n where n.id = :id",
                      Long.class)
                  .setParameter("id", id)
                  .getSingleResult());
        });
  }
}
