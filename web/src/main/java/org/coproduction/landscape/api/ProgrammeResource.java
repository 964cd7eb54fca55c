package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.coproduction.landscape.funding.GrantProgramme;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("programmes")
@RequestScoped
@Tag(
    name = "Grant programmes",
    description = "Filters: funder (an organisation's id). Sort: title.")
public class ProgrammeResource extends RecordResource<GrantProgramme, ProgrammeJson> {

  @Inject private Programmes programmes;
  @Inject private Organisations organisations;

  public ProgrammeResource() {
    super(
        GrantProgramme.class,
        () -> new GrantProgramme(null, null, null),
        Map.of("funder", "funderId"));
  }

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.PROGRAMMES;
  }

  @Override
  protected Registry<GrantProgramme> registry() {
    return programmes;
  }

  @Override
  protected ProgrammeJson toJson(GrantProgramme p) {
    return new ProgrammeJson(
        p.getId(),
        p.getVersion(),
        p.getTitle(),
        p.getCode(),
        idOf(p.getFunder()),
        p.getDescription());
  }

  @Override
  protected void apply(ProgrammeJson json, GrantProgramme p, Problems problems) {
    p.setTitle(json.title());
    p.setCode(json.code());
    p.setFunder(problems.reference("funderId", organisations, json.funderId()));
    p.setDescription(json.description());
  }
}
