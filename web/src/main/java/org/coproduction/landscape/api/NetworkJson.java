package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A network: areas by GSS code, sectors by code, other records by id. {@code relations} are the
 * ones this network holds ("MEMBER_OF" network 5); {@code relationsTowards} (read only) are those
 * other networks hold towards it, each naming the other network. {@code metrics} (read only, on a
 * network asked for by id) say where it stands in the network of networks.
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
    List<Relation> relationsTowards,
    Metrics metrics)
    implements Representation {

  /**
   * Status EMERGING, ACTIVE (the default), DORMANT or CLOSED; a closed network has the date and the
   * reason.
   */
  public record Lifecycle(
      String status, LocalDate foundedOn, LocalDate closedOn, String closureReason) {}

  /**
   * How many relations it has ({@code degree}); how many networks it reaches through relations
   * ({@code reach}); the share of shortest paths between other networks of its part of the
   * landscape that pass through it ({@code betweenness}, 0 to 1); how near it is, on average, to
   * the networks it reaches ({@code closeness}, 0 to 1). Betweenness and closeness are null where
   * its part of the landscape is too large to measure them ({@code measured} false).
   */
  public record Metrics(
      int degree, int reach, Double betweenness, Double closeness, boolean measured) {}

  /** MEMBER_OF, AFFILIATED_WITH or SUCCEEDED_BY the other network. */
  public record Relation(String type, Long networkId) {}
}
