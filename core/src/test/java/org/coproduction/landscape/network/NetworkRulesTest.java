package org.coproduction.landscape.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkRulesTest {

  private Network network;
  private Network regional;

  @BeforeEach
  void anActiveLocalNetwork() {
    network = new Network("Derby Co-production Forum", NetworkScope.LOCAL);
    network.setId(1L);
    network.getLifecycle().setFoundedOn(LocalDate.of(2012, 1, 1));
    regional = new Network("East Midlands Co-production Alliance", NetworkScope.REGIONAL);
    regional.setId(2L);
  }

  @Test
  void closingRecordsWhenWhyAndWhoCarriesOn() {
    network.close(LocalDate.of(2019, 9, 30), "Its host closed.", regional);

    Lifecycle life = network.getLifecycle();
    assertEquals(LifecycleStatus.CLOSED, life.getStatus());
    assertTrue(life.isClosed());
    assertFalse(network.isActive());
    assertEquals(LocalDate.of(2019, 9, 30), life.getClosedOn());
    assertEquals("Its host closed.", life.getClosureReason());
    assertSame(regional, network.getSuccessor());
    assertEquals(1, network.getRelations().size());
    assertEquals(RelationType.SUCCEEDED_BY, network.getRelations().get(0).getType());
    assertSame(regional, network.getRelations().get(0).getTo());
    assertEquals(Map.of(), network.brokenRules());
  }

  @Test
  void aNetworkCannotCloseTwice() {
    network.close(LocalDate.of(2019, 9, 30), "Its host closed.", null);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> network.close(LocalDate.of(2020, 1, 1), "Again", null));
    assertTrue(e.getMessage().contains("already closed"), e.getMessage());
    assertEquals(
        LocalDate.of(2019, 9, 30),
        network.getLifecycle().getClosedOn(),
        "the first closing stands");
  }

  @Test
  void aNetworkCannotSucceedItself() {
    assertThrows(
        IllegalArgumentException.class,
        () -> network.close(LocalDate.of(2019, 9, 30), "Renamed", network));
    assertFalse(network.getLifecycle().isClosed());
  }

  @Test
  void aClosedNetworkNeedsTheDateAndTheReason() {
    network.getLifecycle().setStatus(LifecycleStatus.CLOSED);
    Map<String, String> broken = network.brokenRules();
    assertEquals(Set.of("lifecycle.closedOn", "lifecycle.closureReason"), broken.keySet());
    assertEquals("A closed network needs the date it closed", broken.get("lifecycle.closedOn"));
    assertEquals("Say why the network closed", broken.get("lifecycle.closureReason"));

    Network other = new Network("Other", NetworkScope.LOCAL);
    other.close(LocalDate.of(2019, 9, 30), " ", null);
    assertEquals(
        Set.of("lifecycle.closureReason"),
        other.brokenRules().keySet(),
        "a blank reason is no reason");
  }

  @Test
  void aNetworkCannotCloseBeforeItWasFounded() {
    network.close(LocalDate.of(2011, 12, 31), "Never started.", null);
    assertEquals(
        "A network cannot close before it was founded",
        network.brokenRules().get("lifecycle.closedOn"));
  }

  @Test
  void onlyAClosedNetworkHasAClosingDateOrASuccessor() {
    network.getLifecycle().setClosedOn(LocalDate.of(2019, 9, 30));
    assertEquals(
        "Only a closed network has a closing date",
        network.brokenRules().get("lifecycle.closedOn"));

    network.getLifecycle().setClosedOn(null);
    network.setSuccessor(regional);
    assertEquals("Only a closed network has a successor", network.brokenRules().get("successor"));
  }

  @Test
  void aNetworkCannotBeFoundedInTheFuture() {
    network.getLifecycle().setFoundedOn(LocalDate.now().plusDays(1));
    assertEquals(
        "The founding date cannot be in the future",
        network.brokenRules().get("lifecycle.foundedOn"));
  }

  @Test
  void aNetworkCannotBeRelatedToItself() {
    network.relateTo(RelationType.MEMBER_OF, network);
    assertEquals("A network cannot be related to itself", network.brokenRules().get("relations"));
  }

  @Test
  void aRelationIsRecordedOnce() {
    network.relateTo(RelationType.MEMBER_OF, regional);
    network.relateTo(RelationType.MEMBER_OF, regional);
    network.relateTo(RelationType.AFFILIATED_WITH, regional);
    assertEquals(2, network.getRelations().size());
  }

  @Test
  void aClosedNetworkStaysClosedWhileDormantOnesMayComeBack() {
    assertFalse(LifecycleStatus.CLOSED.mayBecome(LifecycleStatus.ACTIVE));
    assertFalse(LifecycleStatus.CLOSED.mayBecome(LifecycleStatus.DORMANT));
    assertTrue(LifecycleStatus.CLOSED.mayBecome(LifecycleStatus.CLOSED));
    assertTrue(LifecycleStatus.DORMANT.mayBecome(LifecycleStatus.ACTIVE));
    assertTrue(LifecycleStatus.ACTIVE.mayBecome(LifecycleStatus.DORMANT));
    assertFalse(LifecycleStatus.ACTIVE.mayBecome(LifecycleStatus.EMERGING));
    assertTrue(LifecycleStatus.EMERGING.mayBecome(LifecycleStatus.ACTIVE));
  }

  @Test
  void aNewNetworkIsActiveWithNoSuccessor() {
    Network fresh = new Network("New", NetworkScope.LOCAL);
    assertTrue(fresh.isActive());
    assertNull(fresh.getSuccessor());
    assertEquals(Map.of(), fresh.brokenRules());
  }
}
