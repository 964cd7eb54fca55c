package org.coproduction.landscape.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.EventImport;
import org.coproduction.landscape.event.Events;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.funding.GrantImport;
import org.coproduction.landscape.funding.ProgrammeImport;
import org.coproduction.landscape.knowledge.InsightImport;
import org.coproduction.landscape.knowledge.NetworkClosing;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkImport;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.network.RelationType;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationImport;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.people.PersonImport;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.vocabulary.Sector;
import org.coproduction.landscape.vocabulary.Sectors;
import org.coproduction.landscape.vocabulary.Theme;
import org.coproduction.landscape.vocabulary.Themes;

/**
 * The demo landscape: the roundtable of 19 November 2020 ("Co-Production Roundtable - Networking in
 * the UK", convened by Democratic Society as part of Public Square) with its host, facilitators and
 * participants, the July 2020 event it follows on from, the networks it names, what was said under
 * each theme, and around it a plausible landscape of regional and local networks, funders, grants
 * and events in every nation and English region.
 *
 * <p>Everyone named comes from the public write-up of the roundtable and is held on legitimate
 * interests with that write-up as the source; their public roles only. Everything beyond the
 * write-up is invented for the demo: funders, grants, regional and local networks and later events.
 * Identifiers are well-formed but made up (charity numbers in the 99xxxxx range, Companies House
 * numbers 0999xxxx, 360Giving ids with a DEMO prefix).
 *
 * <p>The landscape is data, not code: CSV files under {@code /demo/} in this module. Organisations,
 * people, networks, programmes, grants, events and insights are in the columns their importers read
 * and are written by them ({@link OrganisationImport}, {@link PersonImport}, {@link NetworkImport},
 * {@link ProgrammeImport}, {@link GrantImport}, {@link EventImport}, {@link InsightImport}), with
 * every row checked by the rules of a record saved by hand. What no import holds (the sectors and
 * themes staff keep, relations between networks, closures with their lessons, who took part in an
 * event) is read here and saved through the registers ({@link Sectors}, {@link
 * NetworkClosing#close}, {@link Events}...), so that it too passes those rules and enters the
 * history of changes. Everything is written in the caller's transaction: one load is all or
 * nothing. It reaches the record only through core's boundaries (core's persistence unit belongs to
 * core's module).
 *
 * <p>The registers accept only staff: the load runs as {@link Roles#ADMIN} ({@code @RunAs}), under
 * the principal the application's role mapping gives that role for this purpose.
 */
@Stateless
@PermitAll
@RunAs(Roles.ADMIN)
public class DemoLandscape {

  public static final String ROUNDTABLE = "Co-Production Roundtable - Networking in the UK";
  public static final String JULY_EVENT = "Co-production: Democracy in Action";

  /** Where the lawful basis for holding each named person comes from. */
  public static final String SOURCE = "Public Square roundtable write-up";

  /** The actor the large-data generator writes to the history of changes. */
  public static final String ACTOR = "system";

  /** Where the demo's files are, on the class path. */
  static final String FOLDER = "/demo/";

  /** What one load wrote, by kind. */
  public record Loaded(
      int sectors,
      int themes,
      int organisations,
      int people,
      int networks,
      int programmes,
      int grants,
      int events,
      int insights) {}

  /** What the demo landscape holds on an empty database (the loader's test keeps this true). */
  public static final Loaded SEED = new Loaded(15, 14, 37, 17, 67, 17, 67, 25, 43);

  /** The sectors of the demo, code then name (also those of the generated data). */
  static final String[][] SECTORS = codesAndNames("sectors.csv");

  /** The themes of the demo, code then name (also those of the generated data). */
  static final String[][] THEMES = codesAndNames("themes.csv");

  @Inject OrganisationImport organisationImport;
  @Inject Organisations organisations;
  @Inject PersonImport personImport;
  @Inject NetworkImport networkImport;
  @Inject ProgrammeImport programmeImport;
  @Inject GrantImport grantImport;
  @Inject Sectors sectors;
  @Inject Themes themes;
  @Inject People people;
  @Inject Networks networks;
  @Inject NetworkClosing networkClosing;
  @Inject Events events;
  @Inject EventImport eventImport;
  @Inject InsightImport insightImport;

