package org.coproduction.landscape.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaConverter;
import org.coproduction.landscape.platform.Recorded;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A body in the landscape: a charity, a community group, a council, an NHS body, a university, a
 * funder, a freelance practitioner... It may hold several Org-ID identifiers.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends Recorded {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{landscape.organisation.name.required}")
  @Size(max = 200, message = "{landscape.organisation.name.size}")
  @Column(nullable = false, length = 200)
  private String name;

  /**
   * The name as it is compared to find the same organisation entered twice ({@link #nameKey}): kept
   * with the name, so that the record's duplicates are found by an index.
   */
  @Column(name = "name_key", nullable = false, length = 200)
  private String nameKey;

  @NotNull(message = "{landscape.organisation.type.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private OrganisationType type;

  @ElementCollection
  @CollectionTable(
      name = "organisation_identifier",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "org_id", nullable = false, length = 80)
  @Convert(converter = OrgIdConverter.class)
  @BatchFetch(BatchFetchType.IN)
  private Set<OrgId> identifiers = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "organisation_role", joinColumns = @JoinColumn(name = "organisation_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 40)
  @BatchFetch(BatchFetchType.IN)
  private Set<OrganisationRole> roles = EnumSet.noneOf(OrganisationRole.class);

  @Size(max = 300, message = "{landscape.organisation.website.size}")
  @Pattern(regexp = "https?://\\S+", message = "{landscape.organisation.website.format}")
  @Column(length = 300)
  private String website;

  /** The nation or English region where the organisation is based. */
  @Convert(converter = AreaConverter.class)
  @Column(name = "area_code", length = 9)
  private Area area;

  @Size(max = 4000, message = "{landscape.organisation.description.size}")
  @Column
  private String description;

  protected Organisation() {}

  public Organisation(String name, OrganisationType type) {
    setName(name);
    this.type = type;
  }

  /**
   * A name as it is compared to find one organisation entered twice: letters without accents, in
   * lower case, "&amp;" read as "and", punctuation as spaces, a leading "The" and a closing "Ltd"
   * or "Limited" left out. "The Bristol &amp; Bath Trust Ltd." and "Bristol and Bath Trust Limited"
   * have the same key.
   */
  public static String nameKey(String name) {
    if (name == null) {
      return "";
    }
    String s =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    List<String> words = new ArrayList<>(List.of(s.split(" ")));
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    String last = words.get(words.size() - 1);
    if (words.size() > 1 && (last.equals("ltd") || last.equals("limited"))) {
      words.remove(words.size() - 1);
    }
    String key = String.join(" ", words);
    return key.length() > 200 ? key.substring(0, 200) : key;
  }

  /** Keeps the key with the name, whichever way the name was set. */
  @PrePersist
  @PreUpdate
  void keyName() {
    nameKey = nameKey(name);
  }

  /**
   * Takes what {@code twin}, the same organisation entered a second time, knows and this record
   * does not: the parts it plays, and its website, area and description where this record has none.
   * What this record already says is kept. Its Org-ID identifiers are moved separately, as no two
   * records may hold one at the same moment.
   */
  public void absorb(Organisation twin) {
    roles.addAll(twin.roles);
    if (website == null || website.isBlank()) {
      website = twin.website;
    }
    if (area == null) {
      area = twin.area;
    }
    if (description == null || description.isBlank()) {
      description = twin.description;
    }
  }

  /** A blank organisation for a form to fill. */
  public static Organisation blank() {
    return new Organisation();
  }

  @Override
  public String label() {
    return name;
  }

  /**
   * Recorded as a funder, or of a type that funds. Grants made also make a funder (see the
   * register).
   */
  public boolean isRecordedFunder() {
    return roles.contains(OrganisationRole.FUNDER) || type == OrganisationType.FUNDER;
  }

  public Organisation identifiedBy(String... ids) {
    for (String id : ids) {
      identifiers.add(new OrgId(id));
    }
    return this;
  }

  public Organisation in(Area area) {
    this.area = area;
    return this;
  }

  public Organisation playing(OrganisationRole... rs) {
    roles.addAll(Set.of(rs));
    return this;
  }

  /** The first identifier of a given list, e.g. the charity number under GB-CHC. */
  public java.util.Optional<OrgId> identifierIn(String list) {
    return identifiers.stream().filter(i -> i.list().equals(list)).findFirst();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
    this.nameKey = nameKey(name);
  }

  public String getNameKey() {
    return nameKey;
  }

  public OrganisationType getType() {
    return type;
  }

  public void setType(OrganisationType type) {
    this.type = type;
  }

  public Set<OrgId> getIdentifiers() {
    return identifiers;
  }

  public void setIdentifiers(Set<OrgId> identifiers) {
    this.identifiers = identifiers;
  }

  public Set<OrganisationRole> getRoles() {
    return roles;
  }

  public void setRoles(Set<OrganisationRole> roles) {
    this.roles = roles;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public Area getArea() {
    return area;
  }

  public void setArea(Area area) {
    this.area = area;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
