package org.coproduction.landscape.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Objects;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.people.Person;

/**
 * A person's part in an event, with the organisation they stood for at the time (people move on;
 * the record of the event should not move with them).
 */
@Entity
@Table(name = "event_participation")
public class Participation implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "landscape_seq", sequenceName = "landscape_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "landscape_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false)
  private Event event;

  @NotNull(message = "{landscape.participation.person.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @NotNull(message = "{landscape.participation.role.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ParticipantRole role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisationAtTheTime;

  protected Participation() {}

  Participation(
      Event event, Person person, ParticipantRole role, Organisation organisationAtTheTime) {
    this.event = Objects.requireNonNull(event);
    this.person = Objects.requireNonNull(person, "A participation needs a person");
    this.role = Objects.requireNonNull(role, "A participation needs a role");
    this.organisationAtTheTime = organisationAtTheTime;
  }

  public Long getId() {
    return id;
  }

  public Event getEvent() {
    return event;
  }

  public Person getPerson() {
    return person;
  }

  public ParticipantRole getRole() {
    return role;
  }

  public Organisation getOrganisationAtTheTime() {
    return organisationAtTheTime;
  }

  /** As the history shows it: the role and a reference to the person by name and id. */
  @Override
  public String toString() {
    return role
        + " "
        + (person == null ? "?" : AuditEntry.reference(person.label(), person.getId()));
  }
}
