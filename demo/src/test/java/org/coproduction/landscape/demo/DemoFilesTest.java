package org.coproduction.landscape.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.coproduction.landscape.funding.GrantImport;
import org.coproduction.landscape.funding.ProgrammeImport;
import org.coproduction.landscape.network.NetworkImport;
import org.coproduction.landscape.organisation.OrganisationImport;
import org.coproduction.landscape.people.PersonImport;
import org.junit.jupiter.api.Test;

/**
 * The demo's files as a user of the importers would check them: organisations, people, networks,
 * programmes and grants in the columns their importers read, and the CSV read as a spreadsheet
 * writes it.
 */
class DemoFilesTest {

  @Test
  void theImportedKindsUseOnlyTheColumnsOfTheirImporters() {
    assertColumns("organisations.csv", OrganisationImport.COLUMNS);
    assertColumns("people.csv", PersonImport.COLUMNS);
    assertColumns("networks.csv", NetworkImport.COLUMNS);
    assertColumns("programmes.csv", ProgrammeImport.COLUMNS);
    assertColumns("grants.csv", GrantImport.COLUMNS);
    assertEquals(
        GrantImport.COLUMNS, List.copyOf(DemoLandscape.rows("grants.csv").get(0).keySet()));
  }

  private static void assertColumns(String file, List<String> columns) {
    List<Map<String, String>> rows = DemoLandscape.rows(file);
    assertFalse(rows.isEmpty(), file);
    assertTrue(
        columns.containsAll(rows.get(0).keySet()),
        file + " has columns " + rows.get(0).keySet() + " beyond " + columns);
  }

  @Test
  void theSectorsAndThemesOfTheGeneratorComeFromTheFiles() {
    assertEquals(DemoLandscape.SEED.sectors(), DemoLandscape.SECTORS.length);
    assertEquals(DemoLandscape.SEED.themes(), DemoLandscape.THEMES.length);
    assertEquals("HEALTH", DemoLandscape.SECTORS[0][0]);
    assertEquals("Health", DemoLandscape.SECTORS[0][1]);
  }

  @Test
  void quotedFieldsKeepTheirCommasQuotesAndLineBreaks() {
    assertEquals(
        List.of(
            List.of("name", "description"),
            List.of("SAVS, Southend", "Said \"yes\"\nthen left"),
            List.of("", "last")),
        Csv.read(
            "\uFEFFname,description\r\n\"SAVS, Southend\",\"Said \"\"yes\"\"\nthen left\"\r\n,last"));
  }

  @Test
  void anUnclosedQuoteIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Csv.read("name\n\"open,"));
  }
}
