package org.coproduction.landscape.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RowImport;
import org.coproduction.landscape.security.Roles;

/**
 * Networks from a spreadsheet: every row is checked against the same rules as a network saved by
 * hand, and nothing is written unless every row is valid. Several areas (GSS codes) or sectors
 * (codes) are separated by "|". An import may found networks as emerging, active or dormant, never
 * closed: closing keeps its reason and lessons, which a row cannot.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class NetworkImport extends RowImport<Network> {

  /** The columns an import understands; {@code name} and {@code scope} are required. */
  public static final List<String> COLUMNS =
      List.of(
          "name",
          "scope",
          "status",
          "founded_on",
          "areas",
          "sectors",
          "membership_estimate",
          "website",
          "description");

  private static final Map<String, String> COLUMN_OF_FIELD =
      Map.of(
          "lifecycle.status", "status",
          "lifecycle.foundedOn", "founded_on",
          "lifecycle.closedOn", "status",
          "lifecycle.closureReason", "status",
          "membershipEstimate", "membership_estimate");

  @Inject Networks networks;

  @Inject Sectors sectors;

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("name", "scope");
  }

  @Override
  protected String columnOf(String field) {
    return COLUMN_OF_FIELD.getOrDefault(field, field);
  }

  @Override
  protected Network save(Network network) {
    return networks.save(network);
  }

  @Override
  protected Function<Row, Network> reading(List<Map<String, String>> rows) {
    return this::row;
  }

  private Network row(Row row) {
    Network n = Network.blank();
    n.setName(row.text("name"));
    n.setScope(row.constant("scope", NetworkScope.class));
    LifecycleStatus status =
        row.constant(
            "status",
            LifecycleStatus.class,
            List.of(LifecycleStatus.EMERGING, LifecycleStatus.ACTIVE, LifecycleStatus.DORMANT));
    if (status != null) {
      n.getLifecycle().setStatus(status);
    }
    n.getLifecycle().setFoundedOn(row.date("founded_on"));
    Set<AreaCode> areas = new TreeSet<>();
    for (String code : row.list("areas")) {
      String c = code.toUpperCase(Locale.ROOT);
      if (AreaCode.isValid(c)) {
        areas.add(new AreaCode(c));
      } else {
        row.problem(
            "areas",
            "'"
                + code
                + "' is not the GSS code of the UK, a nation, an English region or a local authority");
      }
    }
    n.setAreas(areas);
    List<String> sectorCodes = row.list("sectors");
    if (!sectorCodes.isEmpty()) {
      try {
        n.setSectors(sectors.byCodes("sectors", sectorCodes));
      } catch (InvalidRecordException e) {
        e.messages().values().forEach(m -> row.problem("sectors", m));
      }
    }
    n.setMembershipEstimate(row.wholeNumber("membership_estimate"));
    n.setWebsite(row.text("website"));
    n.setDescription(row.text("description"));
    return n;
  }
}
