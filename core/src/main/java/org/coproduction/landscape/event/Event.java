package org.coproduction.landscape.event;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.geography.AreaCodeConverter;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.vocabulary.Theme;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A gathering that brings practitioners together: a roundtable, a public event, a workshop, a
 * webinar, a conference. Times are UK local time ({@link #ZONE}).
 */
@Entity
@Table(name = "event")
public class Event extends Recorded {

  private static final long serialVersionUID = 1L;

  /** The time zone of every event's start and end. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  @NotBlank(message = "{landscape.event.title.required}")
  @Size(max = 300, message = "{landscape.event.title.size}")
  @Column(nullable = false, length = 300)
  private String title;

  @NotNull(message = "{landscape.event.type.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EventType type;

  @NotNull(message = "{landscape.event.startsAt.required}")
  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at")
  private LocalDateTime endsAt;

  @Column(nullable = false)
  private boolean online;

  @Size(max = 300, message = "{landscape.event.venue.size}")
  @Column(length = 300)
  private String venue;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "convenor_id")
  private Organisation convenor;

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("role, id")
  @BatchFetch(BatchFetchType.IN)
  private List<Participation> participations = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "event_network",
      joinColumns = @JoinColumn(name = "event_id"),
      inverseJoinColumns = @JoinColumn(name = "network_id"))
  @BatchFetch(BatchFetchType.IN)
  private Set<Network> networksRepresented = new HashSet<>();

  /** The areas the event served (GSS codes): where it was held, or whom an online event was for. */
  @ElementCollection
  @CollectionTable(name = "event_area", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "area_code", nullable = false, length = 9)
  @Convert(converter = AreaCodeConverter.class)
  @BatchFetch(BatchFetchType.IN)
  private Set<AreaCode> areas = new TreeSet<>();

  @ManyToMany
  @JoinTable(
      name = "event_theme",
      joinColumns = @JoinColumn(name = "event_id"),
      inverseJoinColumns = @JoinColumn(name = "theme_id"))
  @BatchFetch(BatchFetchType.IN)
  private Set<Theme> themes = new HashSet<>();

  @Size(max = 8000, message = "{landscape.event.outcomes.size}")
  @Column
  private String outcomes;

  @Size(max = 8000, message = "{landscape.event.followUps.size}")
  @Column(name = "follow_ups")
  private String followUps;

  @Size(max = 500, message = "{landscape.event.recordingUrl.size}")
  @Pattern(regexp = "https?://\\S+", message = "{landscape.event.recordingUrl.format}")
  @Column(name = "recording_url", length = 500)
  private String recordingUrl;

  /** The earlier event this one continues. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "follows_on_id")
  private Event followsOn;

  /** The events that continue this one (its follow-ups), earliest first; kept by their side. */
  @OneToMany(mappedBy = "followsOn")
  @OrderBy("startsAt, id")
  @BatchFetch(BatchFetchType.IN)
  private List<Event> followedBy = new ArrayList<>();

  @Size(max = 8000, message = "{landscape.event.description.size}")
  @Column
  private String description;

  protected Event() {}

  public Event(String title, EventType type, LocalDateTime startsAt) {
    this.title = title;
    this.type = type;
    this.startsAt = startsAt;
  }

  /** A blank event for a form to fill. */
  public static Event blank() {
    return new Event();
  }

  @Override
  public String label() {
    return title;
  }

  @Override
  public Map<String, String> brokenRules() {
    Map<String, String> m = new LinkedHashMap<>();
    if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
      m.put("endsAt", "The event cannot end before it starts");
    }
    if (!online && (venue == null || venue.isBlank())) {
      m.put("venue", "Enter the venue, or mark the event as online");
    }
    if (followsOn != null && getId() != null && getId().equals(followsOn.getId())) {
      m.put("followsOn", "An event cannot follow on from itself");
    } else if (followsOn != null && followsOnItself()) {
      m.put("followsOn", "An event cannot follow on from one of its own follow-ups");
    }
    return m;
  }

  /** Whether the chain of earlier events leads back to this one (a series that would go round). */
  private boolean followsOnItself() {
    if (getId() == null) {
      return false;
    }
    Set<Event> seen = new HashSet<>();
    for (Event e = followsOn; e != null && seen.add(e); e = e.getFollowsOn()) {
      if (getId().equals(e.getId())) {
        return true;
      }
    }
    return false;
  }

  /** Records a person's part in the event, with the organisation they stand for now. */
  public Participation add(Person person, ParticipantRole role) {
    return add(person, role, person.getOrganisation());
  }

  public Participation add(
      Person person, ParticipantRole role, Organisation organisationAtTheTime) {
    Participation p = new Participation(this, person, role, organisationAtTheTime);
    participations.add(p);
    return p;
  }

  public void clearParticipations() {
    participations.clear();
  }

  public long count(ParticipantRole role) {
    return participations.stream().filter(p -> p.getRole() == role).count();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public EventType getType() {
    return type;
  }

  public void setType(EventType type) {
    this.type = type;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public boolean isOnline() {
    return online;
  }

  public void setOnline(boolean online) {
    this.online = online;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public Organisation getConvenor() {
    return convenor;
  }

  public void setConvenor(Organisation convenor) {
    this.convenor = convenor;
  }

  public List<Participation> getParticipations() {
    return participations;
  }

  public Set<Network> getNetworksRepresented() {
    return networksRepresented;
  }

  public void setNetworksRepresented(Set<Network> networksRepresented) {
    this.networksRepresented = networksRepresented;
  }

  /** Adds the areas the event served. */
  public Event covering(AreaCode... codes) {
    areas.addAll(List.of(codes));
    return this;
  }

  public Set<AreaCode> getAreas() {
    return areas;
  }

  public void setAreas(Set<AreaCode> areas) {
    this.areas = areas;
  }

  /** The events that follow on from this one, earliest first. */
  public List<Event> getFollowedBy() {
    return followedBy;
  }

  public Set<Theme> getThemes() {
    return themes;
  }

  public void setThemes(Set<Theme> themes) {
    this.themes = themes;
  }

  public String getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(String outcomes) {
    this.outcomes = outcomes;
  }

  public String getFollowUps() {
    return followUps;
  }

  public void setFollowUps(String followUps) {
    this.followUps = followUps;
  }

  public String getRecordingUrl() {
    return recordingUrl;
  }

  public void setRecordingUrl(String recordingUrl) {
    this.recordingUrl = recordingUrl;
  }

  public Event getFollowsOn() {
    return followsOn;
  }

  public void setFollowsOn(Event followsOn) {
    this.followsOn = followsOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
