package org.coproduction.landscape.web.event;

import jakarta.faces.convert.FacesConverter;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.Events;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.web.faces.RecordConverter;

/** An event in a form field, by its id. */
@FacesConverter("event")
public class EventConverter extends RecordConverter<Event> {

  @Override
  protected Class<? extends Registry<Event>> registry() {
    return Events.class;
  }

  @Override
  protected String messageKey() {
    return "record.choose.event";
  }
}
