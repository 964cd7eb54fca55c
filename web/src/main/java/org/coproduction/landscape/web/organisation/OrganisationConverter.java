package org.coproduction.landscape.web.organisation;

import jakarta.faces.convert.FacesConverter;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.web.faces.RecordConverter;

/** An organisation in a form field, by its id. */
@FacesConverter("organisation")
public class OrganisationConverter extends RecordConverter<Organisation> {

  @Override
  protected Class<? extends Registry<Organisation>> registry() {
    return Organisations.class;
  }

  @Override
  protected String messageKey() {
    return "record.choose.organisation";
  }
}
