package org.coproduction.landscape.reports.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Uid;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.reports.Filter;
import org.coproduction.landscape.reports.LandscapeFigures;
import org.coproduction.landscape.reports.Report;
import org.coproduction.landscape.reports.ReportFilter;
import org.coproduction.landscape.reports.ReportFormat;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSource;

/**
 * The events as an iCalendar file (RFC 5545): one VEVENT per event with UID, DTSTAMP, DTSTART and
 * DTEND in Europe/London (with its VTIMEZONE), SUMMARY, LOCATION and DESCRIPTION. People appear
 * only in public roles: the host as ORGANIZER, facilitators as ATTENDEE with ROLE=CHAIR; they are
 * named by a URN of the record, never by an e-mail address. Participants are not named.
 *
 * <p>Events are written one by one as they are read; lines are folded at 75 octets.
 */
@ApplicationScoped
public class EventsCalendar implements Report {

  /**
   * The domain part of every UID: stable, so that a calendar that imports the file twice updates,
   * not duplicates.
   */
  public static final String UID_DOMAIN = "landscape.coproduction";

  @Override
  public String name() {
    return "events.ics";
  }

  @Override
  public String title() {
    return "Events, iCalendar";
  }

  @Override
  public Set<ReportFilter> filters() {
    return EnumSet.of(ReportFilter.PERIOD);
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.ICS;
  }

  /** A person in a public role at an event. */
  private record PublicRole(long eventId, long personId, String name, String role) {}

  @Override
  public void write(ReportSource source, ReportParameters parameters, OutputStream out)
      throws IOException {
    Filter filter =
        new Filter()
            .and(
                "e.starts_at >= ?",
                parameters.from() == null ? null : parameters.from().atStartOfDay())
            .and(
                "e.starts_at < ?",
                parameters.to() == null ? null : parameters.to().plusDays(1).atStartOfDay());
    ContentLines lines = new ContentLines(out);
    lines.line("BEGIN:VCALENDAR");
    lines.line("VERSION:2.0");
    lines.line("PRODID:-//Landscape of UK co-production networks//Events//EN");
    lines.line("CALSCALE:GREGORIAN");
    lines.line("METHOD:PUBLISH");
    lines.line("X-WR-CALNAME:Co-production events");
    lines.write(
        TimeZoneRegistryFactory.getInstance()
            .createRegistry()
            .getTimeZone(Event.ZONE.getId())
            .getVTimeZone()
            .toString());

    Instant stamp = Instant.now(source.clock()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    // Hosts and facilitators, in event order: read beside the events with a second cursor (no query
    // per event).
    List<PublicRole> pending = new ArrayList<>();
    try (ReportSource.Cursor roles =
        source.cursor(
            "select x.event_id as event_id, p.id as person_id, p.name as name, x.role as role"
                + " from event_participation x join person p on p.id = x.person_id join event e on e.id = x.event_id"
                + " where x.role in ('HOST', 'FACILITATOR') and p.anonymised = false"
                + filter.sql()
                + " order by e.starts_at, e.id, x.role, p.name, p.id",
            filter.parameters())) {
      source.each(
          "select e.id as id, e.title as title, e.type as type, e.starts_at as starts_at, e.ends_at as ends_at,"
              + " e.online as online, e.venue as venue, e.description as description, e.recording_url as recording,"
              + " c.name as convenor,"
              + " (select string_agg(n.name, '; ' order by n.name) from event_network x join network n on n.id = x.network_id"
              + " where x.event_id = e.id) as networks"
              + " from event e left join organisation c on c.id = e.convenor_id where 1 = 1"
              + filter.sql()
              + " order by e.starts_at, e.id",
          r -> {
            long id = r.count("id");
            List<PublicRole> people = rolesOf(id, roles, pending);
            try {
              lines.write(event(r, id, people, stamp).toString());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          filter.parameters());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    lines.line("END:VCALENDAR");
    out.flush();
  }

  /**
   * The public roles of event {@code id}, read from the roles cursor, which runs in the same order.
   */
  private static List<PublicRole> rolesOf(
      long id, ReportSource.Cursor roles, List<PublicRole> pending) throws java.sql.SQLException {
    List<PublicRole> mine = new ArrayList<>();
    pending.removeIf(
        p -> {
          if (p.eventId() == id) {
            mine.add(p);
            return true;
          }
          return false;
        });
    if (!pending.isEmpty()) {
      return mine; // the next role belongs to a later event
    }
    var rs = roles.resultSet();
    while (roles.next()) {
      PublicRole p =
          new PublicRole(
              rs.getLong("event_id"),
              rs.getLong("person_id"),
              rs.getString("name"),
              rs.getString("role"));
      if (p.eventId() == id) {
        mine.add(p);
      } else {
        pending.add(p);
        break;
      }
    }
    return mine;
  }

  private static VEvent event(ReportSource.Row r, long id, List<PublicRole> people, Instant stamp)
      throws java.sql.SQLException {
    LocalDateTime starts = r.dateTime("starts_at");
    LocalDateTime ends = r.dateTime("ends_at");
    String title = plain(r.text("title"));
    VEvent e =
        ends == null
            ? new VEvent(ZonedDateTime.of(starts, Event.ZONE), title)
            : new VEvent(
                ZonedDateTime.of(starts, Event.ZONE), ZonedDateTime.of(ends, Event.ZONE), title);
    e.replace(new DtStamp(stamp));
    e.add(new Uid("event-" + id + "@" + UID_DOMAIN));
    String venue = plain(r.text("venue"));
    e.add(
        new Location(
            r.flag("online")
                ? (venue == null ? "Online" : "Online; " + venue)
                : venue == null ? "" : venue));
    StringBuilder d =
        new StringBuilder(LandscapeFigures.statusLabel(r.text("type")).replace('_', ' '));
    if (r.text("convenor") != null) {
      d.append(", convened by ").append(plain(r.text("convenor")));
    }
    d.append('.');
    if (r.text("networks") != null) {
      d.append("\nNetworks represented: ").append(plain(r.text("networks"))).append('.');
    }
    if (r.text("description") != null) {
      d.append("\n\n").append(plain(r.text("description")));
    }
    if (r.text("recording") != null) {
      d.append("\n\nRecording: ").append(plain(r.text("recording")));
    }
    e.add(new Description(d.toString()));
    boolean organizer = false;
    for (PublicRole p : people) {
      URI address = URI.create("urn:" + UID_DOMAIN + ":person:" + p.personId());
      Cn cn = new Cn(parameterText(p.name()));
      if (p.role().equals("HOST") && !organizer) {
        e.add(new Organizer(address).add(cn));
        organizer = true;
      } else if (p.role().equals("FACILITATOR")) {
        e.add(new Attendee(address).add(Role.CHAIR).add(cn));
      }
    }
    return e;
  }

  /**
   * Text as a TEXT value may hold it (RFC 5545, 3.3.11): a line break (CRLF, or a CR alone) is one
   * LF, which ical4j writes as its escape {@code \n}; every other control character (C0 but the
   * tab, DEL, C1) is dropped, so that nothing typed into a record can end a content line or smuggle
   * one in.
   */
  static String plain(String text) {
    if (text == null) {
      return null;
    }
    return text.replace("\r\n", "\n")
        .replace('\r', '\n')
        .replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]", "");
  }

  /** A parameter value may not hold a double quote (RFC 5545, 3.2): it becomes a single one. */
  static String parameterText(String text) {
    return text.replace('"', '\'').replaceAll("[\\p{Cntrl}]", " ");
  }
}
