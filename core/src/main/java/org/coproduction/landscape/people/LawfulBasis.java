package org.coproduction.landscape.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Why the record may hold a person's data (UK GDPR article 6), where that came from (a sign-up
 * form, an event registration...), and when it was recorded.
 */
@Embeddable
public class LawfulBasis implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The bases of UK GDPR article 6(1) that apply to a record like this one. */
  public enum Basis {
    CONSENT,
    CONTRACT,
    LEGAL_OBLIGATION,
    PUBLIC_TASK,
    LEGITIMATE_INTERESTS
  }

  @NotNull(message = "{landscape.lawfulBasis.basis.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "lawful_basis", nullable = false, length = 30)
  private Basis basis;

  @NotBlank(message = "{landscape.lawfulBasis.source.required}")
  @Size(max = 300, message = "{landscape.lawfulBasis.source.size}")
  @Column(name = "lawful_basis_source", nullable = false, length = 300)
  private String source;

  @NotNull(message = "{landscape.lawfulBasis.recordedOn.required}")
  @PastOrPresent(message = "{landscape.lawfulBasis.recordedOn.future}")
  @Column(name = "lawful_basis_recorded_on", nullable = false)
  private LocalDate recordedOn;

  protected LawfulBasis() {}

  public LawfulBasis(Basis basis, String source, LocalDate recordedOn) {
    this.basis = Objects.requireNonNull(basis, "A lawful basis is required");
    this.source = Objects.requireNonNull(source, "The source of the lawful basis is required");
    this.recordedOn =
        Objects.requireNonNull(recordedOn, "The date of the lawful basis is required");
  }

  /**
   * The lawful basis as staff entered it on a form, any part possibly missing: saving the person
   * then names each missing part beside its field rather than failing on the first.
   */
  public static LawfulBasis asEntered(Basis basis, String source, LocalDate recordedOn) {
    LawfulBasis entered = new LawfulBasis();
    entered.basis = basis;
    entered.source = source;
    entered.recordedOn = recordedOn;
    return entered;
  }

  public Basis getBasis() {
    return basis;
  }

  public String getSource() {
    return source;
  }

  public LocalDate getRecordedOn() {
    return recordedOn;
  }

  @Override
  public String toString() {
    return basis + " (" + source + ", " + recordedOn + ")";
  }
}
