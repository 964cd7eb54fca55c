package org.coproduction.landscape.web.event;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.Events;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.event.Participation;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.vocabulary.Theme;
import org.coproduction.landscape.vocabulary.Themes;
import org.coproduction.landscape.web.faces.ChosenCodes;
import org.coproduction.landscape.web.faces.EditRecord;
import org.coproduction.landscape.web.network.ChosenNetworks;

/**
 * Adding an event or editing one: title, type, when it starts and ends (UK time), where (a venue or
 * online) and the areas it served, who convened it, the earlier event it follows on from, the
 * networks represented, its themes, what it was about and what came of it, and who took part in
 * which role.
 */
@Named
@ViewScoped
public class EditEvent extends EditRecord<Event> {

  private static final long serialVersionUID = 1L;

  public EditEvent() {
    super(Event.class, "event", "/events/view", "form.event.new");
  }

  @Inject Events events;

  @Inject Themes themes;

  private final ChosenNetworks networks = new ChosenNetworks();
  private ChosenCodes areas = new ChosenCodes();
  private List<String> themeCodes = new ArrayList<>();
  private Person personToAdd;
  private ParticipantRole roleToAdd = ParticipantRole.PARTICIPANT;

  @Override
  protected Registry<Event> registry() {
    return events;
  }

  @Override
  protected Event blank() {
    return Event.blank();
  }

  @Override
  protected void loaded(Event e) {
    networks.reset(e.getNetworksRepresented());
    areas = ChosenCodes.ofAreas(e.getAreas());
    themeCodes =
        e.getThemes().stream()
            .map(Theme::getCode)
            .sorted()
            .collect(Collectors.toCollection(ArrayList::new));
  }

  @Override
  protected void beforeSave(Event e) {
    e.setNetworksRepresented(new HashSet<>(networks.getNetworks()));
    e.setAreas(areas.areas());
    e.setThemes(themes.byCodes("themes", themeCodes));
  }

  @Override
  protected void compare(Comparison c, Event theirs, Event yours) {
    c.add("form.event.title", theirs.getTitle(), yours.getTitle())
        .add("form.event.type", theirs.getType(), yours.getType())
        .add("form.event.startsAt", theirs.getStartsAt(), yours.getStartsAt())
        .add("form.event.endsAt", theirs.getEndsAt(), yours.getEndsAt())
        .add(
            "form.event.online",
            text.get(theirs.isOnline() ? "common.yes" : "common.no"),
            text.get(yours.isOnline() ? "common.yes" : "common.no"))
        .add("form.event.venue", theirs.getVenue(), yours.getVenue())
        .add("form.event.areas", ChosenCodes.namesOf(theirs.getAreas()), areas.areaNames())
        .add("form.event.convenor", theirs.getConvenor(), yours.getConvenor())
        .add("form.event.followsOn", theirs.getFollowsOn(), yours.getFollowsOn())
        .addAll(
            "form.event.networks",
            theirs.getNetworksRepresented(),
            networks.getNetworks(),
            Network::getName)
        .addAll(
            "form.event.participants",
            theirs.getParticipations(),
            yours.getParticipations(),
            p -> p.getPerson().getName() + " (" + text.of(p.getRole()) + ")")
        .addAll("form.event.themes", theirs.getThemes(), chosenThemes(), Theme::getName)
        .add("form.event.description", theirs.getDescription(), yours.getDescription())
        .add("form.event.outcomes", theirs.getOutcomes(), yours.getOutcomes())
        .add("form.event.followUps", theirs.getFollowUps(), yours.getFollowUps())
        .add("form.event.recordingUrl", theirs.getRecordingUrl(), yours.getRecordingUrl());
  }

  /** Records the chosen person's part in the event, with the organisation they stand for now. */
  public void addParticipant() {
    if (personToAdd == null || roleToAdd == null) {
      faces.addMessage(
          "event:personToAdd",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              text.get("form.event.participant.choose"),
              text.get("form.event.participant.choose")));
      return;
    }
    getRecord().add(personToAdd, roleToAdd);
    personToAdd = null;
    roleToAdd = ParticipantRole.PARTICIPANT;
  }

  /** Takes a person's part out of the event (saved with the rest of the form). */
  public void removeParticipant(Participation participation) {
    getRecord().getParticipations().remove(participation);
  }

  private List<Theme> chosenThemes() {
    return themes.all().stream().filter(t -> themeCodes.contains(t.getCode())).toList();
  }

  /** The networks chosen on the form. */
  public ChosenNetworks getNetworks() {
    return networks;
  }

  public Person getPersonToAdd() {
    return personToAdd;
  }

  public void setPersonToAdd(Person personToAdd) {
    this.personToAdd = personToAdd;
  }

  public ParticipantRole getRoleToAdd() {
    return roleToAdd;
  }

  public void setRoleToAdd(ParticipantRole roleToAdd) {
    this.roleToAdd = roleToAdd;
  }

  public List<String> getAreaCodes() {
    return areas.getCodes();
  }

  public void setAreaCodes(List<String> areaCodes) {
    areas.setCodes(areaCodes);
  }

  public List<String> getThemeCodes() {
    return themeCodes;
  }

  public void setThemeCodes(List<String> themeCodes) {
    this.themeCodes = themeCodes == null ? new ArrayList<>() : new ArrayList<>(themeCodes);
  }
}
