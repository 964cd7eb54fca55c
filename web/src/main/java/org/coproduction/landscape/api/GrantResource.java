package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.Objects;
import org.coproduction.landscape.funding.FundingDirection;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.GrantStatus;
import org.coproduction.landscape.funding.Grants;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("grants")
@RequestScoped
@Tag(
    name = "Grants",
    description =
        "Filters: status (APPLIED, AWARDED, PAUSED, WITHDRAWN, LOST, COMPLETED), area (GSS code), funder,"
            + " programme, network (ids), direction (INCOMING, OUTGOING). Sort: title, identifier, status, awardDate,"
            + " amountAwarded, amountAppliedFor.")
public class GrantResource extends RecordResource<Grant, GrantJson> {

  @Inject private Grants grants;
  @Inject private Programmes programmes;
  @Inject private Organisations organisations;
  @Inject private Networks networks;

  public GrantResource() {
    super(
        Grant.class,
        Grant::blank,
        Map.of(
            "funder", "funderId",
            "programme", "programmeId",
            "recipientNetwork", "recipientNetworkId",
            "recipientOrganisation", "recipientOrganisationId"));
  }

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.GRANTS;
  }

  @Override
  protected Registry<Grant> registry() {
    return grants;
  }

  @Override
  protected GrantJson toJson(Grant g) {
    return new GrantJson(
        g.getId(),
        g.getVersion(),
        g.getIdentifier(),
        g.getTitle(),
        g.getDescription(),
        g.getCurrency(),
        g.getAmountAppliedFor(),
        g.getAmountAwarded(),
        g.getAmountDisbursed(),
        g.getAwardDate(),
        g.getPlannedStart(),
        g.getPlannedEnd(),
        nameOf(g.getStatus()),
        g.getCovidImpact(),
        idOf(g.getFunder()),
        idOf(g.getProgramme()),
        idOf(g.getRecipientNetwork()),
        idOf(g.getRecipientOrganisation()),
        codesOf(g.getBeneficiaryAreas()),
        nameOf(g.getDirection()));
  }

  @Override
  protected void apply(GrantJson json, Grant g, Problems problems) {
    g.setIdentifier(json.identifier());
    g.setTitle(json.title());
    g.setDescription(json.description());
    g.setCurrency(Objects.requireNonNullElse(json.currency(), "GBP"));
    g.setAmountAppliedFor(json.amountAppliedFor());
    g.setAmountAwarded(json.amountAwarded());
    g.setAmountDisbursed(json.amountDisbursed());
    g.setAwardDate(json.awardDate());
    g.setPlannedStart(json.plannedStart());
    g.setPlannedEnd(json.plannedEnd());
    g.setStatus(
        Objects.requireNonNullElse(
            problems.enumValue("status", json.status(), GrantStatus.class), GrantStatus.APPLIED));
    g.setCovidImpact(json.covidImpact());
    g.setFunder(problems.reference("funderId", organisations, json.funderId()));
    g.setProgramme(problems.reference("programmeId", programmes, json.programmeId()));
    g.setRecipientNetwork(
        problems.reference("recipientNetworkId", networks, json.recipientNetworkId()));
    g.setRecipientOrganisation(
        problems.reference(
            "recipientOrganisationId", organisations, json.recipientOrganisationId()));
    g.setBeneficiaryAreas(problems.areaCodes("beneficiaryAreas", json.beneficiaryAreas()));
    g.setDirection(
        Objects.requireNonNullElse(
            problems.enumValue("direction", json.direction(), FundingDirection.class),
            FundingDirection.INCOMING));
  }
}
