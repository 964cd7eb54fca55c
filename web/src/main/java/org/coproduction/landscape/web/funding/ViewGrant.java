package org.coproduction.landscape.web.funding;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.Grants;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.RecordNotFoundException;

/**
 * One grant's page: who funded whom, under which programme, how much was applied for, awarded and
 * paid, when, for which areas, and the history of changes to it.
 */
@Named
@ViewScoped
public class ViewGrant implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many history entries the page shows at most. */
  static final int SHOWN = 100;

  @Inject Grants grants;

  @Inject AuditLog audit;

  @Inject FacesContext faces;

  private Long id;
  private Grant grant;
  private Page<AuditEntry> history;

  public void load() throws IOException {
    if (id == null) {
      faces.getExternalContext().responseSendError(404, "No grant");
      faces.responseComplete();
      return;
    }
    try {
      grant = grants.find(id);
    } catch (RecordNotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
      return;
    }
    history = audit.historyOf(Grant.class.getSimpleName(), id, 0, SHOWN);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Grant getGrant() {
    return grant;
  }

  public Page<AuditEntry> getHistory() {
    return history;
  }
}
