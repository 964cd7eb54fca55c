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
import org.coproduction.landscape.organisation.OrganisationRole;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.register.RowImport;

/**
 * Grants from a spreadsheet with the column titles of the 360Giving Data Standard (Identifier,
 * Title, Amount Awarded, Funding Org:Identifier...): a file made for this record, or one a funder
 * published (from GrantNav or its own site) imported as it is. Columns the standard numbers ({@code
 * Beneficiary Location:0:Geographic Code}, {@code :1:}...) are read together; columns this record
 * does not keep are left out and listed. Dates are read as the publisher wrote them (24/07/2014,
 * 2014-07-24, 2014-07-24T00:00:00+00:00).
 *
 * <p>The funder and the recipient organisation are found by Org-ID identifier, then by name as
 * people write it differently ({@link OrganisationLookup}); one not yet recorded is added from its
 * identifier and name, once however many rows name it, and so is a programme of the funder's not
 * yet recorded. A recipient network is named by its name. A grant whose identifier is already
 * recorded is updated, not entered twice: the row's filled cells replace what is recorded, its
 * empty cells leave it. A new grant without a status is awarded. The check says which rows are new
 * and which update, and names each organisation and programme that would be added; everything is
 * written in the one transaction of the import.
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
      PROGRAMME_CODE = "Grant Programme:Code",
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
          PROGRAMME_CODE,
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

  @Inject Organisations organisations;

  @Inject Programmes programmes;

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return List.of(IDENTIFIER, TITLE, DESCRIPTION);
  }

  /**
   * A title of the standard's numbered columns ({@code Beneficiary Location:2:Geographic Code})
   * reads as the column.
   */
  @Override
  public String columnFor(String title) {
    return super.columnFor(title.replaceAll(":\\s*\\d+\\s*:", ":"));
  }

  /** A published 360Giving file carries more than this record keeps. */
  @Override
  public boolean leavesOutOtherColumns() {
    return true;
  }

  @Override
  protected String columnOf(String field) {
    return COLUMN_OF_FIELD.getOrDefault(field, field);
  }

  /** Writes the organisations and programme the grant brings first, then the grant. */
  @Override
  protected Grant save(Grant grant) {
    for (Organisation o :
        new Organisation[] {grant.getFunder(), grant.getRecipientOrganisation()}) {
      if (o != null && o.isNew()) {
        organisations.save(o);
      }
    }
    if (grant.getProgramme() != null && grant.getProgramme().isNew()) {
      programmes.save(grant.getProgramme());
    }
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
    private final List<GrantProgramme> programmesNamed = new ArrayList<>();
    private final Map<String, Grant> recorded = new HashMap<>();
    private final Map<String, Integer> identifiersInFile = new HashMap<>();

    /** The organisations and programmes this import adds, as the rows first named them. */
    private final Map<OrgId, Organisation> addedById = new HashMap<>();

    private final Map<String, Organisation> addedByName = new HashMap<>();
    private final List<GrantProgramme> addedProgrammes = new ArrayList<>();

    Reading(List<Map<String, String>> rows) {
      Set<OrgId> ids = new HashSet<>();
      Set<String> names = new HashSet<>();
      Set<String> networkNames = new HashSet<>();
      Set<String> titles = new HashSet<>();
      Set<String> codes = new HashSet<>();
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
          networkNames.add(lower(row.text(RECIPIENT_NETWORK)));
        }
        if (row.text(PROGRAMME) != null) {
          titles.add(lower(row.text(PROGRAMME)));
        }
        if (row.text(PROGRAMME_CODE) != null) {
          codes.add(row.text(PROGRAMME_CODE));
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
          networksByName.computeIfAbsent(lower(n.getName()), k -> new ArrayList<>()).add(n);
        }
      }
      for (List<String> chunk : chunks(new ArrayList<>(titles), 500)) {
        programmesNamed.addAll(
            em.createQuery(
                    "select p from GrantProgramme p where lower(p.title) in :titles",
                    GrantProgramme.class)
                .setParameter("titles", chunk)
                .getResultList());
      }
      for (List<String> chunk : chunks(new ArrayList<>(codes), 500)) {
        for (GrantProgramme p :
            em.createQuery(
                    "select p from GrantProgramme p where p.code in :codes", GrantProgramme.class)
                .setParameter("codes", chunk)
                .getResultList()) {
          if (!programmesNamed.contains(p)) {
            programmesNamed.add(p);
          }
        }
      }
      for (List<String> chunk : chunks(new ArrayList<>(grantIds), 500)) {
        for (Grant g :
            em.createQuery(
                    "select distinct g from Grant g left join fetch g.beneficiaryAreas"
                        + " where g.identifier in :ids",
                    Grant.class)
                .setParameter("ids", chunk)
                .getResultList()) {
          // Read now, changed apart from the record: the register compares it with what is
          // stored when it is saved.
          g.getFunder();
          g.getRecipientOrganisation();
          g.getRecipientNetwork();
          g.getProgramme();
          em.detach(g);
          recorded.put(g.getIdentifier(), g);
        }
      }
    }

    @Override
    public Grant apply(Row row) {
      String identifier = row.text(IDENTIFIER);
      Grant g = identifier == null ? null : recorded.get(identifier);
      if (identifier != null) {
        Integer earlier = identifiersInFile.putIfAbsent(identifier, row.number());
        if (earlier != null) {
          row.problem(
              IDENTIFIER,
              "Row " + earlier + " of this file already has the identifier " + identifier);
          g = null;
        }
      }
      boolean update = g != null;
      if (!update) {
        g = Grant.blank();
        g.setIdentifier(identifier);
        g.setStatus(GrantStatus.AWARDED);
        g.setCurrency("GBP");
      }
      // An update takes the row's filled cells and keeps what the row leaves empty.
      set(row, TITLE, g::setTitle, row.text(TITLE));
      set(row, DESCRIPTION, g::setDescription, row.text(DESCRIPTION));
      String currency = row.text(CURRENCY);
      if (currency != null) {
        g.setCurrency(currency.toUpperCase(Locale.ROOT));
      }
      set(row, AMOUNT_APPLIED_FOR, g::setAmountAppliedFor, row.pounds(AMOUNT_APPLIED_FOR));
      set(row, AMOUNT_AWARDED, g::setAmountAwarded, row.pounds(AMOUNT_AWARDED));
      set(row, AMOUNT_DISBURSED, g::setAmountDisbursed, row.pounds(AMOUNT_DISBURSED));
      set(row, AWARD_DATE, g::setAwardDate, row.date(AWARD_DATE));
      set(row, PLANNED_START, g::setPlannedStart, row.date(PLANNED_START));
      set(row, PLANNED_END, g::setPlannedEnd, row.date(PLANNED_END));
      set(row, STATUS, g::setStatus, row.constant(STATUS, GrantStatus.class));
      set(row, DIRECTION, g::setDirection, row.constant(DIRECTION, FundingDirection.class));
      set(row, COVID_IMPACT, g::setCovidImpact, row.text(COVID_IMPACT));

      Organisation funder = organisation(row, FUNDER_ID, FUNDER_NAME, true);
      if (funder != null) {
        g.setFunder(funder);
      } else if (!update && row.text(FUNDER_ID) == null && row.text(FUNDER_NAME) == null) {
        row.problem(FUNDER_ID, "Name the funder by its Org-ID identifier or its name");
      }
      Organisation recipient = organisation(row, RECIPIENT_ID, RECIPIENT_NAME, false);
      Network network = network(row);
      if (recipient != null && network != null) {
        row.problem(
            RECIPIENT_NETWORK, "Give one recipient: either an organisation or a network, not both");
      } else if (recipient != null || network != null) {
        g.setRecipientOrganisation(recipient);
        g.setRecipientNetwork(network);
      }
      if (row.hasProblem(RECIPIENT_NAME) || row.hasProblem(RECIPIENT_NETWORK)) {
        row.toldElsewhere(RECIPIENT_ID);
      }
      if (row.hasProblem(FUNDER_NAME)) {
        row.toldElsewhere(FUNDER_ID);
      }
      GrantProgramme programme = programme(row, g.getFunder());
      if (programme != null) {
        g.setProgramme(programme);
      }
      Set<AreaCode> areas = areas(row);
      if (!areas.isEmpty()) {
        g.setBeneficiaryAreas(areas);
      }
      return g;
    }

    /** A row's value for a field, when its cell is filled. */
    private <V> void set(Row row, String column, java.util.function.Consumer<V> field, V value) {
      if (value != null && row.text(column) != null) {
        field.accept(value);
      }
    }

    /**
     * The row's beneficiary areas that this record keeps; other GSS codes are named and left out.
     */
    private Set<AreaCode> areas(Row row) {
      Set<AreaCode> areas = new TreeSet<>();
      List<String> leftOut = new ArrayList<>();
      for (String code : row.list(LOCATIONS)) {
        String c = code.toUpperCase(Locale.ROOT);
        if (AreaCode.isValid(c)) {
          areas.add(new AreaCode(c));
        } else if (c.matches("[EWSNK]\\d{8}")) {
          leftOut.add(c);
        } else {
          row.problem(
              LOCATIONS,
              "'"
                  + code
                  + "' is not the GSS code of the UK, a nation, an English region or a local authority");
        }
      }
      if (!leftOut.isEmpty()) {
        row.warn(
            LOCATIONS,
            String.join(", ", leftOut)
                + ": GSS codes of areas this record does not keep (wards, output areas...), left out;"
                + " the UK, nations, English regions and local authorities are kept");
      }
      return areas;
    }

    private Network network(Row row) {
      String networkName = row.text(RECIPIENT_NETWORK);
      if (networkName == null) {
        return null;
      }
      List<Network> found = networksByName.getOrDefault(lower(networkName), List.of());
      if (found.size() == 1) {
        return found.get(0);
      }
      row.problem(
          RECIPIENT_NETWORK,
          found.isEmpty()
              ? "No network in the record is called '" + networkName + "'"
              : found.size() + " networks are called '" + networkName + "'");
      return null;
    }

    /**
     * The funder's programme the row names by code (first) or title; one not recorded is added with
     * the row's title and code, once for the whole file.
     */
    private GrantProgramme programme(Row row, Organisation funder) {
      String title = row.text(PROGRAMME);
      String code = row.text(PROGRAMME_CODE);
      if ((title == null && code == null) || funder == null) {
        return null;
      }
      List<GrantProgramme> ofFunder = new ArrayList<>();
      for (List<GrantProgramme> from : List.of(programmesNamed, addedProgrammes)) {
        from.stream().filter(p -> sameOrganisation(p.getFunder(), funder)).forEach(ofFunder::add);
      }
      List<GrantProgramme> found =
          code == null
              ? List.of()
              : ofFunder.stream().filter(p -> code.equalsIgnoreCase(p.getCode())).toList();
      if (found.isEmpty() && title != null) {
        found = ofFunder.stream().filter(p -> lower(p.getTitle()).equals(lower(title))).toList();
      }
      if (found.size() == 1) {
        return found.get(0);
      }
      if (found.size() > 1) {
        row.problem(
            PROGRAMME,
            funder.getName()
                + " has "
                + found.size()
                + " programmes of that title: give its code in "
                + PROGRAMME_CODE);
        return null;
      }
      if (title == null) {
        row.problem(
            PROGRAMME,
            funder.getName()
                + " has no programme with the code '"
                + code
                + "': give its title in "
                + PROGRAMME
                + " for it to be added");
        return null;
      }
      GrantProgramme added = new GrantProgramme(title, code, funder);
      addedProgrammes.add(added);
      row.warn(
          PROGRAMME,
          "'" + title + "' is not a programme of " + funder.getName() + " yet: it will be added");
      return added;
    }

    /**
     * The organisation a row names, found by its Org-ID identifier, then by its name as people
     * write it differently; one the record does not hold is added from its identifier and name (a
     * funder as a funder), once for the whole file. A problem of the column when the identifier is
     * malformed, when several recorded organisations have the name, or when an organisation to add
     * has no name.
     */
    private Organisation organisation(Row row, String idColumn, String nameColumn, boolean funder) {
      String id = row.text(idColumn);
      String name = row.text(nameColumn);
      OrgId orgId = null;
      if (id != null) {
        try {
          orgId = new OrgId(id);
        } catch (IllegalArgumentException e) {
          row.problem(idColumn, e.getMessage());
          return null;
        }
        Organisation o = byIdentifier.getOrDefault(orgId, addedById.get(orgId));
        if (o != null) {
          return o;
        }
      }
      if (name == null) {
        if (orgId != null) {
          row.problem(
              idColumn,
              "No organisation in the record holds the identifier "
                  + orgId
                  + ": give its name in "
                  + nameColumn
                  + " for it to be added");
        }
        return null;
      }
      List<Organisation> found = byName.getOrDefault(key(name), List.of());
      if (found.size() == 1) {
        return found.get(0);
      }
      if (found.size() > 1) {
        row.problem(
            nameColumn,
            found.size()
                + " organisations are called '"
                + name
                + "': name it by its Org-ID identifier in "
                + idColumn
                + ", or merge them on the Duplicates screen");
        return null;
      }
      Organisation added = addedByName.get(key(name));
      if (added == null) {
        added =
            new Organisation(
                name, funder ? OrganisationType.FUNDER : OrganisationType.likelyFor(orgId));
        if (funder) {
          added.playing(OrganisationRole.FUNDER);
        }
        if (orgId != null) {
          added.getIdentifiers().add(orgId);
          addedById.put(orgId, added);
        }
        addedByName.put(key(name), added);
        if (name.length() > 200) {
          row.problem(nameColumn, "A name is at most 200 characters");
          return null;
        }
        row.warn(
            nameColumn,
            "'"
                + name
                + "'"
                + (orgId == null ? "" : " (" + orgId + ")")
                + " is not in the record: it will be added"
                + (funder ? " as a funder" : ""));
      } else if (orgId != null && !added.getIdentifiers().contains(orgId)) {
        row.problem(
            idColumn,
            "An earlier row names '"
                + name
                + "' "
                + (added.getIdentifiers().isEmpty()
                    ? "without an identifier"
                    : "with the identifier " + added.getIdentifiers().iterator().next())
                + ": give one organisation one identifier");
        return null;
      }
      return added;
    }
  }

  private static boolean sameOrganisation(Organisation a, Organisation b) {
    return a == b || (a != null && b != null && a.getId() != null && a.getId().equals(b.getId()));
  }

  private static String key(String name) {
    return OrganisationLookup.key(name);
  }

  private static String lower(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
