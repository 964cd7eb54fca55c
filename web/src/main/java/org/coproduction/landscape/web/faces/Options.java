package org.coproduction.landscape.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coproduction.landscape.event.EventType;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.funding.FundingDirection;
import org.coproduction.landscape.funding.GrantStatus;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.organisation.OrganisationRole;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.people.LawfulBasis;
import org.coproduction.landscape.vocabulary.Sector;
import org.coproduction.landscape.vocabulary.Sectors;
import org.coproduction.landscape.vocabulary.Theme;
import org.coproduction.landscape.vocabulary.Themes;

/** The choices that forms and filters offer, with the names people read. */
@Named
@RequestScoped
public class Options {

  /** A value and the name shown for it. */
  public record Choice(String value, String label) {}

  @Inject Sectors sectors;

  @Inject Themes themes;

  @Inject Text text;

  private List<Sector> sectorList;

  /** The UK as a whole, England as a whole, then the twelve areas of a UK table. */
  public List<Choice> getAreas() {
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice(AreaCode.UNITED_KINGDOM, "United Kingdom"));
    choices.add(
        new Choice(Area.ENGLAND.gssCode(), Area.ENGLAND.displayName() + " (all of England)"));
    Area.ukTable().forEach(a -> choices.add(new Choice(a.gssCode(), a.displayName())));
    return choices;
  }

  /** The four nations and the English regions, for records placed in one of them. */
  public List<Choice> getRegions() {
    List<Choice> choices = new ArrayList<>();
    choices.add(
        new Choice(Area.ENGLAND.gssCode(), Area.ENGLAND.displayName() + " (all of England)"));
    Area.ukTable().forEach(a -> choices.add(new Choice(a.gssCode(), a.displayName())));
    return choices;
  }

  public List<Sector> getSectors() {
    if (sectorList == null) {
      sectorList = sectors.all();
    }
    return sectorList;
  }

  public List<Theme> getThemes() {
    return themes.all();
  }

  public List<Choice> getStatuses() {
    return choices(LifecycleStatus.values());
  }

  /** The statuses a network may be given by editing it (closing has its own form). */
  public List<Choice> getEditableStatuses() {
    return choices(LifecycleStatus.EMERGING, LifecycleStatus.ACTIVE, LifecycleStatus.DORMANT);
  }

  public List<Choice> getScopes() {
    return choices(NetworkScope.values());
  }

  public List<Choice> getOrganisationTypes() {
    return choices(OrganisationType.values());
  }

  public List<Choice> getEventTypes() {
    return choices(EventType.values());
  }

  public List<Choice> getLawfulBases() {
    return choices(LawfulBasis.Basis.values());
  }

  public List<Choice> getGrantStatuses() {
    return choices(GrantStatus.values());
  }

  public List<Choice> getOrganisationRoles() {
    return choices(OrganisationRole.values());
  }

  public List<Choice> getParticipantRoles() {
    return choices(ParticipantRole.values());
  }

  public List<Choice> getFundingDirections() {
    return choices(FundingDirection.values());
  }

  private List<Choice> choices(Enum<?>... values) {
    return Arrays.stream(values).map(v -> new Choice(v.name(), text.of(v))).toList();
  }

  /** The readable name of an area code. */
  public String areaName(Object code) {
    if (code == null) {
      return "";
    }
    String c = code.toString();
    return AreaCode.isValid(c)
        ? new AreaCode(c).displayName() + (new AreaCode(c).isLocalAuthority() ? " " + c : "")
        : c;
  }

  /** The readable name of an enum constant. */
  public String of(Enum<?> value) {
    return text.of(value);
  }
}
