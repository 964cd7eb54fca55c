package org.coproduction.landscape.network;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Where each network stands in the network of networks, the measures social network analysis (and
 * Kumu) uses, computed with JGraphT over every recorded relation between networks. A relation joins
 * two networks whichever way it is read (a member and the network it belongs to are joined both
 * ways); two relations between the same networks count twice for the degree and once for paths.
 *
 * <ul>
 *   <li><b>degree</b>: how many relations the network has;
 *   <li><b>reach</b>: how many other networks it can reach through relations, one after another;
 *   <li><b>betweenness</b>: the share of shortest paths between other networks of its part of the
 *       landscape that pass through it (0 to 1): a network that links groups that would otherwise
 *       not meet scores high;
 *   <li><b>closeness</b>: how near it is, on average, to the networks it can reach (1 when it is
 *       next to all of them; 0 when it reaches none).
 * </ul>
 *
 * <p>Betweenness and closeness are computed within each connected part of the landscape (a network
 * cannot be between, or near to, networks it never reaches), exactly, for parts of up to {@link
 * #EXACT_LIMIT} networks: their cost grows with the part's networks times its relations. A larger
 * part gets its degree and reach only, and {@link Metrics#measured()} says so.
 */
public final class NetworkMetrics implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest connected part whose betweenness and closeness are computed. */
  public static final int EXACT_LIMIT = 2_000;

  /** One network's measures. Betweenness and closeness are null where they were not computed. */
  public record Metrics(int degree, int reach, Double betweenness, Double closeness)
      implements Serializable {

    /** The measures of a network with no relation. */
    public static final Metrics ALONE = new Metrics(0, 0, 0.0, 0.0);

    /** Whether betweenness and closeness were computed (its part was small enough). */
    public boolean measured() {
      return betweenness != null;
    }
  }

  private final Map<Long, Metrics> byNetwork;
  private final int relations;

  private final int largestPart;

  private NetworkMetrics(Map<Long, Metrics> byNetwork, int relations, int largestPart) {
    this.byNetwork = byNetwork;
    this.relations = relations;
    this.largestPart = largestPart;
  }

  /**
   * The measures of every network that has a relation, from the relations as pairs of network ids
   * ({@code {from, to}}). A relation of a network to itself is left out.
   */
  public static NetworkMetrics of(Collection<long[]> relations) {
    Graph<Long, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    Map<Long, Integer> degree = new HashMap<>();
    int counted = 0;
    for (long[] r : relations) {
      if (r[0] == r[1]) {
        continue;
      }
      counted++;
      graph.addVertex(r[0]);
      graph.addVertex(r[1]);
      graph.addEdge(r[0], r[1]);
      degree.merge(r[0], 1, Integer::sum);
      degree.merge(r[1], 1, Integer::sum);
    }
    Map<Long, Metrics> result = new HashMap<>();
    int largest = 0;
    for (Set<Long> part : new ConnectivityInspector<>(graph).connectedSets()) {
      int reach = part.size() - 1;
      largest = Math.max(largest, part.size());
      if (part.size() > EXACT_LIMIT) {
        part.forEach(n -> result.put(n, new Metrics(degree.get(n), reach, null, null)));
        continue;
      }
      // A graph of its own for the part: JGraphT's subgraph view filters every edge list it is
      // asked for, which the measures ask for once a network per network.
      Graph<Long, DefaultEdge> sub = new SimpleGraph<>(DefaultEdge.class);
      part.forEach(sub::addVertex);
      for (Long n : part) {
        for (DefaultEdge e : graph.edgesOf(n)) {
          Long other = Graphs.getOppositeVertex(graph, e, n);
          if (n < other) {
            sub.addEdge(n, other);
          }
        }
      }
      // JGraphT divides by (n-1)(n-2), the number of ordered pairs of others; a relation is read
      // both ways, so each pair counts once: (n-1)(n-2)/2.
      Map<Long, Double> between = new BetweennessCentrality<>(sub, true).getScores();
      Map<Long, Double> close = new Closeness(sub).getScores();
      for (Long n : part) {
        result.put(
            n, new Metrics(degree.get(n), reach, 2 * finite(between.get(n)), finite(close.get(n))));
      }
    }
    return new NetworkMetrics(Map.copyOf(result), counted, largest);
  }

  /**
   * JGraphT's closeness with breadth-first search for the distances: relations have no weight, and
   * its default (Dijkstra's, with a heap, from every network) takes many times as long.
   */
  private static final class Closeness extends ClosenessCentrality<Long, DefaultEdge> {
    Closeness(Graph<Long, DefaultEdge> part) {
      super(part, false, true);
    }

    @Override
    protected ShortestPathAlgorithm<Long, DefaultEdge> getShortestPathAlgorithm() {
      return new BFSShortestPath<>(graph);
    }
  }

  /** JGraphT gives NaN for a part of two networks' betweenness (no pair of others): none passes. */
  private static double finite(Double score) {
    return score == null || score.isNaN() || score.isInfinite() ? 0.0 : score;
  }

  /** The measures of one network; {@link Metrics#ALONE} for a network with no relation. */
  public Metrics of(long networkId) {
    return byNetwork.getOrDefault(networkId, Metrics.ALONE);
  }

  /** How many relations between two different networks were measured. */
  public int relations() {
    return relations;
  }

  /** How many networks the largest connected part of the landscape holds. */
  public int largestPart() {
    return largestPart;
  }

  /** How many networks have at least one relation. */
  public int networks() {
    return byNetwork.size();
  }
}
