package org.coproduction.landscape.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.web.faces.RecordList;

/** The organisations, with their Org-ID identifiers, filtered by type, area, role or identifier. */
@Named
@ViewScoped
public class OrganisationList extends RecordList<Organisation> {

  private static final long serialVersionUID = 1L;

  @Inject Organisations organisations;

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.ORGANISATIONS;
  }

  @Override
  protected String[] filterNames() {
    return new String[] {Organisations.TYPE, Organisations.AREA, Organisations.IDENTIFIER};
  }

  @Override
  protected Page<Organisation> list(ListQuery query) {
    return organisations.list(query);
  }
}
