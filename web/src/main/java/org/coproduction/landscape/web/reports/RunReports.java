package org.coproduction.landscape.web.reports;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.organisation.OrganisationRole;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.reports.ReportFilter;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.run.ReportRuns;
import org.coproduction.landscape.reports.run.RunStatus;
import org.coproduction.landscape.reports.run.TooManyRunsException;
import org.coproduction.landscape.web.faces.Options.Choice;
import org.coproduction.landscape.web.faces.Text;

/**
 * Running reports: a person chooses a report and the filters it reads (the funder, one of the
 * funder's programmes, a period), asks for it, watches it wait and be produced, and downloads it
 * when it is ready. Their reports are listed, newest first, until they expire.
 */
@Named
@ViewScoped
public class RunReports implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReportRuns runs;

  @Inject Reports reports;

  @Inject Organisations organisations;

  @Inject Programmes programmes;

  @Inject FacesContext faces;

  @Inject Text text;

  private String report;
  private Long funder;
  private Long programme;
  private LocalDate from;
  private LocalDate to;

  private List<Reports.Description> catalogue;
  private List<Choice> funders;
  private List<Choice> programmeChoices;
  private transient List<RunStatus> mine;

  /** Asks for the chosen report, after checking the filters. */
  public void produce() {
    Reports.Description chosen = checkedChoice();
    if (chosen == null) {
      return;
    }
    try {
      RunStatus run = runs.submit(chosen.name(), parameters(chosen));
      message(FacesMessage.SEVERITY_INFO, text.format("reports.asked", run.title()));
    } catch (RecordNotFoundException | InvalidRecordException | TooManyRunsException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      faces.validationFailed();
    } catch (EJBAccessException e) {
      message(FacesMessage.SEVERITY_ERROR, text.get("error.forbidden.text"));
    }
    mine = null;
  }

  /**
   * The report chosen, when it and its filters can be used; else null, with a message beside each
   * field at fault.
   */
  Reports.Description checkedChoice() {
    Reports.Description chosen = getChosen();
    if (chosen == null) {
      fieldError("report", text.get("reports.error.report"));
      return null;
    }
    boolean funderOk = !chosen.forOneFunder() || funder != null;
    boolean periodOk =
        !chosen.uses(ReportFilter.PERIOD) || from == null || to == null || !to.isBefore(from);
    if (!funderOk) {
      fieldError("funder", text.get("reports.error.funder"));
    }
    if (!periodOk) {
      fieldError("to", text.get("reports.error.period"));
    }
    return funderOk && periodOk ? chosen : null;
  }

  /** The filters the chosen report reads; the others are left out. */
  ReportParameters parameters(Reports.Description d) {
    boolean period = d.uses(ReportFilter.PERIOD);
    return new ReportParameters(
        d.uses(ReportFilter.FUNDER) ? funder : null,
        d.uses(ReportFilter.PROGRAMME) ? programme : null,
        period ? from : null,
        period ? to : null);
  }

  /** How long a produced report may be downloaded. */
  public long getKeepMinutes() {
    return runs.keepMinutes();
  }

  /** The poll's tick: the list is read again. */
  public void refresh() {
    mine = null;
  }

  public List<RunStatus> getRuns() {
    if (mine == null) {
      mine = runs.mine();
    }
    return mine;
  }

  /** Whether any of the person's reports is still waiting or being produced. */
  public boolean isAnyUnfinished() {
    return getRuns().stream().anyMatch(RunStatus::unfinished);
  }

  public List<Reports.Description> getCatalogue() {
    if (catalogue == null) {
      catalogue = reports.catalogue();
    }
    return catalogue;
  }

  /** The report chosen, or null. */
  public Reports.Description getChosen() {
    return getCatalogue().stream().filter(d -> d.name().equals(report)).findFirst().orElse(null);
  }

  public boolean uses(String filter) {
    Reports.Description d = getChosen();
    return d != null && d.uses(ReportFilter.valueOf(filter));
  }

  /** Organisations recorded as funders or that made grants, by name. */
  public List<Choice> getFunders() {
    if (funders == null) {
      funders =
          organisations
              .list(
                  ListQuery.of(
                      0,
                      ListQuery.MAX_SIZE,
                      "name",
                      null,
                      Map.of(Organisations.ROLE, OrganisationRole.FUNDER.name())))
              .items()
              .stream()
              .map(o -> new Choice(String.valueOf(o.getId()), o.getName()))
              .toList();
    }
    return funders;
  }

  /**
   * The chosen funder's programmes; without a funder, every programme (the first {@value
   * ListQuery#MAX_SIZE} by title), each with its funder's name.
   */
  public List<Choice> getProgrammes() {
    if (programmeChoices == null) {
      programmeChoices =
          programmes
              .list(
                  ListQuery.of(
                      0,
                      ListQuery.MAX_SIZE,
                      "title",
                      null,
                      funder == null ? Map.of() : Map.of(Programmes.FUNDER, funder.toString())))
              .items()
              .stream()
              .map(
                  p ->
                      new Choice(
                          String.valueOf(p.getId()),
                          p.getFunder() == null
                              ? p.getTitle()
                              : p.getTitle() + " (" + p.getFunder().getName() + ")"))
              .toList();
    }
    return programmeChoices;
  }

  /** Another funder was chosen: only its programmes may be chosen, and none is yet. */
  public void funderChanged() {
    programmeChoices = null;
    programme = null;
  }

  /** The state of a run in words. */
  public String state(RunStatus run) {
    return text.get("reports.state." + run.state().name());
  }

  /**
   * How far a run has gone: rows read from the database (a PDF writes nothing until its pages are
   * filled), bytes written and seconds taken.
   */
  public String progress(RunStatus run) {
    return switch (run.state()) {
      case WAITING -> text.format("reports.progress.waiting", run.seconds());
      case PRODUCING ->
          text.format(
              "reports.progress.producing",
              run.rowsRead(),
              size(run.bytesWritten()),
              run.seconds());
      case READY -> text.format("reports.progress.ready", size(run.bytesWritten()), run.seconds());
      case FAILED -> run.failure();
    };
  }

  /** A size as people read it: 812 bytes, 14 kB, 2.3 MB. */
  static String size(long bytes) {
    if (bytes < 1000) {
      return bytes + " bytes";
    }
    if (bytes < 1_000_000) {
      return Math.round(bytes / 1000.0) + " kB";
    }
    return String.format(Text.LOCALE, "%.1f MB", bytes / 1_000_000.0);
  }

  void fieldError(String id, String message) {
    UIComponent input = faces.getViewRoot().findComponent("produce:" + id);
    FacesMessage m = new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message);
    if (input instanceof UIInput in) {
      // A field marked invalid shows what was submitted: the value as the person wrote it.
      Object value = in.getValue();
      if (in.getSubmittedValue() == null && value != null) {
        in.setSubmittedValue(
            in.getConverter() == null
                ? String.valueOf(value)
                : in.getConverter().getAsString(faces, in, value));
      }
      in.setValid(false);
      faces.addMessage(in.getClientId(faces), m);
    } else {
      faces.addMessage(null, m);
    }
    faces.validationFailed();
  }

  private void message(FacesMessage.Severity severity, String message) {
    faces.addMessage(null, new FacesMessage(severity, message, null));
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }

  public Long getFunder() {
    return funder;
  }

  public void setFunder(Long funder) {
    this.funder = funder;
  }

  public Long getProgramme() {
    return programme;
  }

  public void setProgramme(Long programme) {
    this.programme = programme;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
