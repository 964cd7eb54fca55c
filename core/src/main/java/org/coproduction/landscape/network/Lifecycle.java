package org.coproduction.landscape.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A network's life line: its status, when it was founded and, if it closed, when and why. */
@Embeddable
public class Lifecycle implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull(message = "{landscape.lifecycle.status.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private LifecycleStatus status = LifecycleStatus.ACTIVE;

  @Column(name = "founded_on")
  private LocalDate foundedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Size(max = 2000, message = "{landscape.lifecycle.closureReason.size}")
  @Column(name = "closure_reason", length = 2000)
  private String closureReason;

  public Lifecycle() {}

  public Lifecycle(LifecycleStatus status, LocalDate foundedOn) {
    this.status = status;
    this.foundedOn = foundedOn;
  }

  /** The rules of a life line, field name to message. */
  Map<String, String> brokenRules() {
    Map<String, String> m = new LinkedHashMap<>();
    if (foundedOn != null && foundedOn.isAfter(LocalDate.now())) {
      m.put("lifecycle.foundedOn", "The founding date cannot be in the future");
    }
    if (status == LifecycleStatus.CLOSED) {
      if (closedOn == null) {
        m.put("lifecycle.closedOn", "A closed network needs the date it closed");
      } else if (foundedOn != null && closedOn.isBefore(foundedOn)) {
        m.put("lifecycle.closedOn", "A network cannot close before it was founded");
      }
      if (closureReason == null || closureReason.isBlank()) {
        m.put("lifecycle.closureReason", "Say why the network closed");
      }
    } else if (closedOn != null) {
      m.put("lifecycle.closedOn", "Only a closed network has a closing date");
    }
    return m;
  }

  void close(LocalDate on, String reason) {
    this.status = LifecycleStatus.CLOSED;
    this.closedOn = on;
    this.closureReason = reason;
  }

  public boolean isClosed() {
    return status == LifecycleStatus.CLOSED;
  }

  public LifecycleStatus getStatus() {
    return status;
  }

  public void setStatus(LifecycleStatus status) {
    this.status = status;
  }

  public LocalDate getFoundedOn() {
    return foundedOn;
  }

  public void setFoundedOn(LocalDate foundedOn) {
    this.foundedOn = foundedOn;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public void setClosedOn(LocalDate closedOn) {
    this.closedOn = closedOn;
  }

  public String getClosureReason() {
    return closureReason;
  }

  public void setClosureReason(String closureReason) {
    this.closureReason = closureReason;
  }

  @Override
  public String toString() {
    return status
        + (foundedOn == null ? "" : " from " + foundedOn)
        + (closedOn == null ? "" : " to " + closedOn);
  }
}
