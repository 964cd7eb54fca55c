package org.coproduction.landscape.web.network;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduction.landscape.dashboard.Landscape;
import org.coproduction.landscape.geography.AreaCode;

/**
 * The network of networks: who is a member of, affiliated with or succeeded by whom, as a picture
 * (networks on a circle, relations as lines) and as a list, filtered by area and sector through the
 * URL. At most {@link #LIMIT} relations are drawn; the filters narrow it down.
 */
@Named
@ViewScoped
public class NetworkGraph implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most relations one picture shows. */
  public static final int LIMIT = 150;

  static final double SIZE = 640;
  static final double RADIUS = 250;

  @Inject Landscape landscape;

  private String area;
  private String sector;
  private List<Landscape.Link> links = List.of();
  private final List<Node> nodes = new ArrayList<>();
  private final List<Line> lines = new ArrayList<>();

  /** A network on the circle: where it is, how many relations it has (its size), its name. */
  public record Node(long id, String name, double x, double y, double r, int degree)
      implements Serializable {}

  /** A relation drawn from one network to another. */
  public record Line(double x1, double y1, double x2, double y2, String type)
      implements Serializable {}

  public void load() {
    area =
        area == null || area.isBlank() || !AreaCode.isValid(area.trim().toUpperCase(Locale.ROOT))
            ? null
            : area.trim().toUpperCase(Locale.ROOT);
    sector = sector == null || sector.isBlank() ? null : sector.trim().toUpperCase(Locale.ROOT);
    links = landscape.relations(area, sector, LIMIT);
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, Integer> degree = new LinkedHashMap<>();
    for (Landscape.Link l : links) {
      names.putIfAbsent(l.fromId(), l.fromName());
      names.putIfAbsent(l.toId(), l.toName());
      degree.merge(l.fromId(), 1, Integer::sum);
      degree.merge(l.toId(), 1, Integer::sum);
    }
    Map<Long, Node> byId = new LinkedHashMap<>();
    int i = 0;
    int n = names.size();
    for (Map.Entry<Long, String> e : names.entrySet()) {
      double angle = 2 * Math.PI * i++ / Math.max(1, n) - Math.PI / 2;
      int d = degree.get(e.getKey());
      Node node =
          new Node(
              e.getKey(),
              e.getValue(),
              round(SIZE / 2 + RADIUS * Math.cos(angle)),
              round(SIZE / 2 + RADIUS * Math.sin(angle)),
              round(Math.min(14, 4 + 2 * Math.sqrt(d))),
              d);
      byId.put(e.getKey(), node);
    }
    nodes.clear();
    nodes.addAll(byId.values());
    lines.clear();
    for (Landscape.Link l : links) {
      Node a = byId.get(l.fromId());
      Node b = byId.get(l.toId());
      lines.add(new Line(a.x(), a.y(), b.x(), b.y(), l.type().name()));
    }
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  public boolean isFull() {
    return links.size() >= LIMIT;
  }

  public List<Landscape.Link> getLinks() {
    return links;
  }

  public List<Node> getNodes() {
    return nodes;
  }

  public List<Line> getLines() {
    return lines;
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
}
