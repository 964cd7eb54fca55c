package org.coproduction.landscape.web.event;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.Events;
import org.coproduction.landscape.knowledge.Insight;
import org.coproduction.landscape.knowledge.Insights;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.RecordNotFoundException;

/**
 * One event's page: when and where, who took part in which role, which networks were there, what
 * came of it.
 */
@Named
@ViewScoped
public class ViewEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Events events;

  @Inject Insights insights;

  @Inject AuditLog audit;

  @Inject FacesContext faces;

  private Long id;
  private Page<AuditEntry> history;
  private Event event;
  private List<Insight> captured;

  public void load() throws IOException {
    if (id == null) {
      faces.getExternalContext().responseSendError(404, "No event");
      faces.responseComplete();
      return;
    }
    try {
      event = events.find(id);
    } catch (RecordNotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
      return;
    }
    captured =
        insights
            .list(ListQuery.of(0, 100, "-recordedOn", null, Map.of(Insights.EVENT, id.toString())))
            .items();
    history = audit.historyOf(Event.class.getSimpleName(), id, 0, 100);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Event getEvent() {
    return event;
  }

  public List<Insight> getCaptured() {
    return captured;
  }

  /** The history of changes to the event, newest first. */
  public Page<AuditEntry> getHistory() {
    return history;
  }
}
