package org.coproduction.landscape.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationLookup;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.vocabulary.Theme;
import org.coproduction.landscape.vocabulary.Themes;

/**
 * Events from a spreadsheet (a programme's list of its workshops, roundtables and conferences):
 * each row checked against the same rules as an event saved by hand, nothing written unless every
 * row is valid. The convenor is an organisation already in the record (by Org-ID or name); the
 * networks represented are networks in the record, by name; themes are theme codes; an event may
 * follow on from one in the record or from an earlier row of the same file, by title. Who took part
 * is recorded on the event's screen, person by person, on a lawful basis.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class EventImport extends RowImport<Event> {

  public static final String TITLE = "title",
      TYPE = "type",
      STARTS_AT = "starts_at",
      ENDS_AT = "ends_at",
      CONVENOR = "convenor",
      THEMES = "themes",
      NETWORKS = "networks",
      FOLLOWS_ON = "follows_on",
      AREAS = "areas";

  /**
   * The columns an import understands; {@code title}, {@code type} and {@code starts_at} are
   * required.
   */
  public static final List<String> COLUMNS =
      List.of(
          TITLE,
          TYPE,
          STARTS_AT,
          ENDS_AT,
          "online",
          "venue",
          AREAS,
          CONVENOR,
          THEMES,
          NETWORKS,
          FOLLOWS_ON,
          "description",
          "outcomes",
          "follow_ups");

  private static final Map<String, String> COLUMN_OF_FIELD =
      Map.of(
          "startsAt", STARTS_AT,
          "endsAt", ENDS_AT,
          "followUps", "follow_ups",
          "followsOn", FOLLOWS_ON,
          "recordingUrl", "description");

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

  @Inject Events events;

  @Inject Themes themes;

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of(TITLE, TYPE, STARTS_AT);
  }

  @Override
  protected String columnOf(String field) {
    return COLUMN_OF_FIELD.getOrDefault(field, field);
  }

  @Override
  protected Event save(Event event) {
    return events.save(event);
  }

  @Override
  protected Function<Row, Event> reading(List<Map<String, String>> rows) {
    Map<String, List<Organisation>> convenors = OrganisationLookup.namedIn(em, rows, CONVENOR);
    Map<String, List<Network>> networks =
        byKey(em, Network.class, "name", keysIn(rows, NETWORKS), Network::getName);
    Map<String, List<Event>> earlier =
        byKey(em, Event.class, "title", keysIn(rows, FOLLOWS_ON), Event::getTitle);
    Codes<Theme> themeCodes = new Codes<>(themes.all(), "theme");
    return row -> {
      Event e = Event.blank();
      e.setTitle(row.text(TITLE));
      e.setType(row.constant(TYPE, EventType.class));
      e.setStartsAt(row.dateTime(STARTS_AT));
      e.setEndsAt(row.dateTime(ENDS_AT));
      e.setOnline(row.yesNo("online"));
      e.setVenue(row.text("venue"));
      e.setAreas(row.areas(AREAS));
      e.setDescription(row.text("description"));
      e.setOutcomes(row.text("outcomes"));
      e.setFollowUps(row.text("follow_ups"));
      String convenor = row.text(CONVENOR);
      if (convenor != null) {
        theOne(
                row,
                CONVENOR,
                convenor,
                convenors.get(OrganisationLookup.key(convenor)),
                "organisation")
            .ifPresent(e::setConvenor);
      }
      for (String name : row.list(NETWORKS)) {
        theOne(row, NETWORKS, name, networks.get(keyOf(name)), "network")
            .ifPresent(e.getNetworksRepresented()::add);
      }
      for (String code : row.list(THEMES)) {
        themeCodes.in(row, THEMES, code).ifPresent(e.getThemes()::add);
      }
      String follows = row.text(FOLLOWS_ON);
      if (follows != null) {
        theOne(row, FOLLOWS_ON, follows, earlier.get(keyOf(follows)), "event")
            .ifPresent(e::setFollowsOn);
      }
      // A later row may follow on from this one.
      if (e.getTitle() != null) {
        earlier.computeIfAbsent(keyOf(e.getTitle()), k -> new ArrayList<>()).add(e);
      }
      return e;
    };
  }
}
