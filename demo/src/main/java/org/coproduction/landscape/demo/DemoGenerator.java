package org.coproduction.landscape.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import org.coproduction.landscape.event.EventType;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.funding.FundingDirection;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.GrantStatus;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkRelation;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.network.RelationType;
import org.coproduction.landscape.organisation.OrgId;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationRole;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.people.LawfulBasis;

/**
 * Generates a large, plausible landscape for benchmarks: networks in every nation and English
 * region, the organisations that host and fund them, grants in every status, events with
 * participants, and insights. The same sizes always give the same data (names, codes, amounts,
 * dates): everything is drawn from one {@link SplittableRandom} with the fixed seed {@link #SEED},
 * in a fixed order.
 *
 * <p>It writes with JDBC batches of {@value #CHUNK} records, so memory stays flat at any size.
 * Generated records obey the domain's rules: each network and grant is built as its entity
 * (constructors and business methods such as {@link Network#close} and {@link Grant#award}) and
 * checked with {@code brokenRules()} before its row is written; identifiers pass {@link OrgId} and
 * {@link AreaCode}; grant identifiers are {@code 360G-LSGEN-<n>}, organisation identifiers use
 * number ranges the seed does not use. People are placeholders ("Generated person 000042"), not
 * personal data. It needs the sectors and themes of the demo and adds those that are missing.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link #generate(Connection, DemoSize)}: on a connection in auto-commit mode it commits
 *       every chunk itself; on a connection in a transaction it leaves the commit to the caller.
 *   <li>{@link #generate(EntityManager, DemoSize)}: inside the caller's active transaction (e.g. a
 *       test's resource-local transaction), through the entity manager's own connection.
 *   <li>{@link #main}: {@code java ... DemoGenerator <jdbc-url> <user> <password> <networks>
 *       [grants]}, after the migrations have run.
 * </ul>
 *
 * <p>Run it once on a database: a second run with the same sizes makes the same identifiers, which
 * are unique.
 *
 * <p>Measured on this 2-core machine for {@code DemoSize.of(100_000)} (about a million rows, heap
 * in use ~55 MB): PostgreSQL ~99 s, or ~65 s with {@code reWriteBatchedInserts=true} in the JDBC
 * URL; H2 in memory ~110 s.
 */
public final class DemoGenerator {

  /** The seed of every generated data set. */
  public static final long SEED = 20201119L;

  /** Records per JDBC batch (and per commit when the generator owns the transaction). */
  public static final int CHUNK = 2000;

  /** The 360Giving publisher prefix of generated grants and unregistered groups. */
  public static final String PREFIX = "LSGEN";

  private static final Logger LOG = Logger.getLogger(DemoGenerator.class.getName());

  /** What one run wrote. */
  public record Generated(
      DemoSize size, int programmes, long participations, long relations, Duration took) {

    @Override
    public String toString() {
      return size
          + ", "
          + programmes
          + " programmes, "
          + participations
          + " participations, "
          + relations
          + " relations in "
          + took.toMillis()
          + " ms";
    }
  }

  private DemoGenerator() {}

  /**
   * Generates {@code size} on the database of {@code connection}. With auto-commit on, commits
   * after every chunk (and rolls the current chunk back on failure); otherwise writes in the
   * caller's transaction.
   */
  public static Generated generate(Connection connection, DemoSize size) throws SQLException {
    boolean owned = connection.getAutoCommit();
    if (owned) {
      connection.setAutoCommit(false);
    }
    try {
      Generated g = new Run(connection, size, owned).run();
      if (owned) {
        connection.commit();
      }
      return g;
    } catch (SQLException | RuntimeException e) {
      if (owned) {
        connection.rollback();
      }
      throw e;
    } finally {
      if (owned) {
        connection.setAutoCommit(true);
      }
    }
  }

  /**
   * Generates {@code size} in the entity manager's active transaction, on its connection; the
   * caller commits. Pending changes are flushed first. Entities already loaded in {@code em} do not
   * see the generated rows.
   *
   * @throws IllegalStateException when no transaction is active
   */
  public static Generated generate(EntityManager em, DemoSize size) {
    em.flush();
    Connection connection = em.unwrap(Connection.class);
    if (connection == null) {
      throw new IllegalStateException(
          "The generator needs an active transaction on the entity manager");
    }
    try {
      return generate(connection, size);
    } catch (SQLException e) {
      throw new PersistenceException("Generating demo data failed: " + e.getMessage(), e);
    }
  }

  /**
   * Whether the database holds nothing beyond the demo seed: no network, or exactly the seed's
   * networks. Start-up generation runs only then, so that a restart does not generate twice.
   */
  public static boolean holdsOnlyTheSeed(Connection connection) throws SQLException {
    long networks = count(connection, "select count(*) from network");
    return networks == 0 || networks == DemoLandscape.SEED.networks();
  }

