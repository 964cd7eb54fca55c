package org.coproduction.landscape.web.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.Events;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.web.faces.RecordList;

/** The events, filtered by type, area and dates, newest first. */
@Named
@ViewScoped
public class EventList extends RecordList<Event> {

  private static final long serialVersionUID = 1L;

  @Inject Events events;

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.EVENTS;
  }

  @Override
  protected String[] filterNames() {
    return new String[] {Events.TYPE, Events.AREA, Events.FROM, Events.TO, Events.NETWORK};
  }

  @Override
  protected String defaultSort() {
    return "-startsAt";
  }

  @Override
  protected Page<Event> list(ListQuery query) {
    return events.list(ordered(query));
  }
}
