package org.coproduction.landscape.web.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduction.landscape.knowledge.Insight;
import org.coproduction.landscape.knowledge.Insights;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.web.faces.RecordList;

/** Knowledge: what the field learned, searched by text, theme, sector and area, newest first. */
@Named
@ViewScoped
public class InsightList extends RecordList<Insight> {

  private static final long serialVersionUID = 1L;

  @Inject Insights insights;

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.INSIGHTS;
  }

  @Override
  protected String[] filterNames() {
    return new String[] {Insights.THEME, Insights.SECTOR, Insights.AREA, Insights.NETWORK};
  }

  @Override
  protected String defaultSort() {
    return "-recordedOn";
  }

  @Override
  protected Page<Insight> list(ListQuery query) {
    return insights.list(ordered(query));
  }
}
