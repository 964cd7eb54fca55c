package org.coproduction.landscape.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A list's question as its address says it, and back: what a saved search keeps and a download
 * sends, so that both ask the list exactly what the person asked.
 */
class ListQueryParametersTest {

  @Test
  void textFiltersAndOrderComeBackAsTheyWereAsked() {
    ListQuery q =
        ListQuery.ofParameters(
            "q=Caf%C3%A9+%26+co&area=E12000003&status=ACTIVE&sort=-name&page=3&size=50", 25);
    assertEquals("Café & co", q.text());
    assertEquals(Map.of("area", "E12000003", "status", "ACTIVE"), q.filters());
    assertEquals("name", q.sort());
    assertTrue(q.descending());
    assertEquals(0, q.page(), "the page is the caller's");
    assertEquals(25, q.size());
    assertEquals("q=Caf%C3%A9+%26+co&area=E12000003&status=ACTIVE&sort=-name", q.parameters());
    assertEquals(q.parameters(), ListQuery.ofParameters(q.parameters(), 1).parameters());
  }

  @Test
  void nothingAskedIsTheWholeListInItsOwnOrder() {
    for (String empty : new String[] {null, "", "&&", "page=2"}) {
      ListQuery q = ListQuery.ofParameters(empty, 20);
      assertNull(q.text());
      assertNull(q.sort());
      assertTrue(q.filters().isEmpty());
      assertEquals("", q.parameters());
    }
  }

  @Test
  void aBrokenEscapeIsKeptAsTypedAndABlankFilterIsDropped() {
    ListQuery q = ListQuery.ofParameters("q=100%&area=&sector=HEALTH", 20);
    assertEquals("100%", q.text());
    assertEquals(Map.of("sector", "HEALTH"), q.filters());
  }
}
