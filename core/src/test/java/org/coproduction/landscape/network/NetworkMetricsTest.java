package org.coproduction.landscape.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.landscape.network.NetworkMetrics.Metrics;
import org.junit.jupiter.api.Test;

/** The measures of small landscapes whose answers can be worked out by hand. */
class NetworkMetricsTest {

  private static long[] r(long from, long to) {
    return new long[] {from, to};
  }

  @Test
  void theMiddleOfAChainIsBetweenTheOthersAndNearestToThem() {
    // 1 - 2 - 3
    NetworkMetrics m = NetworkMetrics.of(List.of(r(1, 2), r(3, 2)));
    Metrics middle = m.of(2);
    assertEquals(2, middle.degree());
    assertEquals(2, middle.reach());
    assertEquals(1.0, middle.betweenness(), 1e-9, "the one path between 1 and 3 passes through 2");
    assertEquals(1.0, middle.closeness(), 1e-9, "next to both others");
    Metrics end = m.of(1);
    assertEquals(1, end.degree());
    assertEquals(2, end.reach());
    assertEquals(0.0, end.betweenness(), 1e-9);
    assertEquals(2.0 / 3.0, end.closeness(), 1e-9, "two others at 1 and 2 steps: 2 / 3");
  }

  @Test
  void aHubOfAStarLiesOnEveryPathAndTheLeavesOnNone() {
    List<long[]> star = new ArrayList<>();
    for (long leaf = 2; leaf <= 6; leaf++) {
      star.add(r(leaf, 1));
    }
    NetworkMetrics m = NetworkMetrics.of(star);
    assertEquals(5, m.of(1).degree());
    assertEquals(1.0, m.of(1).betweenness(), 1e-9);
    assertEquals(0.0, m.of(4).betweenness(), 1e-9);
    assertEquals(5.0 / 9.0, m.of(4).closeness(), 1e-9, "one other at 1 step, four at 2: 5 / 9");
    assertEquals(5, m.of(4).reach());
  }

  @Test
  void partsThatNeverMeetAreMeasuredEachOnItsOwn() {
    NetworkMetrics m = NetworkMetrics.of(List.of(r(1, 2), r(2, 3), r(10, 11)));
    assertEquals(2, m.of(1).reach());
    assertEquals(1, m.of(10).reach(), "11 only: the chain 1-2-3 is out of its reach");
    assertEquals(1.0, m.of(10).closeness(), 1e-9);
    assertEquals(0.0, m.of(10).betweenness(), 1e-9, "a pair has no one to be between");
    assertEquals(3, m.relations());
    assertEquals(5, m.networks());
    assertEquals(3, m.largestPart());
  }

  @Test
  void aNetworkWithoutRelationsHasNoDegreeNoReachAndIsNearNoOne() {
    NetworkMetrics m = NetworkMetrics.of(List.of(r(1, 2)));
    assertEquals(Metrics.ALONE, m.of(99));
    assertEquals(Metrics.ALONE, NetworkMetrics.of(List.of()).of(1));
  }

  @Test
  void twoRelationsBetweenTheSameNetworksCountTwiceForTheDegreeOnceForPaths() {
    // 1 is a member of 2 and affiliated with it; 2 - 3
    NetworkMetrics m = NetworkMetrics.of(List.of(r(1, 2), r(2, 1), r(2, 3), r(4, 4)));
    assertEquals(3, m.of(2).degree());
    assertEquals(1.0, m.of(2).betweenness(), 1e-9);
    assertEquals(Metrics.ALONE, m.of(4), "a relation to itself is left out");
    assertEquals(3, m.relations());
  }

  @Test
  void aPartTooLargeToMeasureExactlyKeepsItsDegreeAndReachAndSaysSo() {
    List<long[]> chain = new ArrayList<>();
    for (long n = 1; n <= NetworkMetrics.EXACT_LIMIT; n++) {
      chain.add(r(n, n + 1));
    }
    NetworkMetrics m = NetworkMetrics.of(chain);
    Metrics first = m.of(1);
    assertEquals(1, first.degree());
    assertEquals(NetworkMetrics.EXACT_LIMIT, first.reach());
    assertFalse(first.measured());
    assertNull(first.betweenness());
    assertNull(first.closeness());
    assertTrue(NetworkMetrics.of(List.of(r(1, 2))).of(1).measured());
  }
}
