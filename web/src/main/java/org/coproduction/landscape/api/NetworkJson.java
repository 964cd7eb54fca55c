package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A network: areas by GSS code, sectors by code, other records by id. {@code relations} are the
 * ones this network holds ("MEMBER_OF" network 5); {@code relationsTowards} (read only) are those
 * other networks hold towards it, each naming the other network.
 */
@JsonbPropertyOrder({"id", "version"})
public record NetworkJson(
    Long id,
    Long version,
    String name,
    String scope,
    List<String> areas,
    List<String> sectors,
    Long hostOrganisationId,
    Lifecycle lifecycle,
    Long successorId,
    Integer membershipEstimate,
    String description,
    String website,
    Long contactPersonId,
    List<Relation> relations,
    List<Relation> relationsTowards)
    implements Representation {

  /**
   * Status EMERGING, ACTIVE (the default), DORMANT or CLOSED; a closed network has the date and the
   * reason.
   */
  public record Lifecycle(
      String status, LocalDate foundedOn, LocalDate closedOn, String closureReason) {}

  /** MEMBER_OF, AFFILIATED_WITH or SUCCEEDED_BY the other network. */
  public record Relation(String type, Long networkId) {}
}
