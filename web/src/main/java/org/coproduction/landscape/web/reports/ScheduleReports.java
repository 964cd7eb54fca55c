package org.coproduction.landscape.web.reports;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.schedule.Cadence;
import org.coproduction.landscape.reports.schedule.MailNotSentException;
import org.coproduction.landscape.reports.schedule.ReportSchedule;
import org.coproduction.landscape.reports.schedule.Schedules;
import org.coproduction.landscape.web.faces.Formats;
import org.coproduction.landscape.web.faces.Text;

/**
 * Reports by e-mail on the Reports screen: the report and filters chosen above sent weekly or
 * monthly to the addresses a person writes, from a first sending they may choose; their schedules
 * listed with when each is next due and how its last send went, each to be sent now or stopped.
 */
@Named
@ViewScoped
public class ScheduleReports implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Inject Schedules schedules;

  @Inject RunReports chosen;

  @Inject FacesContext faces;

  @Inject Text text;

  @Inject Formats formats;

  private Cadence cadence = Cadence.WEEKLY;
  private String recipients;
  private LocalDateTime first;
  private transient List<ReportSchedule> mine;

  /** Schedules the report chosen above with its filters. */
  public void schedule() {
    Reports.Description report = chosen.checkedChoice();
    if (report == null) {
      return;
    }
    List<String> to =
        recipients == null
            ? List.of()
            : Arrays.stream(recipients.split("[,;\\s]+")).filter(a -> !a.isBlank()).toList();
    try {
      Instant at = first == null ? null : first.atZone(LONDON).toInstant();
      ReportSchedule s =
          schedules.document(report.name(), chosen.parameters(report), cadence, to, at);
      message(FacesMessage.SEVERITY_INFO, text.format("reports.scheduled", s.getTitle()));
      recipients = null;
      first = null;
    } catch (InvalidRecordException e) {
      e.messages()
          .forEach(
              (field, m) -> {
                if (field.equals("recipients")) {
                  chosen.fieldError("recipients", m);
                } else {
                  message(FacesMessage.SEVERITY_ERROR, m);
                }
              });
      faces.validationFailed();
    } catch (RecordNotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      faces.validationFailed();
    } catch (EJBAccessException e) {
      message(FacesMessage.SEVERITY_ERROR, text.get("error.forbidden.text"));
    }
    mine = null;
  }

  /** Sends one of the person's schedules now; says how it went. */
  public void sendNow(long id) {
    try {
      ReportSchedule s = schedules.sendNow(id);
      message(FacesMessage.SEVERITY_INFO, text.format("reports.sentNow", s.getTitle()));
    } catch (MailNotSentException e) {
      message(FacesMessage.SEVERITY_ERROR, text.format("reports.notSent", e.getMessage()));
    } catch (RecordNotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    mine = null;
  }

  /** Stops one of the person's schedules. */
  public void stop(long id) {
    try {
      schedules.delete(id);
      message(FacesMessage.SEVERITY_INFO, text.get("reports.stopped"));
    } catch (RecordNotFoundException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    mine = null;
  }

  public List<ReportSchedule> getSchedules() {
    if (mine == null) {
      mine = schedules.mine();
    }
    return mine;
  }

  /** To whom, as the list shows it: the first three addresses, and how many more. */
  public String to(ReportSchedule s) {
    List<String> all = s.recipients();
    return all.size() <= 3
        ? String.join(", ", all)
        : String.join(", ", all.subList(0, 3)) + " " + text.format("reports.more", all.size() - 3);
  }

  /** How the last send went, in words. */
  public String lastSend(ReportSchedule s) {
    if (s.getLastFailure() != null) {
      return s.getRetryAt() == null
          ? text.format("reports.schedule.failed", s.getLastFailure())
          : text.format(
              "reports.schedule.retrying", s.getLastFailure(), formats.dateTime(s.getRetryAt()));
    }
    return s.getLastSentAt() == null
        ? text.get("reports.schedule.notYet")
        : text.format("reports.schedule.sent", formats.dateTime(s.getLastSentAt()));
  }

  private void message(FacesMessage.Severity severity, String m) {
    faces.addMessage(null, new FacesMessage(severity, m, null));
  }

  public Cadence[] getCadences() {
    return Cadence.values();
  }

  public Cadence getCadence() {
    return cadence;
  }

  public void setCadence(Cadence cadence) {
    this.cadence = cadence;
  }

  public String getRecipients() {
    return recipients;
  }

  public void setRecipients(String recipients) {
    this.recipients = recipients;
  }

  public LocalDateTime getFirst() {
    return first;
  }

  public void setFirst(LocalDateTime first) {
    this.first = first;
  }
}
