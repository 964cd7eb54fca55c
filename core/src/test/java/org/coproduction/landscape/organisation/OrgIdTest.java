package org.coproduction.landscape.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrgIdTest {

  /** One well-formed identifier for every list the record accepts. */
  private static final Map<String, String> EXAMPLES =
      Map.ofEntries(
          Map.entry("GB-CHC", "GB-CHC-1164883"),
          Map.entry("GB-SC", "GB-SC-SC012345"),
          Map.entry("GB-NIC", "GB-NIC-100123"),
          Map.entry("GB-COH", "GB-COH-09506232"),
          Map.entry("GB-LAE", "GB-LAE-MAN"),
          Map.entry("GB-LAS", "GB-LAS-GLG"),
          Map.entry("GB-PLA", "GB-PLA-CRF"),
          Map.entry("GB-LANI", "GB-LANI-BFS"),
          Map.entry("GB-NHS", "GB-NHS-RR8"),
          Map.entry("GB-GOR", "GB-GOR-PB188"),
          Map.entry("GB-EDU", "GB-EDU-100000"),
          Map.entry("GB-UKPRN", "GB-UKPRN-10007784"),
          Map.entry("GB-SHPE", "GB-SHPE-L0001"),
          Map.entry("GB-MPR", "GB-MPR-IP00123R"),
          Map.entry("360G", "360G-publisher-group_42"));

  @Test
  void everyListThatTheRecordKnowsIsAccepted() {
    assertEquals(EXAMPLES.keySet(), java.util.Set.copyOf(OrgId.LISTS), "an example for every list");
    EXAMPLES.forEach(
        (list, value) -> {
          OrgId id = new OrgId(value);
          assertEquals(list, id.list(), value);
          assertEquals(value, id.value());
          assertEquals(value.substring(list.length() + 1), id.localId());
        });
  }

  @Test
  void aCompanyNumberKeepsItsLeadingZerosAndHasEightCharacters() {
    assertEquals("09506232", new OrgId("GB-COH-09506232").localId());
    assertEquals("SC123456", new OrgId("GB-COH-SC123456").localId());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new OrgId("GB-COH-9506232"));
    assertTrue(e.getMessage().contains("8 characters"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new OrgId("GB-COH-095062321"));
  }

  @Test
  void anUnknownListIsRefusedNamingTheListsThatAreKnown() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new OrgId("XI-CHC-1164883"));
    assertTrue(e.getMessage().contains("known list code"), e.getMessage());
    assertTrue(e.getMessage().contains("GB-CHC"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new OrgId("GB-CHX-1164883"));
    assertThrows(IllegalArgumentException.class, () -> new OrgId("1164883"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB-CHC-1164 883", "GB-CHC-1164/883", "GB-CHC-", "GB-CHC- 1164883"})
  void spacesSlashesAndMissingIdsAreRefusedWithAMessageSayingSo(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new OrgId(value));
    assertTrue(e.getMessage().contains("no spaces or slashes"), e.getMessage());
  }

  @Test
  void a360GivingIdentifierNeedsAPublisherPrefixAndALocalId() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new OrgId("360G-grouponly"));
    assertTrue(e.getMessage().contains("360G-<publisher prefix>-<local id>"), e.getMessage());
  }

  @Test
  void surroundingSpacesAreTrimmedAndComparisonIgnoresCase() {
    assertEquals("GB-CHC-1164883", new OrgId("  GB-CHC-1164883 ").value());
    assertEquals(new OrgId("GB-CHC-1164883"), new OrgId("gb-chc-1164883"));
    assertEquals(new OrgId("GB-CHC-1164883").hashCode(), new OrgId("gb-chc-1164883").hashCode());
  }

  @Test
  void isValidAnswersWithoutThrowing() {
    assertTrue(OrgId.isValid("GB-SC-SC012345"));
    assertFalse(OrgId.isValid("GB-SC SC012345"));
    assertFalse(OrgId.isValid(null));
  }
}
