package org.coproduction.landscape.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.organisation.OrgId;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationLookup;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.RowImport;

/**
 * Grants from a spreadsheet with the column titles of the 360Giving Data Standard (Identifier,
 * Title, Amount Awarded, Funding Org:Identifier...). The funder and the recipient organisation are
 * named by an Org-ID identifier or by name, and must already be in the record (import the
 * organisations first); a recipient network is named by its name. Amounts are in pounds (GBP only);
 * a grant without a status is awarded.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class GrantImport extends RowImport<Grant> {

  public static final String IDENTIFIER = "Identifier",
      TITLE = "Title",
      DESCRIPTION = "Description",
      CURRENCY = "Currency",
      AMOUNT_APPLIED_FOR = "Amount Applied For",
      AMOUNT_AWARDED = "Amount Awarded",
      AMOUNT_DISBURSED = "Amount Disbursed",
      AWARD_DATE = "Award Date",
      PLANNED_START = "Planned Dates:Start Date",
      PLANNED_END = "Planned Dates:End Date",
      FUNDER_ID = "Funding Org:Identifier",
      FUNDER_NAME = "Funding Org:Name",
      RECIPIENT_ID = "Recipient Org:Identifier",
      RECIPIENT_NAME = "Recipient Org:Name",
      RECIPIENT_NETWORK = "Recipient Network",
      PROGRAMME = "Grant Programme:Title",
      LOCATIONS = "Beneficiary Location:Geographic Code",
      STATUS = "Status",
      DIRECTION = "Direction",
      COVID_IMPACT = "Covid Impact";

  /** The columns an import understands, in the order of a 360Giving file where it has them. */
  public static final List<String> COLUMNS =
      List.of(
          IDENTIFIER,
          TITLE,
          DESCRIPTION,
          CURRENCY,
          AMOUNT_APPLIED_FOR,
          AMOUNT_AWARDED,
          AMOUNT_DISBURSED,
          AWARD_DATE,
          PLANNED_START,
          PLANNED_END,
          FUNDER_ID,
          FUNDER_NAME,
          RECIPIENT_ID,
          RECIPIENT_NAME,
          RECIPIENT_NETWORK,
          PROGRAMME,
          LOCATIONS,
          STATUS,
          DIRECTION,
          COVID_IMPACT);

  private static final Map<String, String> COLUMN_OF_FIELD =
      Map.ofEntries(
          Map.entry("identifier", IDENTIFIER),
          Map.entry("title", TITLE),
          Map.entry("description", DESCRIPTION),
          Map.entry("currency", CURRENCY),
          Map.entry("amountAppliedFor", AMOUNT_APPLIED_FOR),
          Map.entry("amountAwarded", AMOUNT_AWARDED),
          Map.entry("amountDisbursed", AMOUNT_DISBURSED),
          Map.entry("awardDate", AWARD_DATE),
          Map.entry("plannedEnd", PLANNED_END),
          Map.entry("funder", FUNDER_ID),
          Map.entry("recipient", RECIPIENT_ID),
          Map.entry("programme", PROGRAMME),
          Map.entry("status", STATUS),
          Map.entry("direction", DIRECTION),
          Map.entry("covidImpact", COVID_IMPACT));

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

  @Inject Grants grants;

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of(IDENTIFIER, TITLE, DESCRIPTION);
  }

  @Override
  protected String columnOf(String field) {
    return COLUMN_OF_FIELD.getOrDefault(field, field);
  }

  @Override
  protected Grant save(Grant grant) {
    return grants.save(grant);
  }

  @Override
  protected Function<Row, Grant> reading(List<Map<String, String>> rows) {
    return new Reading(rows);
  }

  /** The rows of one import, with the records they refer to looked up once for all rows. */
  private final class Reading implements Function<Row, Grant> {

    private final Map<OrgId, Organisation> byIdentifier = new HashMap<>();
    private final Map<String, List<Organisation>> byName = new HashMap<>();
    private final Map<String, List<Network>> networksByName = new HashMap<>();
    private final Map<String, List<GrantProgramme>> programmesByTitle = new HashMap<>();
    private final Set<String> identifiersTaken = new HashSet<>();
    private final Map<String, Integer> identifiersInFile = new HashMap<>();

    Reading(List<Map<String, String>> rows) {
      Set<OrgId> ids = new HashSet<>();
      Set<String> names = new HashSet<>();
      Set<String> networkNames = new HashSet<>();
      Set<String> titles = new HashSet<>();
      Set<String> grantIds = new HashSet<>();
      for (Map<String, String> cells : rows) {
        Row row = new Row(0, cells, new ArrayList<>());
        for (String column : List.of(FUNDER_ID, RECIPIENT_ID)) {
          String id = row.text(column);
          if (id != null && OrgId.isValid(id)) {
            ids.add(new OrgId(id));
          }
        }
        for (String column : List.of(FUNDER_NAME, RECIPIENT_NAME)) {
          if (row.text(column) != null) {
            names.add(key(row.text(column)));
          }
        }
        if (row.text(RECIPIENT_NETWORK) != null) {
          networkNames.add(key(row.text(RECIPIENT_NETWORK)));
        }
        if (row.text(PROGRAMME) != null) {
          titles.add(key(row.text(PROGRAMME)));
        }
        if (row.text(IDENTIFIER) != null) {
          grantIds.add(row.text(IDENTIFIER));
        }
      }
      byIdentifier.putAll(OrganisationLookup.byOrgId(em, ids));
      byName.putAll(OrganisationLookup.byName(em, names));
      for (List<String> chunk : chunks(new ArrayList<>(networkNames), 500)) {
        for (Network n :
            em.createQuery("select n from Network n where lower(n.name) in :names", Network.class)
                .setParameter("names", chunk)
                .getResultList()) {
          networksByName.computeIfAbsent(key(n.getName()), k -> new ArrayList<>()).add(n);
        }
      }
      for (List<String> chunk : chunks(new ArrayList<>(titles), 500)) {
        for (GrantProgramme p :
            em.createQuery(
                    "select p from GrantProgramme p where lower(p.title) in :titles",
                    GrantProgramme.class)
                .setParameter("titles", chunk)
                .getResultList()) {
          programmesByTitle.computeIfAbsent(key(p.getTitle()), k -> new ArrayList<>()).add(p);
        }
      }
      for (List<String> chunk : chunks(new ArrayList<>(grantIds), 500)) {
        identifiersTaken.addAll(
            em.createQuery(
                    "select g.identifier from Grant g where g.identifier in :ids", String.class)
                .setParameter("ids", chunk)
                .getResultList());
      }
    }

    @Override
    public Grant apply(Row row) {
      Grant g = Grant.blank();
      String identifier = row.text(IDENTIFIER);
      if (identifier != null) {
        if (identifiersTaken.contains(identifier)) {
          row.problem(IDENTIFIER, "A grant in the record already has the identifier " + identifier);
        } else if (identifiersInFile.containsKey(identifier)) {
          row.problem(
              IDENTIFIER,
              "Row "
                  + identifiersInFile.get(identifier)
                  + " of this file already has the identifier "
                  + identifier);
        } else {
          identifiersInFile.put(identifier, row.number());
        }
      }
      g.setIdentifier(identifier);
      g.setTitle(row.text(TITLE));
      g.setDescription(row.text(DESCRIPTION));
      String currency = row.text(CURRENCY);
      if (currency != null && !currency.equalsIgnoreCase("GBP")) {
        row.problem(CURRENCY, "'" + currency + "' cannot be imported: amounts are in GBP only");
      }
      g.setCurrency("GBP");
      g.setAmountAppliedFor(row.pounds(AMOUNT_APPLIED_FOR));
      g.setAmountAwarded(row.pounds(AMOUNT_AWARDED));
      g.setAmountDisbursed(row.pounds(AMOUNT_DISBURSED));
      g.setAwardDate(row.date(AWARD_DATE));
      g.setPlannedStart(row.date(PLANNED_START));
      g.setPlannedEnd(row.date(PLANNED_END));
      GrantStatus status = row.constant(STATUS, GrantStatus.class);
      g.setStatus(row.text(STATUS) == null ? GrantStatus.AWARDED : status);
      FundingDirection direction = row.constant(DIRECTION, FundingDirection.class);
      if (direction != null) {
        g.setDirection(direction);
      }
      g.setCovidImpact(row.text(COVID_IMPACT));
      Organisation funder = organisation(row, FUNDER_ID, FUNDER_NAME);
      g.setFunder(funder);
      if (funder == null && row.text(FUNDER_ID) == null && row.text(FUNDER_NAME) == null) {
        row.problem(FUNDER_ID, "Name the funder by its Org-ID identifier or its name");
      }
      g.setRecipientOrganisation(organisation(row, RECIPIENT_ID, RECIPIENT_NAME));
      String networkName = row.text(RECIPIENT_NETWORK);
      if (networkName != null) {
        List<Network> found = networksByName.getOrDefault(key(networkName), List.of());
        if (found.size() == 1) {
          g.setRecipientNetwork(found.get(0));
        } else {
          row.problem(
              RECIPIENT_NETWORK,
              found.isEmpty()
                  ? "No network in the record is called '" + networkName + "'"
                  : found.size() + " networks are called '" + networkName + "'");
        }
      }
      if (g.getRecipientNetwork() != null && g.getRecipientOrganisation() != null) {
        row.problem(
            RECIPIENT_NETWORK, "Give one recipient: either an organisation or a network, not both");
      } else if (row.hasProblem(RECIPIENT_NAME) || row.hasProblem(RECIPIENT_NETWORK)) {
        row.toldElsewhere(RECIPIENT_ID);
      }
      if (row.hasProblem(FUNDER_NAME)) {
        row.toldElsewhere(FUNDER_ID);
      }
      String programme = row.text(PROGRAMME);
      if (programme != null && funder != null) {
        List<GrantProgramme> found =
            programmesByTitle.getOrDefault(key(programme), List.of()).stream()
                .filter(p -> p.getFunder() != null && p.getFunder().getId().equals(funder.getId()))
                .toList();
        if (found.size() == 1) {
          g.setProgramme(found.get(0));
        } else {
          row.problem(
              PROGRAMME,
              found.isEmpty()
                  ? funder.getName() + " has no programme called '" + programme + "'"
                  : funder.getName() + " has " + found.size() + " programmes of that title");
        }
      }
      Set<AreaCode> areas = new TreeSet<>();
      for (String code : row.list(LOCATIONS)) {
        String c = code.toUpperCase(Locale.ROOT);
        if (AreaCode.isValid(c)) {
          areas.add(new AreaCode(c));
        } else {
          row.problem(
              LOCATIONS,
              "'"
                  + code
                  + "' is not the GSS code of the UK, a nation, an English region or a local authority");
        }
      }
      g.setBeneficiaryAreas(areas);
      return g;
    }

    /**
     * The organisation a row names by identifier (first) or by name; a problem of the column when
     * the record holds none, or several of that name.
     */
    private Organisation organisation(Row row, String idColumn, String nameColumn) {
      String id = row.text(idColumn);
      if (id != null) {
        OrgId orgId;
        try {
          orgId = new OrgId(id);
        } catch (IllegalArgumentException e) {
          row.problem(idColumn, e.getMessage());
          return null;
        }
        Organisation o = byIdentifier.get(orgId);
        if (o == null) {
          row.problem(
              idColumn,
              "No organisation in the record holds the identifier "
                  + orgId
                  + ": import or add the organisation first");
        }
        return o;
      }
      String name = row.text(nameColumn);
      if (name == null) {
        return null;
      }
      List<Organisation> found = byName.getOrDefault(key(name), List.of());
      if (found.size() == 1) {
        return found.get(0);
      }
      row.problem(
          nameColumn,
          found.isEmpty()
              ? "No organisation in the record is called '"
                  + name
                  + "': import or add the organisation first"
              : found.size()
                  + " organisations are called '"
                  + name
                  + "': name it by its Org-ID identifier in "
                  + idColumn);
      return null;
    }
  }

  private static String key(String name) {
    return OrganisationLookup.key(name);
  }
}
