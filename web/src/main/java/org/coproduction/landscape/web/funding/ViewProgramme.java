package org.coproduction.landscape.web.funding;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.funding.GrantProgramme;
import org.coproduction.landscape.funding.Grants;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.RecordNotFoundException;

/**
 * One programme's page: its funder, code and purpose, how many grants were made under it, and the
 * history of changes to it.
 */
@Named
@ViewScoped
public class ViewProgramme implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Programmes programmes;

  @Inject Grants grants;

  @Inject AuditLog audit;

  @Inject FacesContext faces;

  private Long id;
  private GrantProgramme programme;
  private long grantCount;
  private Page<AuditEntry> history;

  public void load() throws IOException {
    if (id == null) {
      faces.getExternalContext().responseSendError(404, "No programme");
      faces.responseComplete();
      return;
    }
    try {
      programme = programmes.find(id);
    } catch (RecordNotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
      return;
    }
    grantCount =
        grants.count(ListQuery.of(0, 1, null, null, Map.of(Grants.PROGRAMME, id.toString())));
    history = audit.historyOf(GrantProgramme.class.getSimpleName(), id, 0, ViewGrant.SHOWN);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public GrantProgramme getProgramme() {
    return programme;
  }

  /** How many grants were made under the programme. */
  public long getGrantCount() {
    return grantCount;
  }

  public Page<AuditEntry> getHistory() {
    return history;
  }
}
