package org.coproduction.landscape.web.funding;

import jakarta.faces.convert.FacesConverter;
import org.coproduction.landscape.funding.GrantProgramme;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.web.faces.RecordConverter;

/** A funder's programme in a form field, by its id. */
@FacesConverter("programme")
public class ProgrammeConverter extends RecordConverter<GrantProgramme> {

  @Override
  protected Class<? extends Registry<GrantProgramme>> registry() {
    return Programmes.class;
  }

  @Override
  protected String messageKey() {
    return "record.choose.programme";
  }
}
