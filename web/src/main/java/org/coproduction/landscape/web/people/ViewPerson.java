package org.coproduction.landscape.web.people;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.RecordMergedException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.privacy.SubjectRights;
import org.coproduction.landscape.web.faces.MergedRecord;
import org.coproduction.landscape.web.faces.Text;

/**
 * One person's page, with the two things UK GDPR asks of the record: export everything held on the
 * person (a subject access request, as a JSON file) and anonymise the person so that totals in
 * reports still add up. Both are written to the history by the People boundary, which allows them
 * to staff and administrators only.
 */
@Named
@ViewScoped
public class ViewPerson implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject People people;

  @Inject SubjectRights rights;

  @Inject AuditLog audit;

  @Inject FacesContext faces;

  @Inject Text text;

  private Long id;
  private Page<AuditEntry> history;
  private Person person;
  private boolean confirmed;

  public void load() throws IOException {
    if (id == null) {
      faces.getExternalContext().responseSendError(404, "No person");
      faces.responseComplete();
      return;
    }
    try {
      person = people.find(id);
    } catch (RecordMergedException e) {
      MergedRecord.redirect(faces, e);
      return;
    } catch (RecordNotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
      return;
    }
    history = audit.historyOf(Person.class.getSimpleName(), id, 0, 100);
  }

  /** Sends everything held on the person as a JSON file. */
  public void export() throws IOException {
    Map<String, Object> held;
    try {
      held = rights.everythingHeldOn(id);
    } catch (EJBAccessException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get("error.forbidden.text"), null));
      return;
    }
    byte[] json;
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
      json = jsonb.toJson(held).getBytes(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IOException("Could not write the export", e);
    }
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/json; charset=UTF-8");
    external.setResponseContentLength(json.length);
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"person-" + id + ".json\"");
    external.setResponseHeader("Cache-Control", "no-store");
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(json);
    }
    faces.responseComplete();
  }

  public void anonymise() {
    if (!confirmed) {
      faces.addMessage(
          "anonymise:confirmed",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, text.get("people.anonymise.confirm.required"), null));
      faces.validationFailed();
      return;
    }
    try {
      person = rights.anonymise(id);
      history = audit.historyOf(Person.class.getSimpleName(), id, 0, 100);
      confirmed = false;
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, text.get("people.anonymised.done"), null));
    } catch (EJBAccessException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get("error.forbidden.text"), null));
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Person getPerson() {
    return person;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }

  /** The history of changes to the person, newest first. */
  public Page<AuditEntry> getHistory() {
    return history;
  }
}
