package org.coproduction.landscape.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.junit.jupiter.api.Test;

class PersonTest {

  private final Organisation organisation =
      new Organisation("A network host", OrganisationType.NETWORK_HOST);

  private Person person() {
    Person p =
        new Person(
            "Ann Example",
            organisation,
            "Head of Programmes",
            new LawfulBasis(
                LawfulBasis.Basis.CONSENT, "Event registration form", LocalDate.of(2020, 11, 1)));
    p.setEmail("ann@example.org");
    return p;
  }

  @Test
  void anonymisingRemovesWhatIdentifiesThePersonAndKeepsTheirPlace() {
    Person p = person();
    p.setId(42L);
    p.anonymise(LocalDate.of(2024, 5, 2));

    assertEquals("Anonymised person #42", p.getName());
    assertNull(p.getEmail());
    assertNull(p.getRole());
    assertTrue(p.isAnonymised());
    assertEquals(LocalDate.of(2024, 5, 2), p.getAnonymisedOn());
    assertSame(organisation, p.getOrganisation(), "still counted with their organisation");
    assertFalse(p.label().contains("Ann"));
  }

  @Test
  void anonymisingTwiceKeepsTheFirstDate() {
    Person p = person();
    p.anonymise(LocalDate.of(2024, 5, 2));
    p.anonymise(LocalDate.of(2025, 1, 1));
    assertEquals(LocalDate.of(2024, 5, 2), p.getAnonymisedOn());
  }

  @Test
  void aPersonNotYetStoredIsAnonymisedWithoutAnId() {
    Person p = person();
    p.anonymise(LocalDate.of(2024, 5, 2));
    assertTrue(p.getName().startsWith("Anonymised person"), p.getName());
    assertFalse(p.getName().contains("Ann"));
  }
}
