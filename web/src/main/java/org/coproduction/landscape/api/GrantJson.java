package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant in the shape of 360Giving: identifier 360G-&lt;prefix&gt;-&lt;id&gt;, amounts as exact
 * decimals (a JSON number or a string, at most two places), beneficiary areas by GSS code, the
 * recipient either a network or an organisation. Status defaults to APPLIED, direction to INCOMING,
 * currency to GBP.
 */
@JsonbPropertyOrder({"id", "version"})
public record GrantJson(
    Long id,
    Long version,
    String identifier,
    String title,
    String description,
    String currency,
    BigDecimal amountAppliedFor,
    BigDecimal amountAwarded,
    BigDecimal amountDisbursed,
    LocalDate awardDate,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    String status,
    String covidImpact,
    Long funderId,
    Long programmeId,
    Long recipientNetworkId,
    Long recipientOrganisationId,
    List<String> beneficiaryAreas,
    String direction)
    implements Representation {}
