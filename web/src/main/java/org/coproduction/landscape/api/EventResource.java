package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.EventType;
import org.coproduction.landscape.event.Events;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.event.Participation;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.vocabulary.Themes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("events")
@RequestScoped
@Tag(
    name = "Events",
    description =
        "Filters: type (ROUNDTABLE, PUBLIC_EVENT, WORKSHOP, WEBINAR, CONFERENCE), area (GSS code of an"
            + " area the event served), network (id), from and to (YYYY-MM-DD). Sort: startsAt, title,"
            + " type.")
public class EventResource extends RecordResource<Event, EventJson> {

  @Inject private Events events;
  @Inject private Organisations organisations;
  @Inject private People people;
  @Inject private Networks networks;
  @Inject private Themes themes;

  public EventResource() {
    super(
        Event.class,
        Event::blank,
        Map.of(
            "convenor", "convenorId",
            "followsOn", "followsOnId",
            "networksRepresented", "networkIds",
            "participations", "participants"));
  }

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.EVENTS;
  }

  @Override
  protected Registry<Event> registry() {
    return events;
  }

  @Override
  protected EventJson toJson(Event e) {
    return new EventJson(
        e.getId(),
        e.getVersion(),
        e.getTitle(),
        nameOf(e.getType()),
        e.getStartsAt(),
        e.getEndsAt(),
        e.isOnline(),
        e.getVenue(),
        codesOf(e.getAreas()),
        idOf(e.getConvenor()),
        e.getParticipations().stream()
            .map(
                p ->
                    new EventJson.Participant(
                        p.getPerson().getId(),
                        p.getRole().name(),
                        idOf(p.getOrganisationAtTheTime())))
            .toList(),
        idsOf(e.getNetworksRepresented()),
        entryCodes(e.getThemes()),
        e.getOutcomes(),
        e.getFollowUps(),
        e.getRecordingUrl(),
        idOf(e.getFollowsOn()),
        e.getFollowedBy().stream().map(Event::getId).toList(),
        e.getDescription());
  }

  @Override
  protected void apply(EventJson json, Event e, Problems problems) {
    e.setTitle(json.title());
    e.setType(problems.enumValue("type", json.type(), EventType.class));
    e.setStartsAt(json.startsAt());
    e.setEndsAt(json.endsAt());
    e.setOnline(Boolean.TRUE.equals(json.online()));
    e.setVenue(json.venue());
    e.setAreas(problems.areaCodes("areas", json.areas()));
    e.setConvenor(problems.reference("convenorId", organisations, json.convenorId()));
    e.setNetworksRepresented(problems.references("networkIds", networks, json.networkIds()));
    e.setThemes(problems.codes("themes", themes, json.themes()));
    e.setOutcomes(json.outcomes());
    e.setFollowUps(json.followUps());
    e.setRecordingUrl(json.recordingUrl());
    e.setFollowsOn(problems.reference("followsOnId", events, json.followsOnId()));
    e.setDescription(json.description());
    participate(e, json.participants(), problems);
  }

  private record Part(Person person, ParticipantRole role, Organisation organisation) {

    boolean is(Participation p) {
      return p.getPerson().getId().equals(person.getId())
          && p.getRole() == role
          && Objects.equals(idOf(p.getOrganisationAtTheTime()), idOf(organisation));
    }
  }

  /** Keeps the participations asked for, adds the new ones, removes the others. */
  private void participate(Event e, List<EventJson.Participant> asked, Problems problems) {
    List<Part> wanted = new ArrayList<>();
    List<EventJson.Participant> given = asked == null ? List.of() : asked;
    for (int i = 0; i < given.size(); i++) {
      EventJson.Participant p = given.get(i);
      String field = "participants[" + i + "]";
      if (p.personId() == null) {
        problems.add(field + ".personId", "Choose the person");
      }
      if (p.role() == null || p.role().isBlank()) {
        problems.add(field + ".role", "Choose the person's role at the event");
      }
      Person person = problems.reference(field + ".personId", people, p.personId());
      ParticipantRole role = problems.enumValue(field + ".role", p.role(), ParticipantRole.class);
      Organisation organisation =
          problems.reference(field + ".organisationId", organisations, p.organisationId());
      if (person != null && role != null) {
        wanted.add(new Part(person, role, organisation));
      }
    }
    e.getParticipations().removeIf(p -> wanted.stream().noneMatch(w -> w.is(p)));
    for (Part w : wanted) {
      if (e.getParticipations().stream().noneMatch(w::is)) {
        e.add(w.person(), w.role(), w.organisation());
      }
    }
  }
}
