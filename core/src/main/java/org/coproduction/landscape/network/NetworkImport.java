package org.coproduction.landscape.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationLookup;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.vocabulary.Sector;
import org.coproduction.landscape.vocabulary.Sectors;

/**
 * Networks from a spreadsheet: every row is checked against the same rules as a network saved by
 * hand, and nothing is written unless every row is valid. Several areas (GSS codes) or sectors
 * (codes) are separated by "|". The host is an organisation already in the record, named by its
 * name (import the organisations first). An import may found networks as emerging, active or
 * dormant, never closed: closing keeps its reason and lessons, which a row cannot.
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
          "description",
          "host");

  private static final Map<String, String> COLUMN_OF_FIELD =
      Map.of(
          "lifecycle.status", "status",
          "lifecycle.foundedOn", "founded_on",
          "lifecycle.closedOn", "status",
          "lifecycle.closureReason", "status",
          "membershipEstimate", "membership_estimate");

  @Inject Networks networks;

  @Inject Sectors sectors;

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

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
    Map<String, List<Organisation>> hosts = hostsNamed(rows);
    Codes<Sector> sectorCodes = new Codes<>(sectors.all(), "sector");
    return row -> {
      Network n = row(row, sectorCodes);
      String host = row.text("host");
      if (host != null) {
        List<Organisation> found = hosts.getOrDefault(key(host), List.of());
        if (found.size() == 1) {
          n.hostedBy(found.get(0));
        } else {
          row.problem(
              "host",
              found.isEmpty()
                  ? "No organisation in the record is called '"
                      + host
                      + "': import or add the organisation first"
                  : found.size() + " organisations are called '" + host + "'");
        }
      }
      return n;
    };
  }

  /** The organisations the file names as hosts, by name in lower case, looked up once. */
  private Map<String, List<Organisation>> hostsNamed(List<Map<String, String>> rows) {
    Set<String> names = new HashSet<>();
    for (Map<String, String> cells : rows) {
      String host = new Row(0, cells, new ArrayList<>()).text("host");
      if (host != null) {
        names.add(key(host));
      }
    }
    Map<String, List<Organisation>> byName = new HashMap<>();
    byName.putAll(OrganisationLookup.byName(em, names));
    return byName;
  }

  private static String key(String name) {
    return OrganisationLookup.key(name);
  }

  private Network row(Row row, Codes<Sector> sectorCodes) {
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
    n.setAreas(row.areas("areas"));
    for (String code : row.list("sectors")) {
      sectorCodes.in(row, "sectors", code).ifPresent(n.getSectors()::add);
    }
    n.setMembershipEstimate(row.wholeNumber("membership_estimate"));
    n.setWebsite(row.text("website"));
    n.setDescription(row.text("description"));
    return n;
  }
}