  /** The records of one load, by name (title for events), to resolve the names in later files. */
  private final Map<Class<?>, Map<String, Recorded>> named = new HashMap<>();

  /**
   * Whether the record holds no network at all: the only state in which the demo landscape is
   * loaded.
   */
  public boolean isEmpty() {
    return networks.count(ListQuery.firstPage(1)) == 0;
  }

  /**
   * Loads the demo landscape in the caller's transaction when the record holds no network;
   * otherwise writes nothing.
   *
   * @return what was written, or empty when the record already held networks
   * @throws RuntimeException naming the file, row and column of a record that breaks a rule (the
   *     caller rolls back: nothing of the demo is kept)
   */
  public Optional<Loaded> loadIfEmpty() {
    if (!isEmpty()) {
      return Optional.empty();
    }
    named.clear();
    int sectorsCreated = lists("sectors.csv", Sector.class);
    int themesCreated = lists("themes.csv", Theme.class);
    int orgs = organisations();
    int persons = people();
    List<RowImport.Written> nets = networkImport.importAll(rows("networks.csv"));
    for (RowImport.Written w : nets) {
      remember(networks.find(w.id()));
    }
    relations();
    int lessons = closures();
    int progs = programmes();
    int grants = grantImport.importAll(rows("grants.csv")).size();
    int evs = events();
    int ins = insights();
    return Optional.of(
        new Loaded(
            sectorsCreated,
            themesCreated,
            orgs,
            persons,
            nets.size(),
            progs,
            grants,
            evs,
            ins + lessons));
  }

  // ---------------------------------------------------------------------------------------------
  // Kinds no one imports from a spreadsheet: read here, saved through their registers.

  /** Sectors and themes: those the record already holds (by code) are kept as they are. */
  private int lists(String file, Class<?> type) {
    Set<String> held = new java.util.HashSet<>();
    (type == Sector.class ? sectors.all() : themes.all()).forEach(e -> held.add(e.getCode()));
    int created = 0;
    for (Cells row : cells(file)) {
      String code = row.required("code");
      if (held.contains(code)) {
        continue;
      }
      if (type == Sector.class) {
        sectors.save(new Sector(code, row.required("name")));
      } else {
        themes.save(new Theme(code, row.required("name")));
      }
      created++;
    }
    return created;
  }

  /** Organisations through their importer; then known by name for later files. */
  private int organisations() {
    List<RowImport.Written> written = organisationImport.importAll(rows("organisations.csv"));
    for (RowImport.Written w : written) {
      remember(organisations.find(w.id()));
    }
    return written.size();
  }

  private int people() {
    List<RowImport.Written> written = personImport.importAll(rows("people.csv"));
    for (RowImport.Written w : written) {
      remember(people.find(w.id()));
    }
    return written.size();
  }

  private void relations() {
    Set<Network> related = new LinkedHashSet<>();
    for (Cells row : cells("network-relations.csv")) {
      Network from = row.named(Network.class, "network");
      from.relateTo(
          row.constant("relation", RelationType.class), row.named(Network.class, "related"));
      related.add(from);
    }
    related.forEach(networks::save);
  }

  /** Closes networks the way the register does; returns the lessons (insights) they left. */
  private int closures() {
    int lessons = 0;
    for (Cells row : cells("network-closures.csv")) {
      Network n = row.named(Network.class, "network");
      Network successor =
          row.text("successor") == null ? null : row.named(Network.class, "successor");
      List<NetworkClosing.Lesson> left =
          row.text("lesson") == null
              ? List.of()
              : List.of(
                  new NetworkClosing.Lesson(row.text("lesson"), row.required("lesson_theme")));
      Network closed =
          networkClosing.close(
              n.getId(),
              n.getVersion(),
              row.date("closed_on"),
              row.required("reason"),
              successor == null ? null : successor.getId(),
              left);
      remember(closed);
      lessons += left.size();
    }
    return lessons;
  }

  private int programmes() {
    return programmeImport.importAll(rows("programmes.csv")).size();
  }