  /** {@code java DemoGenerator <jdbc-url> <user> <password> <networks> [grants]} */
  public static void main(String[] args) throws SQLException {
    if (args.length < 4) {
      System.err.println("usage: DemoGenerator <jdbc-url> <user> <password> <networks> [grants]");
      System.exit(2);
    }
    DemoSize size = DemoSize.of(Integer.parseInt(args[3]));
    if (args.length > 4) {
      size = size.withGrants(Integer.parseInt(args[4]));
    }
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      System.out.println(generate(c, size));
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  // -----------------------------------------------------------------------------------------------------------

  /**
   * One generation: the random source, the id blocks, the open batches and what later kinds refer
   * back to.
   */
  private static final class Run {

    private static final LocalDate LAWFUL_BASIS_DAY = LocalDate.of(2025, 1, 1);
    private static final LocalDate FIRST_EVENT_DAY = LocalDate.of(2019, 1, 7);
    private static final LocalDate LAST_EVENT_DAY = LocalDate.of(2025, 12, 12);
    private static final Area[] UK_TABLE = Area.ukTable().toArray(Area[]::new);
    private static final Area[] NATIONS = {
      Area.ENGLAND, Area.WALES, Area.SCOTLAND, Area.NORTHERN_IRELAND
    };
    private static final Area[] REGIONS =
        Arrays.stream(Area.values())
            .filter(a -> a.level() == Area.Level.REGION)
            .toArray(Area[]::new);
    private static final AreaCode UK = new AreaCode(AreaCode.UNITED_KINGDOM);

    private final Connection c;
    private final DemoSize size;
    private final boolean commitChunks;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final IdBlock ids;
    private final Map<String, Integer> nameCounts = new HashMap<>();

    private long[] sectorIds;
    private long[] themeIds;
    private long[] orgIds;
    private byte[] orgArea; // Area ordinal, -1 for none
    private int funders;
    private long[] personIds;
    private int[] personOrg;
    private long[] networkIds;
    private byte[] networkArea; // Area ordinal, -1 for the whole UK
    private short[] networkPlace; // index in Places.in(area), -1 for none
    private final List<List<Integer>> hubs = new ArrayList<>();
    private long[] programmeIds;
    private int[] programmeFunder;
    private long[] eventIds;
    private int[] eventDay; // epoch day
    private long participations;
    private long relations;

    Run(Connection c, DemoSize size, boolean commitChunks) throws SQLException {
      this.c = c;
      this.size = size;
      this.commitChunks = commitChunks;
      this.ids = new IdBlock(c, "landscape_seq");
      for (int i = 0; i < Area.values().length; i++) {
        hubs.add(new ArrayList<>());
      }
    }

    Generated run() throws SQLException {
      Instant start = Instant.now();
      lists();
      organisations();
      people();
      networks();
      programmes();
      grants();
      events();
      insights();
      audit();
      Duration took = Duration.between(start, Instant.now());
      LOG.info(() -> "Generated demo data: " + size + " in " + took.toMillis() + " ms");
      return new Generated(size, programmeIds.length, participations, relations, took);
    }

    private void chunkDone(Batch... batches) throws SQLException {
      for (Batch b : batches) {
        b.execute();
      }
      if (commitChunks) {
        c.commit();
      }
    }

    // ---- lists

    private void lists() throws SQLException {
      sectorIds = ensure("sector", DemoLandscape.SECTORS);
      themeIds = ensure("theme", DemoLandscape.THEMES);
    }

    private long[] ensure(String table, String[][] entries) throws SQLException {
      Map<String, Long> existing = new HashMap<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select code, id from " + table)) {
        while (r.next()) {
          existing.put(r.getString(1), r.getLong(2));
        }
      }
      long[] result = new long[entries.length];
      try (Batch insert =
          new Batch(c, "insert into " + table + " (id, version, code, name) values (?, 1, ?, ?)")) {
        for (int i = 0; i < entries.length; i++) {
          Long id = existing.get(entries[i][0]);
          if (id == null) {
            id = ids.next();
            insert.add(id, entries[i][0], entries[i][1]);
          }
          result[i] = id;
        }
        insert.execute();
      }
      return result;
    }

    // ---- organisations

    private static final String[] CHARITY_NOUNS = {
      "Community Action", "Voluntary Action", "Carers' Centre", "Tenants' Association",
          "Community Trust",
      "Disability Forum", "Youth Project", "Mental Health Alliance", "Citizens Advice Partnership",
          "Arts Collective"
    };
    private static final String[] FUNDER_NOUNS = {
      "Community Foundation", "Charitable Trust", "Fund", "Foundation"
    };

    private void organisations() throws SQLException {
      int n = size.organisations();
      orgIds = new long[n];
      orgArea = new byte[n];
      funders = n == 0 ? 0 : Math.max(1, Math.min(n - 1, n / 15));
      try (Batch org =
              new Batch(
                  c,
                  "insert into organisation (id, version, name, name_key, type, website, area_code,"
                      + " description) values (?, 1, ?, ?, ?, null, ?, ?)");
          Batch identifier =
              new Batch(
                  c,
                  "insert into organisation_identifier (organisation_id, org_id) values (?, ?)");
          Batch role =
              new Batch(c, "insert into organisation_role (organisation_id, role) values (?, ?)")) {
        for (int i = 0; i < n; i++) {
          boolean funder = i < funders;
          Area area = UK_TABLE[random.nextInt(UK_TABLE.length)];
          boolean ukWide = funder && random.nextInt(5) == 0;
          Places.Place place = pick(Places.in(area));
          OrganisationType type = funder ? OrganisationType.FUNDER : organisationType();
          String name = unique(organisationName(type, ukWide ? null : area, place));
          Organisation o = new Organisation(name, type).in(ukWide ? null : area);
          o.identifiedBy(identifier(type, area, i));
          if (funder) {
            o.playing(OrganisationRole.FUNDER);
          } else if (random.nextInt(4) == 0) {
            o.playing(
                OrganisationRole.values()[
                    1 + random.nextInt(OrganisationRole.values().length - 1)]);
          }
          long id = ids.next();
          orgIds[i] = id;
          orgArea[i] = (byte) (o.getArea() == null ? -1 : o.getArea().ordinal());
          org.add(
              id,
              o.getName(),
              o.getNameKey(),
              o.getType().name(),
              o.getArea() == null ? null : o.getArea().gssCode(),
              type.displayName()
                  + (o.getArea() == null ? " working across the UK" : " in " + place.name())
                  + " (generated demo data).");
          for (OrgId oid : o.getIdentifiers()) {
            identifier.add(id, oid.value());
          }
          for (OrganisationRole r : o.getRoles()) {
            role.add(id, r.name());
          }
          if ((i + 1) % CHUNK == 0) {
            chunkDone(org, identifier, role);
          }
        }
        chunkDone(org, identifier, role);
      }
    }

    private OrganisationType organisationType() {
      int r = random.nextInt(100);
      if (r < 35) return OrganisationType.CHARITY;
      if (r < 55) return OrganisationType.COMMUNITY_GROUP;
      if (r < 65) return OrganisationType.SOCIAL_ENTERPRISE;
      if (r < 72) return OrganisationType.LOCAL_AUTHORITY;
      if (r < 78) return OrganisationType.NHS_BODY;
      if (r < 82) return OrganisationType.UNIVERSITY;
      if (r < 85) return OrganisationType.RESEARCH_BODY;
      if (r < 87) return OrganisationType.GOVERNMENT_BODY;
      if (r < 91) return OrganisationType.COMPANY;
      if (r < 95) return OrganisationType.FREELANCE_PRACTITIONER;
      if (r < 98) return OrganisationType.NETWORK_HOST;
      return OrganisationType.OTHER;
    }

    private String organisationName(OrganisationType type, Area area, Places.Place place) {
      String where = area == null ? "UK" : random.nextBoolean() ? place.name() : area.displayName();
      return switch (type) {
        case FUNDER -> where + " " + pick(FUNDER_NOUNS);
        case LOCAL_AUTHORITY -> place.name() + " Council";
        case NHS_BODY ->
            "NHS "
                + place.name()
                + " "
                + (random.nextBoolean() ? "Integrated Care Board" : "Trust");
        case UNIVERSITY -> "University of " + place.name();
        case RESEARCH_BODY -> where + " Institute for Co-production Research";
        case GOVERNMENT_BODY -> where + " Office for Communities";
        case COMPANY -> where + " Engagement Ltd";
        case FREELANCE_PRACTITIONER -> place.name() + " Co-design Practice";
        case NETWORK_HOST -> where + " Network Hub";
        case SOCIAL_ENTERPRISE -> place.name() + " Co-production CIC";
        case COMMUNITY_GROUP ->
            place.name()
                + " "
                + pick(
                    new String[] {
                      "Residents' Group", "Neighbours Together", "Community Circle", "Friends Group"
                    });
        default -> place.name() + " " + pick(CHARITY_NOUNS);
      };
    }

    /**
     * An identifier from the list that fits the type and nation, in a number range the seed does
     * not use.
     */
    private static String identifier(OrganisationType type, Area area, int i) {
      Area nation = area.nation();
      return switch (type) {
        case CHARITY, FUNDER, RESEARCH_BODY, NETWORK_HOST ->
            switch (nation) {
              case SCOTLAND -> "GB-SC-SC" + (800_000 + i);
              case NORTHERN_IRELAND -> "GB-NIC-" + (800_000 + i);
              default -> "GB-CHC-" + (8_000_000 + i);
            };
        case SOCIAL_ENTERPRISE, COMPANY, FREELANCE_PRACTITIONER ->
            "GB-COH-" + String.format("%08d", 70_000_000 + i);
        case LOCAL_AUTHORITY ->
            switch (nation) {
              case SCOTLAND -> "GB-LAS-G" + i;
              case WALES -> "GB-PLA-G" + i;
              case NORTHERN_IRELAND -> "GB-LANI-G" + i;
              default -> "GB-LAE-G" + i;
            };
        case NHS_BODY -> "GB-NHS-G" + Integer.toString(i, 36).toUpperCase(Locale.ROOT);
        case UNIVERSITY -> "GB-UKPRN-" + (80_000_000 + i);
        case GOVERNMENT_BODY -> "GB-GOR-G" + i;
        default -> "360G-" + PREFIX + "-ORG" + i;
      };
    }

    // ---- people (placeholders for event participants)

    private static final String[] JOB_ROLES = {
      "Co-production lead",
      "Community organiser",
      "Engagement officer",
      "Peer researcher",
      "Commissioner",
      "Programme manager",
      "Volunteer coordinator",
      "Participation worker"
    };

    private void people() throws SQLException {
      int n = size.people();
      personIds = new long[n];
      personOrg = new int[n];
      try (Batch person =
          new Batch(
              c,
              "insert into person (id, version, name, email, organisation_id, job_role, lawful_basis, lawful_basis_source,"
                  + " lawful_basis_recorded_on, anonymised, anonymised_on) values (?, 1, ?, null, ?, ?, ?, ?, ?, false,"
                  + " null)")) {
        for (int i = 0; i < n; i++) {
          int org = random.nextInt(orgIds.length);
          long id = ids.next();
          personIds[i] = id;
          personOrg[i] = org;
          person.add(
              id,
              String.format("Generated person %06d", i + 1),
              orgIds[org],
              pick(JOB_ROLES),
              LawfulBasis.Basis.LEGITIMATE_INTERESTS.name(),
              "Generated demo data",
              LAWFUL_BASIS_DAY);
          if ((i + 1) % CHUNK == 0) {
            chunkDone(person);
          }
        }
        chunkDone(person);
      }
    }

    // ---- networks

    private static final String[] NETWORK_NOUNS = {
      "Co-production Network",
      "Co-production Forum",
      "Co-design Group",
      "Citizens' Panel",
      "Practitioners' Circle",
      "Community Voices Network",
      "Lived Experience Network",
      "Co-production Alliance",
      "People's Panel",
      "Co-production Hub"
    };
    private static final String[] CLOSURE_REASONS = {
      "Its funding ended and was not renewed.",
      "Funding was lost in 2020 when the funder moved its money to the Covid-19 emergency response.",
      "Meetings stopped during Covid-19 and did not restart.",
      "Its host organisation closed.",
      "Its coordinator left and no one took the role on.",
      "It merged into the regional network.",
      "It completed the work it was set up for.",
      "Members moved on and attendance fell away."
    };

    private void networks() throws SQLException {
      int n = size.networks();
      networkIds = new long[n];
      networkArea = new byte[n];
      networkPlace = new short[n];
      try (Batch network =
              new Batch(
                  c,
                  "insert into network (id, version, name, scope, host_organisation_id, status, founded_on, closed_on,"
                      + " closure_reason, successor_id, membership_estimate, description, website, contact_person_id)"
                      + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null)");
          Batch area =
              new Batch(c, "insert into network_area (network_id, area_code) values (?, ?)");
          Batch sector =
              new Batch(c, "insert into network_sector (network_id, sector_id) values (?, ?)");
          Batch relation =
              new Batch(
                  c,
                  "insert into network_relation (id, from_network_id, to_network_id, type) values (?, ?, ?, ?)")) {
        for (int i = 0; i < n; i++) {
          long id = ids.next();
          networkIds[i] = id;
          NetworkScope scope = scope();
          Area where =
              switch (scope) {
                case UK_WIDE -> null;
                case NATIONAL -> pick(NATIONS);
                case REGIONAL -> pick(REGIONS);
                case SECTOR_SPECIFIC -> random.nextInt(4) == 0 ? null : pick(NATIONS);
                case LOCAL -> pick(UK_TABLE);
              };
          int placeIndex =
              scope == NetworkScope.LOCAL ? random.nextInt(Places.in(where).size()) : -1;
          Places.Place place = placeIndex < 0 ? null : Places.in(where).get(placeIndex);
          int[] sectors = distinct(1 + random.nextInt(3), sectorIds.length);
          String sectorName = DemoLandscape.SECTORS[sectors[0]][1];
          String placeName =
              place != null ? place.name() : where != null ? where.displayName() : "UK";
          String name = unique(placeName + " " + sectorName + " " + pick(NETWORK_NOUNS));

          Network net = new Network(name, scope);
          net.setId(id);
          if (where != null) {
            net.covering(AreaCode.of(where));
          } else {
            net.covering(UK);
          }
          if (place != null) {
            net.covering(place.code());
          }
          LifecycleStatus status = status();
          int founded = 2005 + random.nextInt(20);
          net.getLifecycle()
              .setFoundedOn(
                  status == LifecycleStatus.EMERGING && random.nextBoolean()
                      ? null
                      : LocalDate.of(founded, 1 + random.nextInt(12), 1));
          net.getLifecycle()
              .setStatus(status == LifecycleStatus.CLOSED ? LifecycleStatus.ACTIVE : status);
          net.setMembershipEstimate(membership(scope));
          Long host =
              orgIds.length > funders && random.nextInt(10) < 4
                  ? orgIds[funders + random.nextInt(orgIds.length - funders)]
                  : null;
          List<Integer> areaHubs = where == null ? List.of() : hubs.get(where.ordinal());
          Integer hub = areaHubs.isEmpty() ? null : areaHubs.get(random.nextInt(areaHubs.size()));
          if (scope == NetworkScope.LOCAL && hub != null && random.nextInt(10) < 7) {
            net.relateTo(RelationType.MEMBER_OF, reference(hub));
          }
          if (scope == NetworkScope.REGIONAL) {
            List<Integer> national = hubs.get(Area.ENGLAND.ordinal());
            if (!national.isEmpty() && random.nextBoolean()) {
              net.relateTo(
                  RelationType.MEMBER_OF, reference(national.get(random.nextInt(national.size()))));
            }
          }
          if (status == LifecycleStatus.CLOSED) {
            LocalDate foundedOn = net.getLifecycle().getFoundedOn();
            LocalDate closedOn = foundedOn.plusMonths(12 + random.nextInt(96));
            if (closedOn.isAfter(LocalDate.of(2025, 12, 31))) {
              closedOn = LocalDate.of(2025, 12, 31);
            }
            Network successor = hub != null && random.nextBoolean() ? reference(hub) : null;
            net.close(closedOn, pick(CLOSURE_REASONS), successor);
          }
          Map<String, String> broken = net.brokenRules();
          if (!broken.isEmpty()) {
            throw new IllegalStateException(
                "Generated network '" + name + "' breaks the rules: " + broken);
          }
          var life = net.getLifecycle();
          network.add(
              id,
              name,
              scope.name(),
              host,
              life.getStatus().name(),
              life.getFoundedOn(),
              life.getClosedOn(),
              life.getClosureReason(),
              net.getSuccessor() == null ? null : net.getSuccessor().getId(),
              net.getMembershipEstimate(),
              scope.displayName()
                  + " network of "
                  + sectorName.toLowerCase(Locale.ROOT)
                  + " practitioners in "
                  + placeName
                  + " (generated demo data).");
          for (AreaCode code : net.getAreas()) {
            area.add(id, code.code());
          }
          for (int s : sectors) {
            sector.add(id, sectorIds[s]);
          }
          for (NetworkRelation r : net.getRelations()) {
            relation.add(ids.next(), id, r.getTo().getId(), r.getType().name());
            relations++;
          }
          networkArea[i] = (byte) (where == null ? -1 : where.ordinal());
          networkPlace[i] = (short) placeIndex;
          if ((scope == NetworkScope.REGIONAL || scope == NetworkScope.NATIONAL) && where != null) {
            hubs.get(where.ordinal()).add(i);
          }
          if ((i + 1) % CHUNK == 0) {
            chunkDone(network, area, sector, relation);
          }
        }
        chunkDone(network, area, sector, relation);
      }
    }

    private Network reference(int networkIndex) {
      Network n = Network.blank();
      n.setId(networkIds[networkIndex]);
      return n;
    }

    private NetworkScope scope() {
      int r = random.nextInt(100);
      if (r < 70) return NetworkScope.LOCAL;
      if (r < 82) return NetworkScope.REGIONAL;
      if (r < 90) return NetworkScope.SECTOR_SPECIFIC;
      if (r < 97) return NetworkScope.NATIONAL;
      return NetworkScope.UK_WIDE;
    }

    private LifecycleStatus status() {
      int r = random.nextInt(100);
      if (r < 60) return LifecycleStatus.ACTIVE;
      if (r < 75) return LifecycleStatus.DORMANT;
      if (r < 92) return LifecycleStatus.CLOSED;
      return LifecycleStatus.EMERGING;
    }

    private int membership(NetworkScope scope) {
      int base =
          switch (scope) {
            case LOCAL -> 10;
            case REGIONAL, SECTOR_SPECIFIC -> 80;
            case NATIONAL, UK_WIDE -> 300;
          };
      return base + random.nextInt(base * 10);
    }

    // ---- programmes and grants

    private static final String[] PROGRAMME_TITLES = {
      "Community Power",
      "People and Places",
      "Stronger Together",
      "Local Democracy",
      "Co-production Pathways",
      "Neighbourhood Voices",
      "Network Resilience",
      "Health Co-production Partnerships"
    };

    private void programmes() throws SQLException {
      int n = size.grants() == 0 ? 0 : funders * 2;
      programmeIds = new long[n];
      programmeFunder = new int[n];
      try (Batch programme =
          new Batch(
              c,
              "insert into grant_programme (id, version, title, code, funder_id, description) values (?, 1, ?, ?, ?, ?)")) {
        for (int i = 0; i < n; i++) {
          int funder = i / 2;
          long id = ids.next();
          programmeIds[i] = id;
          programmeFunder[i] = funder;
          programme.add(
              id,
              pick(PROGRAMME_TITLES),
              "LSGEN-P" + (i + 1),
              orgIds[funder],
              "Grant programme (generated demo data).");
        }
        chunkDone(programme);
      }
    }

    private static final String COVID_PAUSED =
        "Paused in 2020 when meetings stopped under Covid-19 restrictions; the balance is held until the work restarts.";
    private static final String COVID_LOST =
        "Lost: the funder closed its round and moved its money to the Covid-19 emergency response.";

    private void grants() throws SQLException {
      int n = size.grants();
      Organisation funderRef = Organisation.blank();
      Organisation recipientOrg = Organisation.blank();
      Network recipientNetwork = Network.blank();
      try (Batch grant =
              new Batch(
                  c,
                  "insert into funding_grant (id, version, identifier, title, description, currency, amount_applied_for,"
                      + " amount_awarded, amount_disbursed, award_date, planned_start, planned_end, status, covid_impact,"
                      + " funder_id, programme_id, recipient_network_id, recipient_organisation_id, direction)"
                      + " values (?, 1, ?, ?, ?, 'GBP', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          Batch area =
              new Batch(
                  c, "insert into grant_beneficiary_area (grant_id, area_code) values (?, ?)")) {
        for (int i = 0; i < n; i++) {
          long id = ids.next();
          int funder = random.nextInt(funders);
          funderRef.setId(orgIds[funder]);
          boolean toNetwork = random.nextInt(100) < 85 || orgIds.length == funders;
          int recipient =
              toNetwork
                  ? random.nextInt(networkIds.length)
                  : funders + random.nextInt(orgIds.length - funders);
          String where = toNetwork ? networkPlaceName(recipient) : orgAreaName(recipient);
          String sector = DemoLandscape.SECTORS[random.nextInt(DemoLandscape.SECTORS.length)][1];
          Grant g =
              new Grant(
                  "360G-" + PREFIX + "-" + String.format("%07d", i + 1),
                  sector + " co-production in " + where,
                  "Co-producing "
                      + sector.toLowerCase(Locale.ROOT)
                      + " with people and services in "
                      + where
                      + " (generated demo data).",
                  funderRef);
          if (toNetwork) {
            recipientNetwork.setId(networkIds[recipient]);
            g.setRecipientNetwork(recipientNetwork);
            g.setRecipientOrganisation(null);
          } else {
            recipientOrg.setId(orgIds[recipient]);
            g.setRecipientOrganisation(recipientOrg);
            g.setRecipientNetwork(null);
          }
          Long programme = null;
          if (random.nextInt(10) < 7) {
            programme = programmeIds[funder * 2 + random.nextInt(2)];
          }
          g.setDirection(
              random.nextInt(10) == 0 ? FundingDirection.OUTGOING : FundingDirection.INCOMING);
          shape(g);
          Map<String, String> broken = g.brokenRules();
          if (!broken.isEmpty()) {
            throw new IllegalStateException(
                "Generated grant " + g.getIdentifier() + " breaks the rules: " + broken);
          }
          grant.add(
              id,
              g.getIdentifier(),
              g.getTitle(),
              g.getDescription(),
              g.getAmountAppliedFor(),
              g.getAmountAwarded(),
              g.getAmountDisbursed(),
              g.getAwardDate(),
              g.getPlannedStart(),
              g.getPlannedEnd(),
              g.getStatus().name(),
              g.getCovidImpact(),
              orgIds[funder],
              programme,
              toNetwork ? networkIds[recipient] : null,
              toNetwork ? null : orgIds[recipient],
              g.getDirection().name());
          for (String code : toNetwork ? networkCodes(recipient) : orgCodes(recipient)) {
            area.add(id, code);
          }
          if ((i + 1) % CHUNK == 0) {
            chunkDone(grant, area);
          }
        }
        chunkDone(grant, area);
      }
    }

    /** Status, amounts and dates of a grant, through the grant's own business methods. */
    private void shape(Grant g) {
      int r = random.nextInt(100);
      GrantStatus status =
          r < 35
              ? GrantStatus.COMPLETED
              : r < 60
                  ? GrantStatus.AWARDED
                  : r < 70
                      ? GrantStatus.APPLIED
                      : r < 80
                          ? GrantStatus.PAUSED
                          : r < 92 ? GrantStatus.LOST : GrantStatus.WITHDRAWN;
      BigDecimal amount = BigDecimal.valueOf(50_000L + random.nextLong(25_000_000L), 2);
      int year =
          switch (status) {
            case PAUSED, LOST -> 2020 + random.nextInt(2);
            case APPLIED -> 2025;
            case AWARDED -> 2022 + random.nextInt(4);
            default -> 2012 + random.nextInt(14);
          };
      LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
      int months = 6 + random.nextInt(31);
      g.setAmountAppliedFor(
          random.nextInt(4) == 0
              ? amount.add(BigDecimal.valueOf(random.nextInt(500_000), 2))
              : amount);
      switch (status) {
        case COMPLETED -> {
          g.award(amount, day);
          g.setAmountDisbursed(g.getAmountAwarded());
          g.setStatus(GrantStatus.COMPLETED);
        }
        case AWARDED -> {
          g.award(amount, day);
          g.setAmountDisbursed(part(amount));
        }
        case PAUSED -> {
          g.award(amount, day);
          g.setAmountDisbursed(part(amount).divide(BigDecimal.valueOf(2), RoundingMode.DOWN));
          g.setStatus(GrantStatus.PAUSED);
          g.setCovidImpact(COVID_PAUSED);
        }
        case LOST -> {
          g.setStatus(GrantStatus.LOST);
          g.setCovidImpact(COVID_LOST);
        }
        default -> g.setStatus(status);
      }
      if (status != GrantStatus.LOST && status != GrantStatus.WITHDRAWN) {
        LocalDate start =
            (status == GrantStatus.APPLIED
                    ? LocalDate.of(2026, 1 + random.nextInt(12), 1)
                    : day.plusMonths(1))
                .withDayOfMonth(1);
        g.setPlannedStart(start);
        g.setPlannedEnd(start.plusMonths(months).minusDays(1));
      }
    }

    private BigDecimal part(BigDecimal amount) {
      return amount
          .multiply(BigDecimal.valueOf(random.nextInt(101)))
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
    }

    private String networkPlaceName(int i) {
      if (networkArea[i] < 0) {
        return "the UK";
      }
      Area a = Area.values()[networkArea[i]];
      return networkPlace[i] < 0 ? a.displayName() : Places.in(a).get(networkPlace[i]).name();
    }

    private List<String> networkCodes(int i) {
      if (networkArea[i] < 0) {
        return List.of(AreaCode.UNITED_KINGDOM);
      }
      Area a = Area.values()[networkArea[i]];
      return networkPlace[i] < 0
          ? List.of(a.gssCode())
          : List.of(a.gssCode(), Places.in(a).get(networkPlace[i]).code().code());
    }

    private String orgAreaName(int i) {
      return orgArea[i] < 0 ? "the UK" : Area.values()[orgArea[i]].displayName();
    }

    private List<String> orgCodes(int i) {
      return List.of(
          orgArea[i] < 0 ? AreaCode.UNITED_KINGDOM : Area.values()[orgArea[i]].gssCode());
    }

    // ---- events

    private static final String[] EVENT_TOPICS = {
      "co-production",
      "co-design",
      "lived experience",
      "citizens' voices",
      "network of networks",
      "participation"
    };

    private void events() throws SQLException {
      int n = size.events();
      eventIds = new long[n];
      eventDay = new int[n];
      long first = FIRST_EVENT_DAY.toEpochDay();
      long span = LAST_EVENT_DAY.toEpochDay() - first;
      try (Batch event =
              new Batch(
                  c,
                  "insert into event (id, version, title, type, starts_at, ends_at, online, venue, convenor_id, outcomes,"
                      + " follow_ups, recording_url, follows_on_id, description) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, null,"
                      + " null, ?, ?)");
          Batch participation =
              new Batch(
                  c,
                  "insert into event_participation (id, event_id, person_id, role, organisation_id) values (?, ?, ?, ?, ?)");
          Batch network =
              new Batch(c, "insert into event_network (event_id, network_id) values (?, ?)");
          Batch theme = new Batch(c, "insert into event_theme (event_id, theme_id) values (?, ?)");
          Batch area = new Batch(c, "insert into event_area (event_id, area_code) values (?, ?)")) {
        for (int i = 0; i < n; i++) {
          long id = ids.next();
          eventIds[i] = id;
          long gap = Math.max(1, span / n);
          LocalDate day = LocalDate.ofEpochDay(first + span * i / n + random.nextLong(gap));
          eventDay[i] = (int) day.toEpochDay();
          EventType type = EventType.values()[random.nextInt(EventType.values().length)];
          int subject = random.nextInt(networkIds.length == 0 ? 1 : networkIds.length);
          String where = networkIds.length == 0 ? "the UK" : networkPlaceName(subject);
          String sector = DemoLandscape.SECTORS[random.nextInt(DemoLandscape.SECTORS.length)][1];
          String title =
              where
                  + " "
                  + sector.toLowerCase(Locale.ROOT)
                  + " "
                  + pick(EVENT_TOPICS)
                  + " "
                  + type.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + ", "
                  + day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
                  + " "
                  + day.getYear();
          boolean online = type == EventType.WEBINAR || random.nextInt(10) < 3;
          LocalDateTime starts = day.atTime(new int[] {10, 13, 14, 18}[random.nextInt(4)], 0);
          int minutes =
              switch (type) {
                case WEBINAR -> 60 + 30 * random.nextInt(2);
                case CONFERENCE -> 360 + 60 * random.nextInt(2);
                default -> 90 + 30 * random.nextInt(6);
              };
          Long followsOn = i > 0 && random.nextInt(100) < 15 ? eventIds[random.nextInt(i)] : null;
          event.add(
              id,
              title,
              type.name(),
              starts,
              starts.plusMinutes(minutes),
              online,
              online ? null : "Community venue, " + (where.equals("the UK") ? "London" : where),
              orgIds[random.nextInt(orgIds.length)],
              random.nextBoolean()
                  ? "Participants agreed to meet again and share notes with their networks."
                  : null,
              followsOn,
              "A "
                  + type.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + " on "
                  + sector.toLowerCase(Locale.ROOT)
                  + " co-production (generated demo data).");
          // Held where its subject network works (an online event for the whole UK has none).
          if (networkIds.length > 0 && networkArea[subject] >= 0) {
            area.add(id, Area.values()[networkArea[subject]].gssCode());
          }
          int[] who =
              distinct(Math.min(personIds.length, 3 + random.nextInt(10)), personIds.length);
          for (int k = 0; k < who.length; k++) {
            ParticipantRole role =
                k == 0
                    ? ParticipantRole.HOST
                    : k <= 1 + (who.length > 6 ? 1 : 0)
                        ? ParticipantRole.FACILITATOR
                        : k == who.length - 1 && type == EventType.CONFERENCE
                            ? ParticipantRole.SPEAKER
                            : ParticipantRole.PARTICIPANT;
            participation.add(
                ids.next(), id, personIds[who[k]], role.name(), orgIds[personOrg[who[k]]]);
            participations++;
          }
          if (networkIds.length > 0) {
            for (int k :
                distinct(Math.min(networkIds.length, 1 + random.nextInt(4)), networkIds.length)) {
              network.add(id, networkIds[k]);
            }
          }
          for (int k : distinct(1 + random.nextInt(3), themeIds.length)) {
            theme.add(id, themeIds[k]);
          }
          if ((i + 1) % CHUNK == 0) {
            chunkDone(event, participation, network, theme, area);
          }
        }
        chunkDone(event, participation, network, theme, area);
      }
    }

    // ---- insights

    private static final String[][] INSIGHTS = {
      {"UNDERSTANDING", "In %s, services still confuse co-production with consultation."},
      {"POWER", "In %s, decisions were taken before the people affected were asked."},
      {
        "CO_OPTION",
        "In %s, volunteers were asked to deliver the services they had designed, unpaid."
      },
      {"COVID_IMPACT", "In %s, the network's programme was put on hold during Covid-19."},
      {
        "COVID_IMPACT",
        "In %s, funding was lost when the funder moved its money to the Covid-19 response."
      },
      {"FUNDING", "In %s, the network lived from one grant to the next."},
      {"OPEN_SECTORS", "In %s, social care and housing teams asked to try co-produced approaches."},
      {"LONDON_CENTRIC", "Practitioners in %s asked that national work not be run from London."},
      {
        "POLICY_PRACTICE_GAP",
        "In %s, the strategy named co-production but commissioning left no time for it."
      },
      {"PATCHY_LANDSCAPE", "In %s, no one knew which other networks existed nearby."},
      {
        "LOST_KNOWLEDGE",
        "When the network in %s closed, its notes were lost with its coordinator's email account."
      },
      {
        "NETWORK_OF_NETWORKS",
        "Practitioners in %s wanted a shared record of networks and what they learned."
      },
      {"GROWING_APPETITE", "In %s, public health teams asked for help to start co-producing."},
      {"RAISING_PROFILE", "In %s, a visible network brought the council and the NHS to the table."},
      {
        "PRACTITIONER_CAPACITY",
        "In %s, only paid practitioners had time to take part beyond their neighbourhood."
      },
    };

    private void insights() throws SQLException {
      int n = size.insights();
      Map<String, Integer> themeIndex = new LinkedHashMap<>();
      for (int t = 0; t < DemoLandscape.THEMES.length; t++) {
        themeIndex.put(DemoLandscape.THEMES[t][0], t);
      }
      try (Batch insight =
              new Batch(
                  c,
                  "insert into insight (id, version, text, theme_id, event_id, recorded_on, source) values (?, 1, ?, ?, ?, ?,"
                      + " ?)");
          Batch network =
              new Batch(c, "insert into insight_network (insight_id, network_id) values (?, ?)");
          Batch sector =
              new Batch(c, "insert into insight_sector (insight_id, sector_id) values (?, ?)");
          Batch area =
              new Batch(c, "insert into insight_area (insight_id, area_code) values (?, ?)")) {
        for (int i = 0; i < n; i++) {
          long id = ids.next();
          String[] template = INSIGHTS[random.nextInt(INSIGHTS.length)];
          int about = random.nextInt(networkIds.length);
          boolean fromEvent = eventIds.length > 0 && random.nextInt(100) < 55;
          int event = fromEvent ? random.nextInt(eventIds.length) : -1;
          LocalDate on =
              fromEvent
                  ? LocalDate.ofEpochDay(eventDay[event])
                  : LocalDate.of(
                      2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28));
          insight.add(
              id,
              String.format(template[1], networkPlaceName(about)),
              themeIds[themeIndex.get(template[0])],
              fromEvent ? eventIds[event] : null,
              on,
              fromEvent ? "Notes of a generated event" : "Generated from a network's record");
          if (!fromEvent || random.nextBoolean()) {
            network.add(id, networkIds[about]);
          }
          for (int s : distinct(random.nextInt(3), sectorIds.length)) {
            sector.add(id, sectorIds[s]);
          }
          area.add(id, networkCodes(about).get(0));
          if ((i + 1) % CHUNK == 0) {
            chunkDone(insight, network, sector, area);
          }
        }
        chunkDone(insight, network, sector, area);
      }
    }

    // ---- history

    private void audit() throws SQLException {
      IdBlock auditIds = new IdBlock(c, "audit_seq");
      try (Batch entry =
          new Batch(
              c,
              "insert into audit_entry (id, at, actor, action, record_type, record_id, record_label, changes)"
                  + " values (?, ?, ?, 'CREATE', 'DemoData', null, 'Generated demo data', ?)")) {
        entry.add(
            auditIds.next(),
            Timestamp.from(Instant.now()),
            DemoLandscape.ACTOR,
            "Generated " + size);
        chunkDone(entry);
      }
    }

    // ---- helpers

    private <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    /** {@code k} distinct indices below {@code bound}, in the order drawn. */
    private int[] distinct(int k, int bound) {
      int[] chosen = new int[Math.min(k, bound)];
      for (int j = 0; j < chosen.length; j++) {
        int candidate;
        boolean taken;
        do {
          candidate = random.nextInt(bound);
          taken = false;
          for (int m = 0; m < j; m++) {
            taken |= chosen[m] == candidate;
          }
        } while (taken);
        chosen[j] = candidate;
      }
      return chosen;
    }

    /** The name, or the name with a number when it was already given ("... Forum 2"). */
    private String unique(String name) {
      int seen = nameCounts.merge(name, 1, Integer::sum);
      return seen == 1 ? name : name + " " + seen;
    }
  }

