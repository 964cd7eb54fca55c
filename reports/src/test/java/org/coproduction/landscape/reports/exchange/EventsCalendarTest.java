package org.coproduction.landscape.reports.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.coproduction.landscape.reports.Documents;
import org.coproduction.landscape.reports.LandscapeFixture;
import org.coproduction.landscape.reports.ReportParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The iCalendar file parsed by ical4j, and its raw bytes checked against RFC 5545's line rules. */
class EventsCalendarTest {

  static byte[] ics;
  static Calendar calendar;

  @BeforeAll
  static void produce() throws Exception {
    ics = Documents.produce(new EventsCalendar(), ReportParameters.none());
    calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
  }

  static List<VEvent> events() {
    return calendar.getComponents("VEVENT");
  }

  static VEvent event(String summary) {
    return events().stream()
        .filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue().equals(summary))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void hasOneEventPerEventWithTheRequiredProperties() {
    assertEquals(3, events().size());
    for (VEvent e : events()) {
      assertTrue(
          e.getProperty(Property.UID)
              .orElseThrow()
              .getValue()
              .matches("event-\\d+@landscape\\.coproduction"));
      assertEquals("20261120T100000Z", e.getProperty(Property.DTSTAMP).orElseThrow().getValue());
      Property start = e.getProperty(Property.DTSTART).orElseThrow();
      assertEquals("Europe/London", start.getParameter("TZID").orElseThrow().getValue());
    }
    assertEquals(1, calendar.getComponents("VTIMEZONE").size());
    assertEquals(
        "20201119T100000",
        event("Roundtable on the co-production landscape")
            .getProperty(Property.DTSTART)
            .orElseThrow()
            .getValue());
  }

  @Test
  void linesEndInCrlfAndAreFoldedAt75Octets() {
    String raw = new String(ics, StandardCharsets.UTF_8);
    assertTrue(raw.startsWith("BEGIN:VCALENDAR\r\n"));
    assertTrue(raw.endsWith("END:VCALENDAR\r\n"));
    assertFalse(raw.replace("\r\n", "").contains("\n"), "no bare LF");
    assertFalse(raw.replace("\r\n", "").contains("\r"), "no bare CR");
    int folded = 0;
    int start = 0;
    for (int i = 0; i < ics.length - 1; i++) {
      if (ics[i] == '\r' && ics[i + 1] == '\n') {
        assertTrue(i - start <= 75, "a line of " + (i - start) + " octets at byte " + start);
        if (i + 2 < ics.length && ics[i + 2] == ' ') {
          folded++;
        }
        start = i + 2;
      }
    }
    assertTrue(folded > 0, "the long description is folded");
    String description =
        event("Workshop: sharing power in housing")
            .getProperty(Property.DESCRIPTION)
            .orElseThrow()
            .getValue();
    assertTrue(description.endsWith("without breaking a character: ééééééééé."), description);
  }

  @Test
  void namesOnlyPublicRolesWithoutEmailAddresses() {
    VEvent roundtable = event("Roundtable on the co-production landscape");
    Property organizer = roundtable.getProperty(Property.ORGANIZER).orElseThrow();
    assertEquals("Alex Host", organizer.getParameter("CN").orElseThrow().getValue());
    Property chair = roundtable.getProperty(Property.ATTENDEE).orElseThrow();
    assertEquals("CHAIR", chair.getParameter("ROLE").orElseThrow().getValue());
    assertEquals("Sam Facilitator", chair.getParameter("CN").orElseThrow().getValue());
    assertEquals(
        1, roundtable.getProperties(Property.ATTENDEE).size(), "the participant is not named");
    String raw = new String(ics, StandardCharsets.UTF_8);
    assertFalse(raw.contains("mailto:"));
    assertFalse(raw.contains(LandscapeFixture.PRIVATE_EMAIL));
    assertFalse(raw.contains(LandscapeFixture.PRIVATE_NAME));
  }

  @Test
  void aFormulaNameIsPlainText() {
    String description =
        event("Roundtable on the co-production landscape")
            .getProperty(Property.DESCRIPTION)
            .orElseThrow()
            .getValue();
    assertTrue(description.contains("convened by " + LandscapeFixture.FORMULA_NAME), description);
  }

  @Test
  void filtersByPeriod() throws Exception {
    byte[] only2021 =
        Documents.produce(
            new EventsCalendar(),
            new ReportParameters(
                null,
                null,
                java.time.LocalDate.of(2021, 1, 1),
                java.time.LocalDate.of(2021, 12, 31)));
    Calendar c = new CalendarBuilder().build(new ByteArrayInputStream(only2021));
    assertEquals(1, c.getComponents("VEVENT").size());
  }

  @Test
  void controlCharactersTypedIntoAnEventNeverReachTheFile() throws Exception {
    byte[] hostile;
    try (Connection c = LandscapeFixture.connection()) {
      // PostgreSQL's text holds no NUL at all; H2's does, and the writer must drop it.
      String nul = c.getMetaData().getURL().startsWith("jdbc:h2:") ? "\u0000" : "";
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into event (id, version, title, type, starts_at, online, venue, description)"
                  + " values (?, 0, ?, 'WORKSHOP', ?, false, ?, ?)")) {
        insert.setLong(1, 987_654_321L);
        insert.setString(2, "Bare\rCR" + nul + "NUL\u0007BEL\u001BESC\u007FDEL summary");
        insert.setObject(3, java.time.LocalDateTime.of(2026, 3, 2, 10, 0));
        insert.setString(4, "Room\r1\u000B\u000C\u0008 \u0085venue");
        insert.setString(5, "First\rsecond\r\nthird" + nul + "\u001F\u007F\tend");
        insert.executeUpdate();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new EventsCalendar().write(LandscapeFixture.source(c), ReportParameters.none(), out);
      c.rollback();
      hostile = out.toByteArray();
    }
    for (int i = 0; i < hostile.length; i++) {
      int b = hostile[i] & 0xFF;
      boolean lineEnd =
          (b == '\r' && i + 1 < hostile.length && hostile[i + 1] == '\n')
              || (b == '\n' && i > 0 && hostile[i - 1] == '\r');
      assertTrue(
          lineEnd || b == '\t' || (b >= 0x20 && b != 0x7F),
          "control character 0x" + Integer.toHexString(b) + " at byte " + i);
    }
    Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(hostile));
    VEvent e =
        parsed.<VEvent>getComponents("VEVENT").stream()
            .filter(
                v ->
                    v.getProperty(Property.UID)
                        .orElseThrow()
                        .getValue()
                        .startsWith("event-987654321@"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Bare\nCRNULBELESCDEL summary", e.getProperty(Property.SUMMARY).orElseThrow().getValue());
    assertEquals("Room\n1 venue", e.getProperty(Property.LOCATION).orElseThrow().getValue());
    assertTrue(
        e.getProperty(Property.DESCRIPTION)
            .orElseThrow()
            .getValue()
            .endsWith("First\nsecond\nthird\tend"),
        e.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
  }
}
