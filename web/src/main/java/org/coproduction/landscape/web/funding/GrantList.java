package org.coproduction.landscape.web.funding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.Grants;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.web.faces.RecordList;

/**
 * Funding: grants applied for, awarded, paused or lost, filtered by status and beneficiary area.
 */
@Named
@ViewScoped
public class GrantList extends RecordList<Grant> {

  private static final long serialVersionUID = 1L;

  @Inject Grants grants;

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.GRANTS;
  }

  @Override
  protected String[] filterNames() {
    return new String[] {
      Grants.STATUS, Grants.AREA, Grants.NETWORK, Grants.FUNDER, Grants.PROGRAMME
    };
  }

  @Override
  protected Page<Grant> list(ListQuery query) {
    return grants.list(query);
  }
}
