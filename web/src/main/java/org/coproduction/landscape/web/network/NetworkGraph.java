package org.coproduction.landscape.web.network;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduction.landscape.dashboard.Landscape;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.NetworkMeasures;
import org.coproduction.landscape.network.NetworkMetrics;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.network.RelationType;

/**
 * The network of networks as a map people read, as Kumu draws it: who is a member of, affiliated
 * with or succeeded by whom, laid out by force (Cytoscape.js, served by the application, draws it
 * from {@link #getData()}), coloured by scope or by status, each network sized by its relations;
 * filtered by area, sector and type of relation through the URL, or narrowed to one network's
 * neighbourhood ({@code focus}). Beside it, the same relations as a list and the networks with
 * their measures ({@link NetworkMetrics}), most between others first: what the picture shows, for a
 * screen reader or a keyboard. At most {@link #LIMIT} relations are drawn; the filters narrow it.
 */
@Named
@ViewScoped
public class NetworkGraph implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most relations one picture shows. */
  public static final int LIMIT = 150;

  /** The map's script, as the build serves it from the Cytoscape.js webjar. */
  public static final String LIBRARY = "webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

  /** What the networks' colours say. */
  public enum Colour {
    SCOPE,
    STATUS
  }

  /** A colour of the map and what it stands for. */
  public record Key(Enum<?> value, String colour) implements Serializable {}

  /** A network in the picture, with its measures in the whole landscape. */
  public record Node(
      long id,
      String name,
      NetworkScope scope,
      LifecycleStatus status,
      NetworkMetrics.Metrics metrics,
      String colour)
      implements Serializable {}

  // Okabe and Ito's colours, told apart by people with any common colour blindness.
  private static final Map<NetworkScope, String> SCOPE_COLOURS =
      Map.of(
          NetworkScope.UK_WIDE, "#0072B2",
          NetworkScope.NATIONAL, "#009E73",
          NetworkScope.REGIONAL, "#E69F00",
          NetworkScope.LOCAL, "#CC79A7",
          NetworkScope.SECTOR_SPECIFIC, "#56B4E9");
  private static final Map<LifecycleStatus, String> STATUS_COLOURS =
      Map.of(
          LifecycleStatus.EMERGING, "#56B4E9",
          LifecycleStatus.ACTIVE, "#009E73",
          LifecycleStatus.DORMANT, "#E69F00",
          LifecycleStatus.CLOSED, "#6F777B");

  @Inject Landscape landscape;

  @Inject NetworkMeasures measures;

  private String area;
  private String sector;
  private String type;
  private Long focus;
  private String colour;
  private List<Landscape.Link> links = List.of();
  private final List<Node> nodes = new ArrayList<>();
  private String data = "{}";

  public void load() {
    area =
        area == null || area.isBlank() || !AreaCode.isValid(area.trim().toUpperCase(Locale.ROOT))
            ? null
            : area.trim().toUpperCase(Locale.ROOT);
    sector = sector == null || sector.isBlank() ? null : sector.trim().toUpperCase(Locale.ROOT);
    RelationType relation = known(RelationType.class, type);
    type = relation == null ? null : relation.name();
    Colour by = known(Colour.class, colour);
    colour = (by == null ? Colour.SCOPE : by).name();
    links = landscape.relations(area, sector, relation, focus, LIMIT);
    NetworkMetrics metrics = measures.current();
    Map<Long, Node> byId = new LinkedHashMap<>();
    for (Landscape.Link l : links) {
      byId.computeIfAbsent(
          l.fromId(), id -> node(id, l.fromName(), l.fromScope(), l.fromStatus(), metrics.of(id)));
      byId.computeIfAbsent(
          l.toId(), id -> node(id, l.toName(), l.toScope(), l.toStatus(), metrics.of(id)));
    }
    if (focus != null && !byId.containsKey(focus)) {
      focus = null;
    }
    nodes.clear();
    nodes.addAll(byId.values());
    nodes.sort(
        Comparator.comparing(
                (Node n) -> n.metrics().betweenness() == null ? -1.0 : n.metrics().betweenness())
            .reversed()
            .thenComparing(n -> -n.metrics().degree())
            .thenComparing(Node::name));
    data = json();
  }

  private Node node(
      long id,
      String name,
      NetworkScope scope,
      LifecycleStatus status,
      NetworkMetrics.Metrics metrics) {
    String c =
        Colour.STATUS.name().equals(colour) ? STATUS_COLOURS.get(status) : SCOPE_COLOURS.get(scope);
    return new Node(id, name, scope, status, metrics, c);
  }

  private static <E extends Enum<E>> E known(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.trim())) {
        return e;
      }
    }
    return null;
  }

  /** The picture's elements in Cytoscape.js's form; the page carries it in a data attribute. */
  private String json() {
    JsonArrayBuilder elements = Json.createArrayBuilder();
    for (Node n : nodes) {
      elements.add(
          Json.createObjectBuilder()
              .add(
                  "data",
                  Json.createObjectBuilder()
                      .add("id", "n" + n.id())
                      .add("network", n.id())
                      .add("label", n.name())
                      .add("colour", n.colour())
                      .add("size", Math.round(18 + 8 * Math.sqrt(n.metrics().degree())))
                      .add("focus", focus != null && focus.longValue() == n.id())));
    }
    int i = 0;
    for (Landscape.Link l : links) {
      elements.add(
          Json.createObjectBuilder()
              .add(
                  "data",
                  Json.createObjectBuilder()
                      .add("id", "r" + i++)
                      .add("source", "n" + l.fromId())
                      .add("target", "n" + l.toId())
                      .add("type", l.type().name())));
    }
    return Json.createObjectBuilder()
        .add("elements", elements)
        .add("focus", focus == null ? "" : "n" + focus)
        .build()
        .toString();
  }

  /** The colours the map uses now, and what each stands for. */
  public List<Key> getKey() {
    List<Key> key = new ArrayList<>();
    if (Colour.STATUS.name().equals(colour)) {
      for (LifecycleStatus s : LifecycleStatus.values()) {
        key.add(new Key(s, STATUS_COLOURS.get(s)));
      }
    } else {
      for (NetworkScope s : NetworkScope.values()) {
        key.add(new Key(s, SCOPE_COLOURS.get(s)));
      }
    }
    return key;
  }

  public boolean isFull() {
    return links.size() >= LIMIT;
  }

  public List<Landscape.Link> getLinks() {
    return links;
  }

  /** The networks in the picture, those most between others first. */
  public List<Node> getNodes() {
    return nodes;
  }

  /** The picture for the map's script (JSON). */
  public String getData() {
    return data;
  }

  /** The network the picture is narrowed to, if any. */
  public Node getFocused() {
    return focus == null
        ? null
        : nodes.stream().filter(n -> n.id() == focus.longValue()).findFirst().orElse(null);
  }

  public String getLibrary() {
    return LIBRARY;
  }

  public RelationType[] getTypes() {
    return RelationType.values();
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getFocus() {
    return focus == null ? null : focus.toString();
  }

  /** The network to narrow the picture to, by id; anything else shows the whole picture. */
  public void setFocus(String focus) {
    try {
      this.focus = focus == null || focus.isBlank() ? null : Long.valueOf(focus.trim());
    } catch (NumberFormatException e) {
      this.focus = null;
    }
  }

  public String getColour() {
    return colour;
  }

  public void setColour(String colour) {
    this.colour = colour;
  }
}
