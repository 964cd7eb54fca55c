package org.coproduction.landscape.web.funding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduction.landscape.funding.GrantProgramme;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.web.faces.RecordList;

/** The funders' programmes under which grants are made, searched by title or by funder. */
@Named
@ViewScoped
public class ProgrammeList extends RecordList<GrantProgramme> {

  private static final long serialVersionUID = 1L;

  @Inject Programmes programmes;

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.PROGRAMMES;
  }

  @Override
  protected String[] filterNames() {
    return new String[] {Programmes.FUNDER};
  }

  @Override
  protected Page<GrantProgramme> list(ListQuery query) {
    return programmes.list(query);
  }
}
