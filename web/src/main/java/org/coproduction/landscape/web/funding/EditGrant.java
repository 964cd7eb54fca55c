package org.coproduction.landscape.web.funding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.GrantProgramme;
import org.coproduction.landscape.funding.Grants;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.web.faces.ChosenCodes;
import org.coproduction.landscape.web.faces.EditRecord;

/**
 * Adding a grant or editing one, in the shape of 360Giving: identifier, title and description, the
 * funder and its programme, the recipient (a network or an organisation), status, amounts in pounds
 * and pence, dates, the areas it benefits, whether the money comes in or goes out, and how Covid-19
 * affected it.
 */
@Named
@ViewScoped
public class EditGrant extends EditRecord<Grant> {

  private static final long serialVersionUID = 1L;

  public EditGrant() {
    super(Grant.class, "grant", "/funding/view", "form.grant.new");
  }

  @Inject Grants grants;

  @Inject Programmes programmes;

  private ChosenCodes areas = new ChosenCodes();

  @Override
  protected Registry<Grant> registry() {
    return grants;
  }

  @Override
  protected Grant blank() {
    return Grant.blank();
  }

  @Override
  protected void loaded(Grant g) {
    areas = ChosenCodes.ofAreas(g.getBeneficiaryAreas());
  }

  @Override
  protected void beforeSave(Grant g) {
    g.setBeneficiaryAreas(areas.areas());
  }

  /** The programmes of the chosen funder (of every funder while none is chosen) as typed. */
  public List<GrantProgramme> completeProgramme(String typed) {
    Grant g = getRecord();
    Map<String, String> filters =
        g.getFunder() == null || g.getFunder().getId() == null
            ? Map.of()
            : Map.of(Programmes.FUNDER, g.getFunder().getId().toString());
    return programmes
        .list(
            ListQuery.of(0, 12, "title", typed == null || typed.isBlank() ? null : typed, filters))
        .items();
  }

  @Override
  protected void compare(Comparison c, Grant theirs, Grant yours) {
    c.add("form.grant.identifier", theirs.getIdentifier(), yours.getIdentifier())
        .add("form.grant.title", theirs.getTitle(), yours.getTitle())
        .add("form.grant.funder", theirs.getFunder(), yours.getFunder())
        .add("form.grant.programme", theirs.getProgramme(), yours.getProgramme())
        .add("form.grant.recipient", theirs.recipientName(), yours.recipientName())
        .add("form.grant.status", theirs.getStatus(), yours.getStatus())
        .add(
            "form.grant.amountAppliedFor",
            formats.pounds(theirs.getAmountAppliedFor()),
            formats.pounds(yours.getAmountAppliedFor()))
        .add(
            "form.grant.amountAwarded",
            formats.pounds(theirs.getAmountAwarded()),
            formats.pounds(yours.getAmountAwarded()))
        .add(
            "form.grant.amountDisbursed",
            formats.pounds(theirs.getAmountDisbursed()),
            formats.pounds(yours.getAmountDisbursed()))
        .add("form.grant.awardDate", theirs.getAwardDate(), yours.getAwardDate())
        .add("form.grant.plannedStart", theirs.getPlannedStart(), yours.getPlannedStart())
        .add("form.grant.plannedEnd", theirs.getPlannedEnd(), yours.getPlannedEnd())
        .add(
            "form.grant.areas",
            ChosenCodes.namesOf(theirs.getBeneficiaryAreas()),
            areas.areaNames())
        .add("form.grant.direction", theirs.getDirection(), yours.getDirection())
        .add("form.grant.description", theirs.getDescription(), yours.getDescription())
        .add("form.grant.covidImpact", theirs.getCovidImpact(), yours.getCovidImpact());
  }

  public List<String> getAreaCodes() {
    return areas.getCodes();
  }

  public void setAreaCodes(List<String> areaCodes) {
    areas.setCodes(areaCodes);
  }
}
