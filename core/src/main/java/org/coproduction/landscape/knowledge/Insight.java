package org.coproduction.landscape.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.geography.AreaCodeConverter;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.vocabulary.Sector;
import org.coproduction.landscape.vocabulary.Theme;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * Something the field learned: an insight or lesson said at an event or left by a network, under a
 * theme, dated and with its source. Insights outlive the networks they came from.
 */
@Entity
@Table(name = "insight")
public class Insight extends Recorded {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{landscape.insight.text.required}")
  @Size(max = 8000, message = "{landscape.insight.text.size}")
  @Column(nullable = false)
  private String text;

  @NotNull(message = "{landscape.insight.theme.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "theme_id", nullable = false)
  private Theme theme;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id")
  private Event event;

  @ManyToMany
  @JoinTable(
      name = "insight_network",
      joinColumns = @JoinColumn(name = "insight_id"),
      inverseJoinColumns = @JoinColumn(name = "network_id"))
  @BatchFetch(BatchFetchType.IN)
  private Set<Network> networks = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "insight_sector",
      joinColumns = @JoinColumn(name = "insight_id"),
      inverseJoinColumns = @JoinColumn(name = "sector_id"))
  @BatchFetch(BatchFetchType.IN)
  private Set<Sector> sectors = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "insight_area", joinColumns = @JoinColumn(name = "insight_id"))
  @Column(name = "area_code", nullable = false, length = 9)
  @Convert(converter = AreaCodeConverter.class)
  @BatchFetch(BatchFetchType.IN)
  private Set<AreaCode> areas = new TreeSet<>();

  @NotNull(message = "{landscape.insight.recordedOn.required}")
  @PastOrPresent(message = "{landscape.insight.recordedOn.future}")
  @Column(name = "recorded_on", nullable = false)
  private LocalDate recordedOn;

  /**
   * Where the insight comes from: "Roundtable notes, 19 November 2020", a report, a closing
   * network.
   */
  @NotBlank(message = "{landscape.insight.source.required}")
  @Size(max = 300, message = "{landscape.insight.source.size}")
  @Column(nullable = false, length = 300)
  private String source;

  protected Insight() {}

  public Insight(String text, Theme theme, LocalDate recordedOn, String source) {
    this.text = text;
    this.theme = theme;
    this.recordedOn = recordedOn;
    this.source = source;
  }

  /** A blank insight for a form to fill. */
  public static Insight blank() {
    return new Insight();
  }

  @Override
  public String label() {
    return text == null || text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  @Override
  public Map<String, String> brokenRules() {
    Map<String, String> m = new LinkedHashMap<>();
    if (event == null && networks.isEmpty()) {
      m.put("event", "Link the insight to an event or to at least one network");
    }
    return m;
  }

  public Insight from(Event e) {
    this.event = e;
    return this;
  }

  public Insight about(Network... ns) {
    networks.addAll(List.of(ns));
    return this;
  }

  public Insight in(Sector... s) {
    sectors.addAll(List.of(s));
    return this;
  }

  public Insight covering(AreaCode... codes) {
    areas.addAll(List.of(codes));
    return this;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Theme getTheme() {
    return theme;
  }

  public void setTheme(Theme theme) {
    this.theme = theme;
  }

  public Event getEvent() {
    return event;
  }

  public void setEvent(Event event) {
    this.event = event;
  }

  public Set<Network> getNetworks() {
    return networks;
  }

  public void setNetworks(Set<Network> networks) {
    this.networks = networks;
  }

  public Set<Sector> getSectors() {
    return sectors;
  }

  public void setSectors(Set<Sector> sectors) {
    this.sectors = sectors;
  }

  public Set<AreaCode> getAreas() {
    return areas;
  }

  public void setAreas(Set<AreaCode> areas) {
    this.areas = areas;
  }

  public LocalDate getRecordedOn() {
    return recordedOn;
  }

  public void setRecordedOn(LocalDate recordedOn) {
    this.recordedOn = recordedOn;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
