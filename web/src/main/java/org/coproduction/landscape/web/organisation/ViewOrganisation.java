package org.coproduction.landscape.web.organisation;

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
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.Grants;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.RecordMergedException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.web.faces.MergedRecord;

/**
 * One organisation's page: its Org-ID identifiers, type, roles and area, the grants it funded and
 * its people.
 */
@Named
@ViewScoped
public class ViewOrganisation implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int SHOWN = 100;

  @Inject Organisations organisations;

  @Inject Grants grants;

  @Inject People people;

  @Inject AuditLog audit;

  @Inject FacesContext faces;

  private Long id;
  private Page<AuditEntry> history;
  private Organisation organisation;
  private List<Grant> funded;
  private List<Person> members;

  public void load() throws IOException {
    if (id == null) {
      faces.getExternalContext().responseSendError(404, "No organisation");
      faces.responseComplete();
      return;
    }
    try {
      organisation = organisations.find(id);
    } catch (RecordMergedException e) {
      MergedRecord.redirect(faces, e);
      return;
    } catch (RecordNotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
      return;
    }
    funded =
        grants
            .list(ListQuery.of(0, SHOWN, "-awardDate", null, Map.of(Grants.FUNDER, id.toString())))
            .items();
    members =
        people
            .list(ListQuery.of(0, SHOWN, "name", null, Map.of(People.ORGANISATION, id.toString())))
            .items();
    history = audit.historyOf(Organisation.class.getSimpleName(), id, 0, 100);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public List<Grant> getFunded() {
    return funded;
  }

  public List<Person> getMembers() {
    return members;
  }

  /** The history of changes to the organisation, newest first. */
  public Page<AuditEntry> getHistory() {
    return history;
  }
}
