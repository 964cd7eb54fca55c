package org.coproduction.landscape.network;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.geography.AreaCodeConverter;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.vocabulary.Sector;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A network of co-production practitioners: UK-wide, national, regional, local or for one sector.
 * It covers areas (by GSS code), works in sectors, is hosted by an organisation, and has a life
 * line from emerging to closed. When it closes, what it learned stays in the record.
 */
@Entity
@Table(name = "network")
public class Network extends Recorded {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{landscape.network.name.required}")
  @Size(max = 200, message = "{landscape.network.name.size}")
  @Column(nullable = false, length = 200)
  private String name;

  @NotNull(message = "{landscape.network.scope.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NetworkScope scope;

  @ElementCollection
  @CollectionTable(name = "network_area", joinColumns = @JoinColumn(name = "network_id"))
  @Column(name = "area_code", nullable = false, length = 9)
  @Convert(converter = AreaCodeConverter.class)
  // Read with the list's rows in one statement (Networks.shownInEachRow), never batched: for a
  // collection of values EclipseLink 4.0.7 prefers a batch read over a join the query asks for.
  private Set<AreaCode> areas = new TreeSet<>();

  @ManyToMany
  @JoinTable(
      name = "network_sector",
      joinColumns = @JoinColumn(name = "network_id"),
      inverseJoinColumns = @JoinColumn(name = "sector_id"))
  @BatchFetch(BatchFetchType.IN)
  private Set<Sector> sectors = new HashSet<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "host_organisation_id")
  private Organisation host;

  @Valid @Embedded private Lifecycle lifecycle = new Lifecycle();

  /** The network that carried on this one's work after it closed. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "successor_id")
  private Network successor;

  @Min(value = 0, message = "{landscape.network.membershipEstimate.negative}")
  @Column(name = "membership_estimate")
  private Integer membershipEstimate;

  @Size(max = 8000, message = "{landscape.network.description.size}")
  @Column
  private String description;

  @Size(max = 300, message = "{landscape.network.website.size}")
  @Pattern(regexp = "https?://\\S+", message = "{landscape.network.website.format}")
  @Column(length = 300)
  private String website;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contact_person_id")
  private Person contact;

  @OneToMany(mappedBy = "from", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  private List<NetworkRelation> relations = new ArrayList<>();

  protected Network() {}

  public Network(String name, NetworkScope scope) {
    this.name = name;
    this.scope = scope;
  }

  /** A blank network for a form to fill. */
  public static Network blank() {
    return new Network();
  }

  @Override
  public String label() {
    return name;
  }

  @Override
  public Map<String, String> brokenRules() {
    Map<String, String> m = new LinkedHashMap<>(lifecycle.brokenRules());
    if (successor != null && Objects.equals(successor.getId(), getId()) && getId() != null) {
      m.put("successor", "A network cannot succeed itself");
    }
    if (successor != null && !lifecycle.isClosed()) {
      m.put("successor", "Only a closed network has a successor");
    }
    for (NetworkRelation r : relations) {
      if (r.getTo() != null && getId() != null && getId().equals(r.getTo().getId())) {
        m.put("relations", "A network cannot be related to itself");
      }
    }
    return m;
  }

  /**
   * Closes the network: it stays in the record with why and when it closed and who carried on. The
   * lessons it leaves are kept as insights (knowledge's {@code NetworkClosing}).
   *
   * @throws IllegalStateException if the network is already closed
   */
  public void close(LocalDate on, String reason, Network successor) {
    if (lifecycle.isClosed()) {
      throw new IllegalStateException("'" + name + "' is already closed");
    }
    if (successor == this) {
      throw new IllegalArgumentException("A network cannot succeed itself");
    }
    lifecycle.close(on, reason);
    this.successor = successor;
    if (successor != null) {
      relateTo(RelationType.SUCCEEDED_BY, successor);
    }
  }

  /** Records that this network stands to another in the given way (once only). */
  public NetworkRelation relateTo(RelationType type, Network other) {
    for (NetworkRelation r : relations) {
      if (r.getType() == type && r.getTo().equals(other)) {
        return r;
      }
    }
    NetworkRelation r = new NetworkRelation(this, type, other);
    relations.add(r);
    return r;
  }

  public void clearRelations() {
    relations.clear();
  }

  public Network covering(AreaCode... codes) {
    areas.addAll(List.of(codes));
    return this;
  }

  public Network in(Sector... s) {
    sectors.addAll(List.of(s));
    return this;
  }

  public Network hostedBy(Organisation organisation) {
    this.host = organisation;
    return this;
  }

  public boolean isActive() {
    return lifecycle.getStatus() == LifecycleStatus.ACTIVE;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public NetworkScope getScope() {
    return scope;
  }

  public void setScope(NetworkScope scope) {
    this.scope = scope;
  }

  public Set<AreaCode> getAreas() {
    return areas;
  }

  public void setAreas(Set<AreaCode> areas) {
    this.areas = areas;
  }

  public Set<Sector> getSectors() {
    return sectors;
  }

  public void setSectors(Set<Sector> sectors) {
    this.sectors = sectors;
  }

  public Organisation getHost() {
    return host;
  }

  public void setHost(Organisation host) {
    this.host = host;
  }

  public Lifecycle getLifecycle() {
    return lifecycle;
  }

  public void setLifecycle(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  public Network getSuccessor() {
    return successor;
  }

  public void setSuccessor(Network successor) {
    this.successor = successor;
  }

  public Integer getMembershipEstimate() {
    return membershipEstimate;
  }

  public void setMembershipEstimate(Integer membershipEstimate) {
    this.membershipEstimate = membershipEstimate;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public Person getContact() {
    return contact;
  }

  public void setContact(Person contact) {
    this.contact = contact;
  }

  public List<NetworkRelation> getRelations() {
    return relations;
  }
}