  /**
   * Events through their importer, then each one's participants (who took part is not a column of
   * the events file: it names people, each held on a lawful basis) saved through the register.
   */
  private int events() {
    List<RowImport.Written> written = eventImport.importAll(rows("events.csv"));
    Map<String, List<Cells>> participants = new LinkedHashMap<>();
    for (Cells row : cells("event-participants.csv")) {
      participants.computeIfAbsent(row.required("event"), k -> new ArrayList<>()).add(row);
    }
    for (RowImport.Written w : written) {
      Event e = events.find(w.id());
      List<Cells> part = participants.remove(e.getTitle());
      if (part != null) {
        for (Cells p : part) {
          e.add(
              p.named(Person.class, "person"),
              p.constant("role", ParticipantRole.class),
              p.text("organisation") == null ? null : p.named(Organisation.class, "organisation"));
        }
        e = events.save(e);
      }
      remember(e);
    }
    if (!participants.isEmpty()) {
      throw new IllegalStateException(
          "event-participants.csv names events that events.csv does not hold: "
              + participants.keySet());
    }
    return written.size();
  }

  private int insights() {
    return insightImport.importAll(rows("insights.csv")).size();
  }

  /** Keeps a record of this load by its name, for the names in later files. */
  private void remember(Recorded r) {
    named.computeIfAbsent(r.getClass(), k -> new HashMap<>()).put(r.label(), r);
  }

  // ---------------------------------------------------------------------------------------------
  // The files.

  /** The rows of one of the demo's files, as the importers read rows: column title to text. */
  static List<Map<String, String>> rows(String file) {
    String path = FOLDER + file;
    try (InputStream in = DemoLandscape.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("The demo has no file " + path);
      }
      List<List<String>> records = Csv.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<String> titles = records.get(0);
      List<Map<String, String>> rows = new ArrayList<>();
      for (List<String> record : records.subList(1, records.size())) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < titles.size(); c++) {
          row.put(titles.get(c), c < record.size() ? record.get(c) : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Cells> cells(String file) {
    List<Map<String, String>> rows = rows(file);
    List<Cells> cells = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      cells.add(new Cells(file, i + 2, rows.get(i)));
    }
    return cells;
  }

  private static String[][] codesAndNames(String file) {
    return rows(file).stream()
        .map(r -> new String[] {r.get("code"), r.get("name")})
        .toArray(String[][]::new);
  }

  /**
   * One row of a demo file that has no importer, read strictly: a value that cannot be read, or a
   * record it names that is not there, stops the load with the file, row and column.
   */
  private final class Cells {
    private final String file;
    private final int number;
    private final Map<String, String> cells;

    Cells(String file, int number, Map<String, String> cells) {
      this.file = file;
      this.number = number;
      this.cells = cells;
    }

    String text(String column) {
      String v = cells.get(column);
      return v == null || v.isBlank() ? null : v.strip();
    }

    String required(String column) {
      String v = text(column);
      if (v == null) {
        throw problem(column, "is empty");
      }
      return v;
    }

    List<String> list(String column) {
      String v = text(column);
      return v == null
          ? List.of()
          : Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    LocalDate date(String column) {
      String v = text(column);
      try {
        return v == null ? null : LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw problem(column, "'" + v + "' is not a date (2020-11-19)");
      }
    }

    LocalDateTime dateTime(String column) {
      String v = text(column);
      try {
        return v == null ? null : LocalDateTime.parse(v);
      } catch (DateTimeParseException e) {
        throw problem(column, "'" + v + "' is not a date and time (2020-11-19T14:00)");
      }
    }

    <E extends Enum<E>> E constant(String column, Class<E> type) {
      String v = required(column);
      try {
        return Enum.valueOf(type, v);
      } catch (IllegalArgumentException e) {
        throw problem(
            column, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants()));
      }
    }

    /** The record the column names by its name (title for events). */
    <T extends Recorded> T named(Class<T> type, String column) {
      return named(type, column, required(column));
    }

    <T extends Recorded> T named(Class<T> type, String column, String name) {
      Recorded r = named.getOrDefault(type, Map.of()).get(name);
      if (r == null) {
        throw problem(
            column, "no " + type.getSimpleName() + " of the demo is called '" + name + "'");
      }
      return type.cast(r);
    }

    IllegalStateException problem(String column, String message) {
      return new IllegalStateException(
          "Demo file " + file + ", row " + number + ", column " + column + ": " + message);
    }
  }
}
