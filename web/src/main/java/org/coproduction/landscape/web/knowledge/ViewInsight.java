package org.coproduction.landscape.web.knowledge;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.knowledge.Insight;
import org.coproduction.landscape.knowledge.Insights;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.RecordNotFoundException;

/**
 * One insight's page: what was learned, under which theme, when and from where, the event and
 * networks it belongs to, the sectors and areas it concerns, and the history of changes to it.
 */
@Named
@ViewScoped
public class ViewInsight implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many history entries the page shows at most. */
  static final int SHOWN = 100;

  @Inject Insights insights;

  @Inject AuditLog audit;

  @Inject FacesContext faces;

  private Long id;
  private Insight insight;
  private Page<AuditEntry> history;

  public void load() throws IOException {
    if (id == null) {
      faces.getExternalContext().responseSendError(404, "No insight");
      faces.responseComplete();
      return;
    }
    try {
      insight = insights.find(id);
    } catch (RecordNotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
      return;
    }
    history = audit.historyOf(Insight.class.getSimpleName(), id, 0, SHOWN);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Insight getInsight() {
    return insight;
  }

  public Page<AuditEntry> getHistory() {
    return history;
  }
}
