package org.coproduction.landscape.web.network;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.knowledge.NetworkClosing;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.platform.EditConflictException;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.web.faces.FieldMessages;
import org.coproduction.landscape.web.faces.Text;

/**
 * "Close this network": when and why it closed, which network carries on its work, and the lessons
 * it leaves, which the register keeps as insights. Opened from the network's page, where {@link
 * ViewNetwork} holds the network.
 */
@Named
@ViewScoped
public class CloseNetwork implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Networks networks;

  @Inject NetworkClosing closing;

  @Inject FacesContext faces;

  @Inject Text text;

  @Inject ViewNetwork page;

  private LocalDate closedOn = LocalDate.now();
  private String reason;
  private Network successor;
  private final List<LessonRow> lessons = new ArrayList<>(List.of(new LessonRow()));

  /** One lesson being written: its text and theme code. */
  public static class LessonRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;
    private String theme;

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getTheme() {
      return theme;
    }

    public void setTheme(String theme) {
      this.theme = theme;
    }
  }

  public void addLesson() {
    lessons.add(new LessonRow());
  }

  public void removeLesson(LessonRow row) {
    lessons.remove(row);
  }

  /**
   * Networks whose name contains what was typed, for the successor field (not the network itself).
   */
  public List<Network> completeSuccessor(String typed) {
    Network current = page.getNetwork();
    return networks.list(ListQuery.of(0, 10, "name", typed, Map.of())).items().stream()
        .filter(n -> current == null || !n.getId().equals(current.getId()))
        .toList();
  }

  public String close() {
    Network network = page.getNetwork();
    List<NetworkClosing.Lesson> kept = new ArrayList<>();
    for (LessonRow row : lessons) {
      boolean empty =
          (row.getText() == null || row.getText().isBlank())
              && (row.getTheme() == null || row.getTheme().isBlank());
      if (!empty) {
        kept.add(new NetworkClosing.Lesson(row.getText(), row.getTheme()));
      }
    }
    try {
      Network closed =
          closing.close(
              network.getId(),
              network.getVersion(),
              closedOn,
              reason,
              successor == null ? null : successor.getId(),
              kept);
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text.format("networks.close.done", closed.getName(), kept.size()),
              null));
      return "/networks/view?faces-redirect=true&id=" + closed.getId();
    } catch (InvalidRecordException e) {
      FieldMessages.show(faces, faces.getViewRoot().findComponent("close"), e);
    } catch (EditConflictException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              e.getMessage() + ". " + text.get("error.expired.text"),
              null));
      faces.validationFailed();
    } catch (EJBAccessException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get("error.forbidden.text"), null));
      faces.validationFailed();
    }
    return null;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public void setClosedOn(LocalDate closedOn) {
    this.closedOn = closedOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Network getSuccessor() {
    return successor;
  }

  public void setSuccessor(Network successor) {
    this.successor = successor;
  }

  public List<LessonRow> getLessons() {
    return lessons;
  }
}
