package org.coproduction.landscape.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GrantRulesTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private Organisation funder;
  private Grant grant;

  @BeforeEach
  void aGrantToANetwork() {
    funder = new Organisation("A funder", OrganisationType.FUNDER);
    grant =
        new Grant("360G-funder-2020-1", "Network coordination", "Coordinating the network", funder);
    grant.setRecipientNetwork(new Network("A network", NetworkScope.LOCAL));
  }

  @Test
  void anAppliedGrantWithOneRecipientBreaksNoRule() {
    assertEquals(Map.of(), grant.brokenRules());
    assertEquals(GrantStatus.APPLIED, grant.getStatus());
  }

  @Test
  void awardingRecordsTheAmountInPenceAndTheDate() {
    grant.award(new BigDecimal("12000"), LocalDate.of(2020, 3, 1));
    assertEquals(GrantStatus.AWARDED, grant.getStatus());
    assertEquals(new BigDecimal("12000.00"), grant.getAmountAwarded());
    assertEquals(LocalDate.of(2020, 3, 1), grant.getAwardDate());
    assertEquals(Money.pounds("12000"), grant.awarded());
    assertEquals(Map.of(), grant.brokenRules());
  }

  @Test
  void awardingFractionsOfAPennyIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> grant.award(new BigDecimal("10.001"), LocalDate.of(2020, 3, 1)));
    assertEquals(GrantStatus.APPLIED, grant.getStatus(), "nothing changed");
  }

  @Test
  void anAwardedPausedOrCompletedGrantNeedsItsAmountAndDate() {
    for (GrantStatus status :
        new GrantStatus[] {GrantStatus.AWARDED, GrantStatus.PAUSED, GrantStatus.COMPLETED}) {
      grant.setStatus(status);
      Map<String, String> broken = grant.brokenRules();
      assertEquals(Set.of("amountAwarded", "awardDate"), broken.keySet(), status.name());
    }
    grant.setStatus(GrantStatus.LOST);
    assertEquals(Map.of(), grant.brokenRules(), "lost funding has no award");
  }

  @Test
  void moreCannotBeDisbursedThanWasAwarded() {
    grant.award(new BigDecimal("1000.00"), LocalDate.of(2020, 3, 1));
    grant.setAmountDisbursed(new BigDecimal("1000.00"));
    assertEquals(Map.of(), grant.brokenRules());
    grant.setAmountDisbursed(new BigDecimal("1000.01"));
    assertEquals(
        "More cannot be disbursed than was awarded", grant.brokenRules().get("amountDisbursed"));
  }

  @Test
  void aGrantHasExactlyOneRecipient() {
    grant.setRecipientOrganisation(new Organisation("A charity", OrganisationType.CHARITY));
    assertTrue(grant.brokenRules().containsKey("recipient"), "both a network and an organisation");
    grant.setRecipientNetwork(null);
    assertFalse(grant.brokenRules().containsKey("recipient"), "an organisation only");
    grant.setRecipientOrganisation(null);
    assertEquals(
        "Choose the recipient: either a network or an organisation",
        grant.brokenRules().get("recipient"));
  }

  @Test
  void thePlannedEndCannotComeBeforeThePlannedStart() {
    grant.setPlannedStart(LocalDate.of(2021, 4, 1));
    grant.setPlannedEnd(LocalDate.of(2022, 3, 31));
    assertEquals(Map.of(), grant.brokenRules());
    grant.setPlannedEnd(LocalDate.of(2021, 3, 31));
    assertEquals(
        "The planned end cannot be before the planned start",
        grant.brokenRules().get("plannedEnd"));
  }

  @Test
  void theCurrencyIsAnIso4217Code() {
    grant.setCurrency("EUR");
    assertEquals(Map.of(), grant.brokenRules());
    grant.award(new BigDecimal("500.50"), LocalDate.of(2020, 3, 1));
    assertEquals(Money.of("500.50", "EUR"), grant.awarded());

    grant.setCurrency("ABC");
    assertEquals("'ABC' is not an ISO 4217 currency code", grant.brokenRules().get("currency"));

    grant.setCurrency("gbp");
    assertEquals(
        Set.of("The currency is a three-letter ISO 4217 code such as GBP"),
        messages(grant, "currency"));
  }

  @Test
  void theIdentifierHasThe360GivingShape() {
    assertEquals(Set.of(), messages(grant, "identifier"));
    grant.setIdentifier("360G-funder/2020/1");
    assertEquals(
        Set.of("The identifier is 360G-<prefix>-<id>, with no spaces or slashes"),
        messages(grant, "identifier"));
    grant.setIdentifier("GB-CHC-1164883");
    assertFalse(messages(grant, "identifier").isEmpty());
  }

  @Test
  void aProgrammeOfAnotherFunderIsRefused() {
    funder.setId(1L);
    Organisation other = new Organisation("Another funder", OrganisationType.FUNDER);
    other.setId(2L);
    grant.setProgramme(new GrantProgramme("Their programme", "P1", other));
    assertEquals("The programme belongs to another funder", grant.brokenRules().get("programme"));
    grant.setProgramme(new GrantProgramme("Our programme", "P2", funder));
    assertFalse(grant.brokenRules().containsKey("programme"));
  }

  private static Set<String> messages(Grant g, String property) {
    return VALIDATOR.validateProperty(g, property).stream()
        .map(ConstraintViolation::getMessage)
        .collect(Collectors.toSet());
  }
}
