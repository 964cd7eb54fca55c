package org.coproduction.landscape.reports.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
}