  /**
   * Ids from a sequence in the blocks of 50 that EclipseLink also takes (nextval v gives v-49..v).
   */
  private static final class IdBlock {

    private static final int ALLOCATION = 50;
    private final Connection c;
    private final String sql;
    private long next;
    private long last = -1;

    IdBlock(Connection c, String sequence) throws SQLException {
      this.c = c;
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      this.sql =
          product.contains("postgres")
              ? "select nextval('" + sequence + "')"
              : "select next value for " + sequence;
    }

    long next() throws SQLException {
      if (next > last) {
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery(sql)) {
          r.next();
          last = r.getLong(1);
          next = last - ALLOCATION + 1;
        }
      }
      return next++;
    }
  }

  /** A prepared insert collecting rows until {@link #execute()}. */
  private static final class Batch implements AutoCloseable {

    private final PreparedStatement statement;
    private int rows;

    Batch(Connection c, String sql) throws SQLException {
      this.statement = c.prepareStatement(sql);
    }

    void add(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v == null) {
          statement.setNull(i + 1, Types.NULL);
        } else if (v instanceof LocalDate d) {
          statement.setObject(i + 1, d);
        } else if (v instanceof LocalDateTime t) {
          statement.setObject(i + 1, t);
        } else {
          statement.setObject(i + 1, v);
        }
      }
      statement.addBatch();
      rows++;
    }

    void execute() throws SQLException {
      if (rows > 0) {
        statement.executeBatch();
        statement.clearBatch();
        rows = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      statement.close();
    }
  }
}
