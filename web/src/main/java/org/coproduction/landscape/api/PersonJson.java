package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;

/**
 * A person, with the lawful basis for holding their data (basis CONSENT, CONTRACT,
 * LEGAL_OBLIGATION, PUBLIC_TASK or LEGITIMATE_INTERESTS; where it comes from; when it was
 * recorded). {@code anonymised} and {@code anonymisedOn} are read only.
 */
@JsonbPropertyOrder({"id", "version"})
public record PersonJson(
    Long id,
    Long version,
    String name,
    String email,
    Long organisationId,
    String role,
    LawfulBasis lawfulBasis,
    @JsonbTypeDeserializer(StrictBoolean.class) Boolean anonymised,
    LocalDate anonymisedOn)
    implements Representation {

  public record LawfulBasis(String basis, String source, LocalDate recordedOn) {}
}
