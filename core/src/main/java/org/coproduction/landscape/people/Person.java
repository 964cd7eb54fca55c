package org.coproduction.landscape.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.platform.Recorded;

/**
 * A person in the record: a contact, a host, a facilitator, a participant. Personal data, held on a
 * lawful basis; a person can be anonymised so that they cannot be identified while the counts they
 * are part of (participants at an event, members of an organisation) still add up.
 */
@Entity
@Table(name = "person")
public class Person extends Recorded {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{landscape.person.name.required}")
  @Size(max = 200, message = "{landscape.person.name.size}")
  @Column(nullable = false, length = 200)
  private String name;

  @Email(message = "{landscape.person.email.format}")
  @Size(max = 254, message = "{landscape.person.email.size}")
  @Column(length = 254)
  private String email;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  /** The person's role or job title, e.g. "Head of Programmes". */
  @Size(max = 200, message = "{landscape.person.role.size}")
  @Column(name = "job_role", length = 200)
  private String role;

  @Valid
  @NotNull(message = "{landscape.person.lawfulBasis.required}")
  @Embedded
  private LawfulBasis lawfulBasis;

  @Column(nullable = false)
  private boolean anonymised;

  @Column(name = "anonymised_on")
  private LocalDate anonymisedOn;

  protected Person() {}

  public Person(String name, Organisation organisation, String role, LawfulBasis lawfulBasis) {
    this.name = name;
    this.organisation = organisation;
    this.role = role;
    this.lawfulBasis = lawfulBasis;
  }

  /** A blank person for a form to fill. */
  public static Person blank() {
    return new Person();
  }

  @Override
  public String label() {
    return name;
  }

  /**
   * Removes everything that identifies the person. The record stays, with its organisation and its
   * part in events, so totals in reports are unchanged.
   */
  public void anonymise(LocalDate on) {
    if (anonymised) {
      return;
    }
    this.name = "Anonymised person " + (getId() == null ? "" : "#" + getId());
    this.email = null;
    this.role = null;
    this.anonymised = true;
    this.anonymisedOn = on;
  }

  /**
   * Takes what {@code twin}, the same person entered a second time, knows and this record does not:
   * an e-mail address, an organisation, a role, where this record has none. This record's name and
   * lawful basis are kept.
   *
   * @throws IllegalStateException when either was anonymised: an anonymised person cannot be told
   *     to be anyone
   */
  public void absorb(Person twin) {
    if (anonymised || twin.anonymised) {
      throw new IllegalStateException("An anonymised person cannot be merged");
    }
    if (email == null || email.isBlank()) {
      email = twin.email;
    }
    if (organisation == null) {
      organisation = twin.organisation;
    }
    if (role == null || role.isBlank()) {
      role = twin.role;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public void setOrganisation(Organisation organisation) {
    this.organisation = organisation;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public LawfulBasis getLawfulBasis() {
    return lawfulBasis;
  }

  public void setLawfulBasis(LawfulBasis lawfulBasis) {
    this.lawfulBasis = lawfulBasis;
  }

  public boolean isAnonymised() {
    return anonymised;
  }

  public LocalDate getAnonymisedOn() {
    return anonymisedOn;
  }
}
