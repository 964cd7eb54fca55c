package org.coproduction.landscape.demo;

import static org.coproduction.landscape.network.LifecycleStatus.DORMANT;
import static org.coproduction.landscape.network.LifecycleStatus.EMERGING;
import static org.coproduction.landscape.network.NetworkScope.LOCAL;
import static org.coproduction.landscape.network.NetworkScope.NATIONAL;
import static org.coproduction.landscape.network.NetworkScope.REGIONAL;
import static org.coproduction.landscape.network.NetworkScope.SECTOR_SPECIFIC;
import static org.coproduction.landscape.network.NetworkScope.UK_WIDE;
import static org.coproduction.landscape.organisation.OrganisationType.CHARITY;
import static org.coproduction.landscape.organisation.OrganisationType.COMPANY;
import static org.coproduction.landscape.organisation.OrganisationType.FREELANCE_PRACTITIONER;
import static org.coproduction.landscape.organisation.OrganisationType.FUNDER;
import static org.coproduction.landscape.organisation.OrganisationType.GOVERNMENT_BODY;
import static org.coproduction.landscape.organisation.OrganisationType.LOCAL_AUTHORITY;
import static org.coproduction.landscape.organisation.OrganisationType.NETWORK_HOST;
import static org.coproduction.landscape.organisation.OrganisationType.NHS_BODY;
import static org.coproduction.landscape.organisation.OrganisationType.RESEARCH_BODY;
import static org.coproduction.landscape.organisation.OrganisationType.SOCIAL_ENTERPRISE;
import static org.coproduction.landscape.organisation.OrganisationType.UNIVERSITY;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.EventType;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.funding.FundingDirection;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.GrantProgramme;
import org.coproduction.landscape.funding.GrantStatus;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.knowledge.Insight;
import org.coproduction.landscape.knowledge.Theme;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.network.RelationType;
import org.coproduction.landscape.network.Sector;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationRole;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.people.LawfulBasis;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.platform.Recorded;

/**
 * The demo landscape: the roundtable of 19 November 2020 ("Co-Production Roundtable - Networking in
 * the UK", convened by Democratic Society as part of Public Square) with its host, facilitators and
 * participants, the July 2020 event it follows on from, the networks it names, what was said under
 * each theme, and around it a plausible landscape of regional and local networks, funders, grants
 * and events in every nation and English region.
 *
 * <p>Everyone named comes from the public write-up of the roundtable and is held on legitimate
 * interests with that write-up as the source; their public roles only. Everything beyond the
 * write-up is invented for the demo: funders, grants, regional and local networks and later events.
 * Identifiers are well-formed but made up (charity numbers in the 99xxxxx range, Companies House
 * numbers 0999xxxx, 360Giving ids with a DEMO prefix).
 *
 * <p>It writes through the given {@link EntityManager} in the caller's transaction, as "system".
 */
public final class DemoLandscape {

  public static final String ROUNDTABLE = "Co-Production Roundtable - Networking in the UK";
  public static final String JULY_EVENT = "Co-production: Democracy in Action";

  /** Where the lawful basis for holding each named person comes from. */
  public static final String SOURCE = "Public Square roundtable write-up";

  /** The actor written to the history of changes. */
  public static final String ACTOR = "system";

  static final LocalDate ROUNDTABLE_DAY = LocalDate.of(2020, 11, 19);
  private static final String ROUNDTABLE_SOURCE =
      "Public Square roundtable write-up, 19 November 2020";

  /** What one load wrote, by kind. */
  public record Loaded(
      int sectors,
      int themes,
      int organisations,
      int people,
      int networks,
      int programmes,
      int grants,
      int events,
      int insights) {}

  /** What the demo landscape holds on an empty database (the loader's test keeps this true). */
  public static final Loaded SEED = new Loaded(15, 14, 37, 17, 67, 17, 67, 25, 43);

  private final EntityManager em;
  private final List<Recorded> records = new ArrayList<>();
  private final Map<String, Sector> sectors = new LinkedHashMap<>();
  private final Map<String, Theme> themes = new LinkedHashMap<>();
  private final Map<String, Organisation> organisations = new HashMap<>();
  private final Map<String, Network> networks = new HashMap<>();
  private final Map<String, GrantProgramme> programmes = new HashMap<>();
  private final Map<String, Event> events = new HashMap<>();
  private int sectorsCreated;
  private int themesCreated;

  private DemoLandscape(EntityManager em) {
    this.em = em;
  }

  /**
   * Whether the record holds no network at all: the only state in which the demo landscape is
   * loaded.
   */
  public static boolean isEmpty(EntityManager em) {
    return em.createQuery("select count(n) from Network n", Long.class).getSingleResult() == 0;
  }

  /**
   * Loads the demo landscape in the caller's transaction when the record holds no network;
   * otherwise writes nothing.
   *
   * @return what was written, or empty when the record already held networks
   * @throws IllegalStateException if a demo record breaks a rule of the domain (nothing should be
   *     committed)
   */
  public static Optional<Loaded> loadIfEmpty(EntityManager em) {
    if (!isEmpty(em)) {
      return Optional.empty();
    }
    return Optional.of(new DemoLandscape(em).load());
  }

  private Loaded load() {
    lists();
    organisations();
    people();
    networks();
    closures();
    programmes();
    grants();
    events();
    insights();
    em.flush();
    for (Recorded r : records) {
      Map<String, String> broken = r.brokenRules();
      if (!broken.isEmpty()) {
        throw new IllegalStateException(
            "Demo record '" + r.label() + "' breaks the rules: " + broken);
      }
    }
    Instant now = Instant.now();
    for (Recorded r : records) {
      em.persist(
          new AuditEntry(
              now,
              ACTOR,
              AuditEntry.Action.CREATE,
              r.getClass().getSimpleName(),
              r.getId(),
              r.label(),
              "Loaded with the demo landscape"));
    }
    em.flush();
    return new Loaded(
        sectorsCreated,
        themesCreated,
        count(Organisation.class),
        count(Person.class),
        count(Network.class),
        count(GrantProgramme.class),
        count(Grant.class),
        count(Event.class),
        count(Insight.class));
  }

  private int count(Class<?> type) {
    return (int) records.stream().filter(type::isInstance).count();
  }

  private <T extends Recorded> T persist(T r) {
    em.persist(r);
    records.add(r);
    return r;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Sectors and themes: reused by code when the lists already hold them.

  /** The sectors of the demo, code then name. */
  static final String[][] SECTORS = {
    {"HEALTH", "Health"},
    {"SOCIAL_CARE", "Social care"},
    {"HOUSING", "Housing"},
    {"PUBLIC_HEALTH", "Public health"},
    {"MENTAL_HEALTH", "Mental health"},
    {"EDUCATION", "Education"},
    {"RESEARCH", "Research"},
    {"LOCAL_DEMOCRACY", "Local democracy"},
    {"COMMUNITY_DEVELOPMENT", "Community development"},
    {"CHILDREN_AND_FAMILIES", "Children and families"},
    {"DISABILITY", "Disability"},
    {"CRIMINAL_JUSTICE", "Criminal justice"},
    {"ARTS_AND_CULTURE", "Arts and culture"},
    {"ENVIRONMENT", "Environment and climate"},
    {"EMPLOYMENT", "Employment and skills"},
  };

  /** The themes of the demo, code then name. */
  static final String[][] THEMES = {
    {"UNDERSTANDING", "Understanding of co-production"},
    {"POWER", "Power and decision-making"},
    {"CO_OPTION", "Co-option"},
    {"COVID_IMPACT", "Covid-19 impact"},
    {"FUNDING", "Funding"},
    {"OPEN_SECTORS", "Sectors open to co-production"},
    {"LONDON_CENTRIC", "London-centric risk"},
    {"POLICY_PRACTICE_GAP", "Gap between policy and practice"},
    {"PATCHY_LANDSCAPE", "Patchy landscape"},
    {"LOST_KNOWLEDGE", "Networks springing up and dying off"},
    {"NETWORK_OF_NETWORKS", "Network of networks"},
    {"GROWING_APPETITE", "Growing appetite in public bodies"},
    {"RAISING_PROFILE", "Raising the profile of the field"},
    {"PRACTITIONER_CAPACITY", "Who has the time to take part"},
  };

  private void lists() {
    for (String[] s : SECTORS) {
      sector(s[0], s[1]);
    }
    for (String[] t : THEMES) {
      theme(t[0], t[1]);
    }
  }

  private void sector(String code, String name) {
    Sector s = find(Sector.class, code);
    if (s == null) {
      s = persist(new Sector(code, name));
      sectorsCreated++;
    }
    sectors.put(code, s);
  }

  private void theme(String code, String name) {
    Theme t = find(Theme.class, code);
    if (t == null) {
      t = persist(new Theme(code, name));
      themesCreated++;
    }
    themes.put(code, t);
  }

  private <T> T find(Class<T> type, String code) {
    return em.createQuery("select e from " + type.getSimpleName() + " e where e.code = :code", type)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Sector[] sectors(String... codes) {
    Sector[] s = new Sector[codes.length];
    for (int i = 0; i < codes.length; i++) {
      s[i] = sectors.get(codes[i]);
      if (s[i] == null) {
        throw new IllegalArgumentException("No demo sector " + codes[i]);
      }
    }
    return s;
  }

  private Theme theme(String code) {
    Theme t = themes.get(code);
    if (t == null) {
      throw new IllegalArgumentException("No demo theme " + code);
    }
    return t;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Organisations: those at the roundtable, then funders and hosts invented for the demo.

  private void organisations() {
    org(
            "Urban Transformations: Jam and Justice",
            RESEARCH_BODY,
            Area.NORTH_WEST,
            "Research programme behind \"Jam and Justice: Co-Producing Urban Governance for Social Innovation\" in"
                + " Greater Manchester.",
            "360G-DEMOLS-ORG-0001")
        .playing(OrganisationRole.RESEARCH_PARTNER, OrganisationRole.NETWORK_HOST);
    org(
        "Co:Create",
        SOCIAL_ENTERPRISE,
        null,
        "Co-production practice; at the November 2020 roundtable.",
        "GB-COH-09990101");
    org(
            "NIHR - National Institute for Health Research",
            GOVERNMENT_BODY,
            Area.ENGLAND,
            "Funds health and care research, with public involvement and co-production in research.",
            "GB-GOR-DEMO0001")
        .playing(OrganisationRole.FUNDER, OrganisationRole.RESEARCH_PARTNER);
    org(
        "Tacit-Tacit",
        FREELANCE_PRACTITIONER,
        null,
        "Co-production practice; at the November 2020 roundtable.",
        "GB-COH-09990102");
    org(
            "SAVS – Southend CVS",
            CHARITY,
            Area.EAST_OF_ENGLAND,
            "Council for voluntary service for Southend-on-Sea; hosts the local co-production network.",
            "GB-CHC-9990101")
        .playing(OrganisationRole.NETWORK_HOST, OrganisationRole.DELIVERY_PARTNER);
    org(
        "CitizenLab",
        COMPANY,
        null,
        "Civic participation platform; at the November 2020 roundtable.",
        "GB-COH-09990103");
    org(
            "New Economics Foundation",
            CHARITY,
            Area.LONDON,
            "Think tank with long-standing work on co-production in public services.",
            "GB-CHC-9990102")
        .playing(OrganisationRole.RESEARCH_PARTNER);
    org(
            "Democratic Society",
            CHARITY,
            null,
            "Convenes the co-production roundtables as part of its Public Square local democracy work.",
            "GB-CHC-9990103",
            "GB-COH-09990104")
        .playing(OrganisationRole.CONVENOR, OrganisationRole.FUNDER);
    org(
            "Life Changes Trust",
            CHARITY,
            Area.SCOTLAND,
            "Trust funding work with people living with dementia, carers and care-experienced young people.",
            "GB-SC-SC099101")
        .playing(OrganisationRole.FUNDER);
    org(
            "University College London",
            UNIVERSITY,
            Area.LONDON,
            "Hosts the Co-Production Collective.",
            "GB-UKPRN-99990101",
            "GB-CHC-9990104")
        .playing(OrganisationRole.NETWORK_HOST, OrganisationRole.RESEARCH_PARTNER);
    org(
            "Co-Production Network for Wales",
            NETWORK_HOST,
            Area.WALES,
            "The national co-production network of Wales, as an organisation.",
            "GB-CHC-9990105")
        .playing(OrganisationRole.NETWORK_HOST, OrganisationRole.CONVENOR);
    org(
            "Scottish Co-Production Network",
            NETWORK_HOST,
            Area.SCOTLAND,
            "The national co-production network of Scotland, as an organisation.",
            "GB-SC-SC099102")
        .playing(OrganisationRole.NETWORK_HOST, OrganisationRole.CONVENOR);
    org(
            "Governance International",
            CHARITY,
            Area.WEST_MIDLANDS,
            "Works with public services on co-production and citizen engagement.",
            "GB-CHC-9990106")
        .playing(OrganisationRole.DELIVERY_PARTNER);

    // Funders (invented for the demo)
    funder(
        "Civic Futures Foundation",
        null,
        "UK-wide foundation funding democratic participation and networks.",
        "GB-CHC-9990201");
    funder(
        "Tyne and Wear Community Trust",
        Area.NORTH_EAST,
        "Community foundation for the North East.",
        "GB-CHC-9990202");
    funder(
        "Pennine and Mersey Foundation",
        Area.NORTH_WEST,
        "Community foundation for the North West.",
        "GB-CHC-9990203");
    funder(
        "Ridings Community Foundation",
        Area.YORKSHIRE_AND_THE_HUMBER,
        "Community foundation for Yorkshire and the Humber.",
        "GB-CHC-9990204");
    funder(
        "Trent Valley Trust",
        Area.EAST_MIDLANDS,
        "Grant-maker for the East Midlands.",
        "GB-CHC-9990205");
    funder(
        "Black Country and Marches Fund",
        Area.WEST_MIDLANDS,
        "Grant-maker for the West Midlands.",
        "GB-CHC-9990206");
    funder(
        "Fens and Broads Foundation",
        Area.EAST_OF_ENGLAND,
        "Community foundation for the East of England.",
        "GB-CHC-9990207");
    funder(
        "Thames Civic Trust",
        Area.LONDON,
        "London grant-maker for civic participation.",
        "GB-CHC-9990208");
    funder(
        "Downs and Weald Foundation",
        Area.SOUTH_EAST,
        "Community foundation for the South East.",
        "GB-CHC-9990209");
    funder(
        "Severn and Tamar Trust",
        Area.SOUTH_WEST,
        "Grant-maker for the South West.",
        "GB-CHC-9990210");
    funder(
        "Welsh Communities Fund",
        Area.WALES,
        "Grant-maker for community action in Wales.",
        "GB-CHC-9990211");
    funder(
        "Caledonian Community Trust",
        Area.SCOTLAND,
        "Grant-maker for community action in Scotland.",
        "GB-SC-SC099201");
    funder(
        "Ulster Civic Fund",
        Area.NORTHERN_IRELAND,
        "Grant-maker for civic action in Northern Ireland.",
        "GB-NIC-199201");
    org(
            "NHS Humber Valley Integrated Care Board",
            NHS_BODY,
            Area.YORKSHIRE_AND_THE_HUMBER,
            "Commissions health co-production partnerships.",
            "GB-NHS-QZ9")
        .playing(OrganisationRole.FUNDER);

    // Hosts of regional and local networks (invented for the demo)
    host("North East Co-production Hub CIC", SOCIAL_ENTERPRISE, Area.NORTH_EAST, "GB-COH-09990201");
    host("Greater Manchester Civic Action", CHARITY, Area.NORTH_WEST, "GB-CHC-9990301");
    host("Leeds City Council", LOCAL_AUTHORITY, Area.YORKSHIRE_AND_THE_HUMBER, "GB-LAE-LDS");
    host("Midlands Community Action", CHARITY, Area.EAST_MIDLANDS, "GB-CHC-9990302");
    host(
        "West Midlands Co-production Hub CIC",
        SOCIAL_ENTERPRISE,
        Area.WEST_MIDLANDS,
        "GB-COH-09990202");
    host("London Community Development Trust", CHARITY, Area.LONDON, "GB-CHC-9990303");
    host("South West Citizens' Forum CIC", SOCIAL_ENTERPRISE, Area.SOUTH_WEST, "GB-COH-09990203");
    host("Cardiff Council", LOCAL_AUTHORITY, Area.WALES, "GB-PLA-CRF");
    host(
        "Northern Ireland Community Action Network",
        CHARITY,
        Area.NORTHERN_IRELAND,
        "GB-NIC-199301");
    host("Glasgow Community Voices", CHARITY, Area.SCOTLAND, "GB-SC-SC099301");
  }

  private Organisation org(
      String name, OrganisationType type, Area area, String description, String... ids) {
    Organisation o = new Organisation(name, type).identifiedBy(ids).in(area);
    o.setDescription(description);
    organisations.put(name, o);
    return persist(o);
  }

  private void funder(String name, Area area, String description, String id) {
    org(name, FUNDER, area, description, id).playing(OrganisationRole.FUNDER);
  }

  private void host(String name, OrganisationType type, Area area, String id) {
    org(name, type, area, "Hosts a co-production network.", id)
        .playing(OrganisationRole.NETWORK_HOST);
  }

  private Organisation org(String name) {
    Organisation o = organisations.get(name);
    if (o == null) {
      throw new IllegalArgumentException("No demo organisation " + name);
    }
    return o;
  }

  // ---------------------------------------------------------------------------------------------------------
  // People: only those named in the write-up, with the roles it states.

  private final Map<String, Person> people = new LinkedHashMap<>();

  private void people() {
    person("Kevin Ditcham", "Democratic Society", null);
    person("Alex Zur-Clark", "Democratic Society", null);
    person("Mat Basford", "Democratic Society", null);
    person(
        "Beth Perry",
        "Urban Transformations: Jam and Justice",
        "Professor; Principal Investigator, Jam and Justice");
    person("Chris Hewitt", "Co:Create", null);
    person("Gary Hickey", "NIHR - National Institute for Health Research", null);
    person("Hannah Clinch", "Tacit-Tacit", null);
    person("Jessica Russell", "SAVS – Southend CVS", null);
    person("Lora Botev", "CitizenLab", null);
    person("Lucie Stephens", "New Economics Foundation", null);
    person("Mel Stevens", "Democratic Society", null);
    person("Mhairi Reed", "Life Changes Trust", null);
    person("Niccola Hutchinson-Pascal", "University College London", null);
    person("Noreen Blanluet", "Co-Production Network for Wales", "Lead Consultant");
    person("Pandora Ellis", "Democratic Society", null);
    person("Susan Paxton", "Scottish Co-Production Network", "Head of Programmes");
    person("Tony Bovaird", "Governance International", null);
  }

  private void person(String name, String organisation, String role) {
    Person p =
        new Person(
            name,
            org(organisation),
            role,
            new LawfulBasis(LawfulBasis.Basis.LEGITIMATE_INTERESTS, SOURCE, ROUNDTABLE_DAY));
    people.put(name, persist(p));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Networks: those the roundtable names, then regional and local networks in every nation and
  // region.

  // An embeddable belongs to one owner: every record gets AreaCode instances of its own, never
  // shared ones.

  private static AreaCode code(Area area) {
    return AreaCode.of(area);
  }

  private static AreaCode la(String place) {
    return new AreaCode(Places.named(place).code().code());
  }

  private static AreaCode uk() {
    return new AreaCode(AreaCode.UNITED_KINGDOM);
  }

  private Network network(
      String name,
      NetworkScope scope,
      Integer founded,
      String host,
      Integer members,
      String description) {
    Network n = new Network(name, scope);
    if (host != null) {
      n.hostedBy(org(host));
    }
    if (founded != null) {
      n.getLifecycle().setFoundedOn(LocalDate.of(founded, 1, 1));
    }
    n.setMembershipEstimate(members);
    n.setDescription(description);
    networks.put(name, n);
    return persist(n);
  }

  private Network net(String name) {
    Network n = networks.get(name);
    if (n == null) {
      throw new IllegalArgumentException("No demo network " + name);
    }
    return n;
  }

  private static Network status(Network n, LifecycleStatus status) {
    n.getLifecycle().setStatus(status);
    return n;
  }

  private void networks() {
    // Named at the roundtable
    network(
            "Scottish Co-Production Network",
            NATIONAL,
            null,
            "Scottish Co-Production Network",
            2500,
            "Scotland's national network of co-production practitioners. Raising its profile brought the attention of"
                + " government and civil servants, and eventually funding.")
        .covering(code(Area.SCOTLAND))
        .in(sectors("HEALTH", "SOCIAL_CARE", "COMMUNITY_DEVELOPMENT", "PUBLIC_HEALTH"));
    network(
            "Co-Production Network for Wales",
            NATIONAL,
            null,
            "Co-Production Network for Wales",
            1800,
            "The national co-production network of Wales: practitioners from public services and communities.")
        .covering(code(Area.WALES))
        .in(sectors("HEALTH", "SOCIAL_CARE", "COMMUNITY_DEVELOPMENT", "LOCAL_DEMOCRACY"));
    network(
            "Co-Production Collective",
            UK_WIDE,
            null,
            "University College London",
            1200,
            "A community of people interested in co-production, hosted by University College London; suggested at"
                + " the roundtable as something an English network of networks could grow from.")
        .covering(uk(), code(Area.LONDON))
        .in(sectors("HEALTH", "RESEARCH", "SOCIAL_CARE", "EDUCATION"));
    network(
            "Jam and Justice",
            REGIONAL,
            null,
            "Urban Transformations: Jam and Justice",
            150,
            "Action research on co-producing urban governance for social innovation in Greater Manchester.")
        .covering(code(Area.NORTH_WEST), la("Manchester"), la("Salford"))
        .in(sectors("LOCAL_DEMOCRACY", "RESEARCH", "COMMUNITY_DEVELOPMENT"));
    network(
            "Southend Co-production Network",
            LOCAL,
            2017,
            "SAVS – Southend CVS",
            90,
            "Local network of voluntary groups and public services in Southend-on-Sea, convened by the CVS.")
        .covering(la("Southend-on-Sea"), code(Area.EAST_OF_ENGLAND))
        .in(sectors("SOCIAL_CARE", "HEALTH", "COMMUNITY_DEVELOPMENT"));
    status(
            network(
                "English Co-Production Network of Networks",
                NATIONAL,
                null,
                null,
                null,
                "The English network of networks discussed at the roundtable: to build on the networks that already"
                    + " exist, act as a repository for knowledge and a platform for the sector, and not be London-centric."),
            EMERGING)
        .covering(code(Area.ENGLAND))
        .in(sectors("COMMUNITY_DEVELOPMENT", "LOCAL_DEMOCRACY"));

    // UK-wide and sector-specific
    network(
            "UK Co-production Research Network",
            UK_WIDE,
            2016,
            "New Economics Foundation",
            400,
            "Researchers and practitioners studying co-production across the UK.")
        .covering(uk())
        .in(sectors("RESEARCH"));
    network(
            "Participatory Democracy Practitioners UK",
            UK_WIDE,
            2018,
            "Democratic Society",
            650,
            "Practitioners of citizens' assemblies, participatory budgeting and co-produced local democracy.")
        .covering(uk())
        .in(sectors("LOCAL_DEMOCRACY"));
    network(
            "Co-production in Mental Health Network",
            SECTOR_SPECIFIC,
            2019,
            null,
            800,
            "People with lived experience and mental health services co-producing care.")
        .covering(uk())
        .in(sectors("MENTAL_HEALTH", "HEALTH"));
    network(
            "England Social Care Co-production Forum",
            SECTOR_SPECIFIC,
            2015,
            null,
            1100,
            "Forum of people who draw on care and support, carers and councils co-producing social care in England.")
        .covering(code(Area.ENGLAND))
        .in(sectors("SOCIAL_CARE", "DISABILITY"));
    network(
            "Co-production in Housing England",
            SECTOR_SPECIFIC,
            2021,
            null,
            300,
            "Tenants, landlords and councils co-producing housing services; started after the roundtable named housing"
                + " as a sector open to co-production.")
        .covering(code(Area.ENGLAND))
        .in(sectors("HOUSING"));
    network(
            "England Health Co-production Network",
            SECTOR_SPECIFIC,
            2011,
            null,
            2000,
            "A large national network that covered health only.")
        .covering(code(Area.ENGLAND))
        .in(sectors("HEALTH"));

    // North East
    network(
            "North East Co-production Forum",
            REGIONAL,
            2014,
            "North East Co-production Hub CIC",
            350,
            "Regional forum of co-production practitioners from Berwick to Teesside.")
        .covering(code(Area.NORTH_EAST))
        .in(sectors("HEALTH", "SOCIAL_CARE", "COMMUNITY_DEVELOPMENT"));
    network(
            "Newcastle People's Health Panel",
            LOCAL,
            2016,
            null,
            60,
            "Residents and health services co-designing local health services.")
        .covering(la("Newcastle upon Tyne"), code(Area.NORTH_EAST))
        .in(sectors("HEALTH", "PUBLIC_HEALTH"));
    status(
            network(
                "Sunderland Co-production Circle",
                LOCAL,
                2018,
                null,
                25,
                "Practitioners meeting monthly; quiet since its coordinator left."),
            DORMANT)
        .covering(la("Sunderland"), code(Area.NORTH_EAST))
        .in(sectors("COMMUNITY_DEVELOPMENT"));
    network(
            "County Durham Carers Co-design Group",
            LOCAL,
            2017,
            null,
            40,
            "Carers co-designing support with the council and local charities.")
        .covering(la("County Durham"), code(Area.NORTH_EAST))
        .in(sectors("SOCIAL_CARE"));
    network(
            "Gateshead Tenants' Co-production Group",
            LOCAL,
            2019,
            null,
            35,
            "Tenants shaping repairs and neighbourhood services with their landlord.")
        .covering(la("Gateshead"), code(Area.NORTH_EAST))
        .in(sectors("HOUSING"));

    // North West
    network(
            "Greater Manchester Co-production Network",
            REGIONAL,
            2015,
            "Greater Manchester Civic Action",
            600,
            "Network of co-production practitioners across the ten Greater Manchester boroughs.")
        .covering(code(Area.NORTH_WEST), la("Manchester"), la("Salford"), la("Bolton"))
        .in(sectors("HEALTH", "SOCIAL_CARE", "LOCAL_DEMOCRACY"));
    network(
            "Liverpool City Region Housing Co-production Group",
            LOCAL,
            2018,
            null,
            80,
            "Tenants and housing associations co-producing housing services.")
        .covering(la("Liverpool"), code(Area.NORTH_WEST))
        .in(sectors("HOUSING"));
    status(
            network(
                "Cumberland Rural Co-production Network",
                LOCAL,
                2016,
                null,
                30,
                "Rural practitioners; quiet since 2021."),
            DORMANT)
        .covering(la("Cumberland"), code(Area.NORTH_WEST))
        .in(sectors("COMMUNITY_DEVELOPMENT", "HEALTH"));
    network(
            "Lancashire Co-production Network",
            LOCAL,
            2020,
            null,
            120,
            "County-wide network of public services and community groups.")
        .covering(la("Lancashire"), code(Area.NORTH_WEST))
        .in(sectors("PUBLIC_HEALTH", "COMMUNITY_DEVELOPMENT"));

    // Yorkshire and The Humber
    network(
            "Yorkshire and Humber Co-production Network",
            REGIONAL,
            2013,
            "Leeds City Council",
            500,
            "Regional network of co-production leads in councils, the NHS and the voluntary sector.")
        .covering(code(Area.YORKSHIRE_AND_THE_HUMBER))
        .in(sectors("HEALTH", "SOCIAL_CARE", "HOUSING"));
    network(
            "Leeds Co-production Network",
            LOCAL,
            2014,
            "Leeds City Council",
            220,
            "City network of practitioners and citizens co-producing council services.")
        .covering(la("Leeds"), code(Area.YORKSHIRE_AND_THE_HUMBER))
        .in(sectors("SOCIAL_CARE", "LOCAL_DEMOCRACY"));
    network(
            "Sheffield Citizens' Design Forum",
            LOCAL,
            2017,
            null,
            140,
            "Citizens and services designing together, with a strong education strand.")
        .covering(la("Sheffield"), code(Area.YORKSHIRE_AND_THE_HUMBER))
        .in(sectors("EDUCATION", "COMMUNITY_DEVELOPMENT"));
    network(
            "Bradford Young People's Co-design Network",
            LOCAL,
            2016,
            null,
            70,
            "Young people co-designing youth and education services.")
        .covering(la("Bradford"), code(Area.YORKSHIRE_AND_THE_HUMBER))
        .in(sectors("CHILDREN_AND_FAMILIES", "EDUCATION"));
    status(
            network(
                "Hull Housing Voices",
                LOCAL,
                null,
                null,
                15,
                "Tenants starting a co-production group after the 2021 housing webinar."),
            EMERGING)
        .covering(la("Kingston upon Hull"), code(Area.YORKSHIRE_AND_THE_HUMBER))
        .in(sectors("HOUSING"));

    // East Midlands
    network(
            "East Midlands Co-production Alliance",
            REGIONAL,
            2016,
            "Midlands Community Action",
            310,
            "Alliance of local co-production networks across the East Midlands.")
        .covering(code(Area.EAST_MIDLANDS))
        .in(sectors("COMMUNITY_DEVELOPMENT", "PUBLIC_HEALTH"));
    network(
            "Nottingham Mental Health Co-production Group",
            LOCAL,
            2015,
            null,
            85,
            "People with lived experience co-producing mental health services.")
        .covering(la("Nottingham"), code(Area.EAST_MIDLANDS))
        .in(sectors("MENTAL_HEALTH"));
    status(
            network(
                "Leicester Community Voices Network",
                LOCAL,
                2014,
                null,
                60,
                "Community groups and the council; meetings paused since 2020."),
            DORMANT)
        .covering(la("Leicester"), code(Area.EAST_MIDLANDS))
        .in(sectors("COMMUNITY_DEVELOPMENT", "LOCAL_DEMOCRACY"));
    network(
            "Derby Co-production Forum",
            LOCAL,
            2012,
            null,
            45,
            "City forum hosted by a small local charity.")
        .covering(la("Derby"), code(Area.EAST_MIDLANDS))
        .in(sectors("SOCIAL_CARE"));

    // West Midlands
    network(
            "West Midlands Co-production Network",
            REGIONAL,
            2014,
            "West Midlands Co-production Hub CIC",
            450,
            "Regional network of councils, NHS bodies and community organisations.")
        .covering(code(Area.WEST_MIDLANDS))
        .in(sectors("SOCIAL_CARE", "HEALTH", "LOCAL_DEMOCRACY"));
    network(
            "Birmingham Co-production Circle",
            LOCAL,
            2013,
            null,
            190,
            "City practitioners' circle meeting quarterly.")
        .covering(la("Birmingham"), code(Area.WEST_MIDLANDS))
        .in(sectors("COMMUNITY_DEVELOPMENT", "HOUSING"));
    network(
            "Coventry Citizens' Panel Network",
            LOCAL,
            2018,
            null,
            75,
            "Citizens' panels co-producing council priorities.")
        .covering(la("Coventry"), code(Area.WEST_MIDLANDS))
        .in(sectors("LOCAL_DEMOCRACY"));
    network(
            "Wolverhampton Social Care Co-production Group",
            LOCAL,
            2016,
            null,
            50,
            "People who draw on care and support, with the council's commissioners.")
        .covering(la("Wolverhampton"), code(Area.WEST_MIDLANDS))
        .in(sectors("SOCIAL_CARE", "DISABILITY"));
    status(
            network(
                "Stoke-on-Trent Co-design Network",
                LOCAL,
                null,
                null,
                20,
                "A new network of community groups, started in 2025."),
            EMERGING)
        .covering(la("Stoke-on-Trent"), code(Area.WEST_MIDLANDS))
        .in(sectors("COMMUNITY_DEVELOPMENT"));

    // East of England
    network(
            "East of England Co-production Forum",
            REGIONAL,
            2017,
            null,
            260,
            "Regional forum of co-production practitioners.")
        .covering(code(Area.EAST_OF_ENGLAND))
        .in(sectors("HEALTH", "SOCIAL_CARE"));
    network(
            "Norwich Community Health Partnership Network",
            LOCAL,
            2016,
            null,
            65,
            "Community groups and GPs co-producing health services.")
        .covering(la("Norwich"), code(Area.EAST_OF_ENGLAND))
        .in(sectors("HEALTH", "PUBLIC_HEALTH"));
    status(
            network(
                "Cambridge Co-design Circle",
                LOCAL,
                2018,
                null,
                30,
                "Designers and residents; quiet since 2022."),
            DORMANT)
        .covering(la("Cambridge"), code(Area.EAST_OF_ENGLAND))
        .in(sectors("COMMUNITY_DEVELOPMENT"));
    network(
            "Essex Co-production Network",
            LOCAL,
            2022,
            null,
            110,
            "County-wide network started in 2022.")
        .covering(la("Essex"), code(Area.EAST_OF_ENGLAND))
        .in(sectors("SOCIAL_CARE", "PUBLIC_HEALTH"));

    // London
    network(
            "London Co-production Practitioners' Network",
            REGIONAL,
            2012,
            "London Community Development Trust",
            700,
            "Practitioners across the London boroughs.")
        .covering(code(Area.LONDON))
        .in(sectors("COMMUNITY_DEVELOPMENT", "HEALTH", "HOUSING"));
    network(
            "Tower Hamlets Housing Co-production Forum",
            LOCAL,
            2017,
            null,
            95,
            "Tenants and housing providers co-producing services.")
        .covering(la("Tower Hamlets"), code(Area.LONDON))
        .in(sectors("HOUSING"));
    network(
            "Hackney Young Citizens' Network",
            LOCAL,
            2015,
            null,
            80,
            "Young people in local democracy.")
        .covering(la("Hackney"), code(Area.LONDON))
        .in(sectors("CHILDREN_AND_FAMILIES", "LOCAL_DEMOCRACY"));
    network(
            "Lambeth Health Co-design Group",
            LOCAL,
            2018,
            null,
            55,
            "Residents co-designing health services with the NHS.")
        .covering(la("Lambeth"), code(Area.LONDON))
        .in(sectors("HEALTH", "MENTAL_HEALTH"));

    // South East
    network(
            "South East Co-production Network",
            REGIONAL,
            2016,
            null,
            330,
            "Regional network for the South East.")
        .covering(code(Area.SOUTH_EAST))
        .in(sectors("SOCIAL_CARE", "COMMUNITY_DEVELOPMENT"));
    network(
            "Brighton and Hove Co-production Network",
            LOCAL,
            2013,
            null,
            160,
            "City network with a strong arts and culture strand.")
        .covering(la("Brighton and Hove"), code(Area.SOUTH_EAST))
        .in(sectors("ARTS_AND_CULTURE", "COMMUNITY_DEVELOPMENT"));
    network(
            "Kent Co-production Forum",
            LOCAL,
            2019,
            null,
            140,
            "County forum of services and communities.")
        .covering(la("Kent"), code(Area.SOUTH_EAST))
        .in(sectors("SOCIAL_CARE", "HEALTH"));
    status(
            network(
                "Southampton Housing Co-design Group",
                LOCAL,
                2018,
                null,
                35,
                "Tenants' co-design group; quiet since 2020."),
            DORMANT)
        .covering(la("Southampton"), code(Area.SOUTH_EAST))
        .in(sectors("HOUSING"));
    network(
            "Oxford Citizens' Assembly Network",
            LOCAL,
            2019,
            null,
            60,
            "Members of the city's citizens' assembly and those who ran it.")
        .covering(la("Oxford"), code(Area.SOUTH_EAST))
        .in(sectors("LOCAL_DEMOCRACY", "ENVIRONMENT"));

    // South West
    network(
            "South West Co-production Network",
            REGIONAL,
            2015,
            "South West Citizens' Forum CIC",
            380,
            "Regional network from Gloucestershire to Cornwall.")
        .covering(code(Area.SOUTH_WEST))
        .in(sectors("HEALTH", "SOCIAL_CARE", "ENVIRONMENT"));
    network(
            "Bristol Co-production Network",
            LOCAL,
            2012,
            null,
            210,
            "City network of practitioners.")
        .covering(la("Bristol"), code(Area.SOUTH_WEST))
        .in(sectors("COMMUNITY_DEVELOPMENT", "LOCAL_DEMOCRACY", "ENVIRONMENT"));
    network(
            "Cornwall Rural Co-production Network",
            LOCAL,
            2017,
            null,
            90,
            "Rural communities and services co-producing across Cornwall.")
        .covering(la("Cornwall"), code(Area.SOUTH_WEST))
        .in(sectors("COMMUNITY_DEVELOPMENT", "HEALTH"));
    network(
            "Plymouth Community Co-design Network",
            LOCAL,
            2016,
            null,
            55,
            "Community groups in Plymouth.")
        .covering(la("Plymouth"), code(Area.SOUTH_WEST))
        .in(sectors("COMMUNITY_DEVELOPMENT"));
    network(
            "Devon Co-production Network",
            LOCAL,
            2021,
            null,
            100,
            "County network started in 2021.")
        .covering(la("Devon"), code(Area.SOUTH_WEST))
        .in(sectors("SOCIAL_CARE", "PUBLIC_HEALTH"));

    // Wales
    network(
            "Cardiff Co-production Network",
            LOCAL,
            2015,
            "Cardiff Council",
            170,
            "City network of the council, health board and voluntary sector.")
        .covering(la("Cardiff"), code(Area.WALES))
        .in(sectors("SOCIAL_CARE", "HEALTH"));
    network("Swansea Bay Co-production Forum", LOCAL, 2016, null, 120, "Forum for Swansea Bay.")
        .covering(la("Swansea"), code(Area.WALES))
        .in(sectors("HEALTH", "COMMUNITY_DEVELOPMENT"));
    status(
            network(
                "Gwynedd Community Co-production Network",
                LOCAL,
                2017,
                null,
                40,
                "Welsh-speaking community network; quiet since 2020."),
            DORMANT)
        .covering(la("Gwynedd"), code(Area.WALES))
        .in(sectors("COMMUNITY_DEVELOPMENT", "ARTS_AND_CULTURE"));
    network("Wrexham Co-production Circle", LOCAL, 2018, null, 30, "Practitioners in Wrexham.")
        .covering(la("Wrexham"), code(Area.WALES))
        .in(sectors("SOCIAL_CARE"));

    // Scotland
    network(
            "Glasgow Co-production Network",
            LOCAL,
            2014,
            "Glasgow Community Voices",
            300,
            "City network of community organisations and public services.")
        .covering(la("Glasgow"), code(Area.SCOTLAND))
        .in(sectors("COMMUNITY_DEVELOPMENT", "HOUSING", "HEALTH"));
    network("Edinburgh Co-production Forum", LOCAL, 2015, null, 210, "City forum.")
        .covering(la("Edinburgh"), code(Area.SCOTLAND))
        .in(sectors("SOCIAL_CARE", "EDUCATION"));
    network(
            "Dundee Community Co-production Network",
            LOCAL,
            2017,
            null,
            90,
            "Community network in Dundee.")
        .covering(la("Dundee"), code(Area.SCOTLAND))
        .in(sectors("PUBLIC_HEALTH", "COMMUNITY_DEVELOPMENT"));
    status(
            network(
                "Highland Co-production Network",
                LOCAL,
                2016,
                null,
                45,
                "Rural practitioners across the Highlands; quiet since 2020."),
            DORMANT)
        .covering(la("Highland"), code(Area.SCOTLAND))
        .in(sectors("HEALTH", "COMMUNITY_DEVELOPMENT"));
    network(
            "Fife Dementia Co-production Group",
            LOCAL,
            2017,
            null,
            35,
            "People living with dementia and carers co-producing support.")
        .covering(la("Fife"), code(Area.SCOTLAND))
        .in(sectors("SOCIAL_CARE", "HEALTH"));
    status(
            network("Aberdeen Co-production Network", LOCAL, null, null, 20, "Starting in 2025."),
            EMERGING)
        .covering(la("Aberdeen"), code(Area.SCOTLAND))
        .in(sectors("COMMUNITY_DEVELOPMENT"));

    // Northern Ireland
    network(
            "Northern Ireland Co-production Network",
            NATIONAL,
            2016,
            "Northern Ireland Community Action Network",
            600,
            "Network of co-production practitioners across Northern Ireland.")
        .covering(code(Area.NORTHERN_IRELAND))
        .in(sectors("HEALTH", "SOCIAL_CARE", "COMMUNITY_DEVELOPMENT"));
    network("Belfast Co-production Network", LOCAL, 2017, null, 150, "City network.")
        .covering(la("Belfast"), code(Area.NORTHERN_IRELAND))
        .in(sectors("COMMUNITY_DEVELOPMENT", "HOUSING"));
    network(
            "Derry and Strabane Co-design Forum",
            LOCAL,
            2018,
            null,
            70,
            "Forum of community and council.")
        .covering(la("Derry and Strabane"), code(Area.NORTHERN_IRELAND))
        .in(sectors("LOCAL_DEMOCRACY", "COMMUNITY_DEVELOPMENT"));
    network(
            "Newry, Mourne and Down Community Co-production Group",
            LOCAL,
            2018,
            null,
            30,
            "Community group working with health and social care.")
        .covering(la("Newry, Mourne and Down"), code(Area.NORTHERN_IRELAND))
        .in(sectors("HEALTH", "SOCIAL_CARE"));

    relations();
  }

  private void relations() {
    Network english = net("English Co-Production Network of Networks");
    Network collective = net("Co-Production Collective");
    for (String regional :
        List.of(
            "North East Co-production Forum",
            "Greater Manchester Co-production Network",
            "Yorkshire and Humber Co-production Network",
            "East Midlands Co-production Alliance",
            "West Midlands Co-production Network",
            "East of England Co-production Forum",
            "London Co-production Practitioners' Network",
            "South East Co-production Network",
            "South West Co-production Network")) {
      net(regional).relateTo(RelationType.MEMBER_OF, english);
    }
    memberOf(
        "North East Co-production Forum",
        "Newcastle People's Health Panel",
        "Sunderland Co-production Circle",
        "County Durham Carers Co-design Group",
        "Gateshead Tenants' Co-production Group");
    memberOf("Greater Manchester Co-production Network", "Jam and Justice");
    memberOf(
        "Yorkshire and Humber Co-production Network",
        "Leeds Co-production Network",
        "Sheffield Citizens' Design Forum",
        "Bradford Young People's Co-design Network",
        "Hull Housing Voices");
    memberOf(
        "East Midlands Co-production Alliance",
        "Nottingham Mental Health Co-production Group",
        "Leicester Community Voices Network",
        "Derby Co-production Forum");
    memberOf(
        "West Midlands Co-production Network",
        "Birmingham Co-production Circle",
        "Coventry Citizens' Panel Network",
        "Wolverhampton Social Care Co-production Group",
        "Stoke-on-Trent Co-design Network");
    memberOf(
        "East of England Co-production Forum",
        "Southend Co-production Network",
        "Norwich Community Health Partnership Network",
        "Cambridge Co-design Circle",
        "Essex Co-production Network");
    memberOf(
        "London Co-production Practitioners' Network",
        "Tower Hamlets Housing Co-production Forum",
        "Hackney Young Citizens' Network",
        "Lambeth Health Co-design Group");
    memberOf(
        "South East Co-production Network",
        "Brighton and Hove Co-production Network",
        "Kent Co-production Forum",
        "Southampton Housing Co-design Group",
        "Oxford Citizens' Assembly Network");
    memberOf(
        "South West Co-production Network",
        "Bristol Co-production Network",
        "Cornwall Rural Co-production Network",
        "Plymouth Community Co-design Network",
        "Devon Co-production Network");
    memberOf(
        "Co-Production Network for Wales",
        "Cardiff Co-production Network",
        "Swansea Bay Co-production Forum",
        "Gwynedd Community Co-production Network",
        "Wrexham Co-production Circle");
    memberOf(
        "Scottish Co-Production Network",
        "Glasgow Co-production Network",
        "Edinburgh Co-production Forum",
        "Dundee Community Co-production Network",
        "Highland Co-production Network",
        "Fife Dementia Co-production Group",
        "Aberdeen Co-production Network");
    memberOf(
        "Northern Ireland Co-production Network",
        "Belfast Co-production Network",
        "Derry and Strabane Co-design Forum",
        "Newry, Mourne and Down Community Co-production Group");
    for (String national :
        List.of(
            "Scottish Co-Production Network", "Co-Production Network for Wales",
            "Northern Ireland Co-production Network",
                "English Co-Production Network of Networks")) {
      net(national).relateTo(RelationType.AFFILIATED_WITH, collective);
    }
    net("Jam and Justice")
        .relateTo(RelationType.AFFILIATED_WITH, net("UK Co-production Research Network"));
    net("Southend Co-production Network").relateTo(RelationType.AFFILIATED_WITH, collective);
    net("Co-production in Housing England").relateTo(RelationType.MEMBER_OF, english);
    net("England Social Care Co-production Forum").relateTo(RelationType.MEMBER_OF, english);
  }

  private void memberOf(String parent, String... members) {
    for (String m : members) {
      net(m).relateTo(RelationType.MEMBER_OF, net(parent));
    }
  }

  /**
   * Closes a network the way the register does: date, reason, successor, and the lesson it leaves.
   */
  private void close(
      String name, LocalDate on, String reason, String successor, String themeCode, String lesson) {
    Network n = net(name);
    n.close(on, reason, successor == null ? null : net(successor));
    Insight insight =
        new Insight(lesson, theme(themeCode), on, "Left by " + n.getName() + " on closing")
            .about(n);
    insight.getSectors().addAll(n.getSectors());
    n.getAreas().forEach(a -> insight.getAreas().add(new AreaCode(a.code())));
    persist(insight);
  }

  private void closures() {
    close(
        "England Health Co-production Network",
        LocalDate.of(2017, 3, 31),
        "National funding ended; covering health only, it found no sponsors in other sectors.",
        "Co-Production Collective",
        "PATCHY_LANDSCAPE",
        "A national network that covers one sector cannot speak for co-production as a whole: a network of networks"
            + " should span sectors from the start.");
    close(
        "Derby Co-production Forum",
        LocalDate.of(2019, 9, 30),
        "Its host, a small local charity, closed.",
        "East Midlands Co-production Alliance",
        "LOST_KNOWLEDGE",
        "A network hosted by one small organisation closes with it: agree early where its records and contacts go.");
    close(
        "Bradford Young People's Co-design Network",
        LocalDate.of(2020, 12, 31),
        "Funding lost in 2020 and schools closed during Covid-19; the young members moved on.",
        "Yorkshire and Humber Co-production Network",
        "PRACTITIONER_CAPACITY",
        "Young people's networks turn over fast: hand over to the next group before the funding ends.");
    close(
        "Plymouth Community Co-design Network",
        LocalDate.of(2020, 10, 31),
        "Its only grant was lost when the funder moved its money to the Covid-19 emergency response.",
        "South West Co-production Network",
        "FUNDING",
        "One funder and no reserves: a network needs at least two sources of support to survive a shock.");
    close(
        "Newry, Mourne and Down Community Co-production Group",
        LocalDate.of(2020, 12, 31),
        "Meetings stopped in the first lockdown and the group's funding was not renewed.",
        "Northern Ireland Co-production Network",
        "COVID_IMPACT",
        "Members without devices or data dropped out when meetings moved online; phone calls kept a few in touch.");
    close(
        "County Durham Carers Co-design Group",
        LocalDate.of(2021, 3, 31),
        "Second-year funding was lost in 2020 and volunteers stood down during Covid-19.",
        "North East Co-production Forum",
        "LOST_KNOWLEDGE",
        "What the carers designed lived in one coordinator's files: keep the group's work where the region can find"
            + " it.");
    close(
        "Hackney Young Citizens' Network",
        LocalDate.of(2021, 6, 30),
        "Funding lost in 2020; members joined the London network.",
        "London Co-production Practitioners' Network",
        "COVID_IMPACT",
        "Moving online kept the confident members and lost the rest: keep an offline way to take part.");
    close(
        "Wrexham Co-production Circle",
        LocalDate.of(2021, 9, 30),
        "Funding lost in 2020; members joined the national network.",
        "Co-Production Network for Wales",
        "RAISING_PROFILE",
        "Joining the national network kept the members' learning in one place and visible to government.");
    close(
        "Wolverhampton Social Care Co-production Group",
        LocalDate.of(2022, 3, 31),
        "The council ended its funding after post-Covid budget cuts.",
        "West Midlands Co-production Network",
        "POWER",
        "When the commissioner holds the whole budget, members have no say in whether the group continues.");
    close(
        "Fife Dementia Co-production Group",
        LocalDate.of(2022, 3, 31),
        "Its time-limited funding ended.",
        "Scottish Co-Production Network",
        "UNDERSTANDING",
        "Co-production with people living with dementia works when meetings are paced for them, not for the"
            + " services.");
    close(
        "Oxford Citizens' Assembly Network",
        LocalDate.of(2023, 5, 31),
        "It completed its work after the citizens' assembly reported.",
        null,
        "CO_OPTION",
        "Members were asked to deliver the changes they had designed, unpaid: co-production had turned into"
            + " co-option.");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Funding: programmes, then grants in every area and every status.

  private void programme(String code, String title, String funder, String description) {
    GrantProgramme p = new GrantProgramme(title, code, org(funder));
    p.setDescription(description);
    programmes.put(code, persist(p));
  }

  private void programmes() {
    programme(
        "CFF-DIA",
        "Democracy in Action Fund",
        "Civic Futures Foundation",
        "Participation, deliberation and co-production in local democracy.");
    programme(
        "CFF-NRF",
        "Network Resilience Fund",
        "Civic Futures Foundation",
        "Emergency support in 2020-21 to keep networks running through Covid-19.");
    programme(
        "TWCT-NV",
        "Neighbourhood Voices",
        "Tyne and Wear Community Trust",
        "Community-led local change.");
    programme(
        "PMF-ST",
        "Stronger Together",
        "Pennine and Mersey Foundation",
        "Partnerships of communities and" + " services.");
    programme(
        "RCF-CP",
        "Community Power",
        "Ridings Community Foundation",
        "Shifting decisions to communities.");
    programme("TVT-PP", "People and Places", "Trent Valley Trust", "Place-based community work.");
    programme(
        "BCMF-CPP",
        "Co-production Pathways",
        "Black Country and Marches Fund",
        "Co-produced public services.");
    programme(
        "FBF-RC",
        "Rural and Coastal Communities",
        "Fens and Broads Foundation",
        "Rural and coastal places.");
    programme(
        "TCT-LCV", "London Civic Voices", "Thames Civic Trust", "Civic participation in London.");
    programme(
        "DWF-CF", "Community Futures", "Downs and Weald Foundation", "Community-led futures.");
    programme(
        "STT-LD",
        "Local Democracy",
        "Severn and Tamar Trust",
        "Local democracy and participation.");
    programme(
        "WCF-CT", "Communities Together", "Welsh Communities Fund", "Community action in Wales.");
    programme(
        "CCT-SCF",
        "Scotland Co-production Fund",
        "Caledonian Community Trust",
        "Co-production in Scotland.");
    programme("UCF-SF", "Shared Futures", "Ulster Civic Fund", "Civic action in Northern Ireland.");
    programme(
        "DS-PSNG",
        "Public Square network grants",
        "Democratic Society",
        "Small grants to regional networks to convene towards an English network of networks.");
    programme(
        "ICB-HCP",
        "Health Co-production Partnerships",
        "NHS Humber Valley Integrated Care Board",
        "Co-produced health and care.");
  }

  private Grant grant(
      String identifier,
      String programme,
      Object recipient,
      String title,
      String description,
      AreaCode... areas) {
    GrantProgramme p = programmes.get(programme);
    if (p == null) {
      throw new IllegalArgumentException("No demo programme " + programme);
    }
    Grant g = new Grant(identifier, title, description, p.getFunder());
    g.setProgramme(p);
    if (recipient instanceof Network n) {
      g.setRecipientNetwork(n);
    } else {
      g.setRecipientOrganisation((Organisation) recipient);
    }
    g.benefiting(areas);
    return persist(g);
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  private static Grant plan(Grant g, LocalDate start, int months) {
    g.setPlannedStart(start);
    g.setPlannedEnd(start.plusMonths(months).minusDays(1));
    return g;
  }

  private static Grant completed(Grant g, String amount, LocalDate awarded, int months) {
    g.setAmountAppliedFor(money(amount));
    g.award(money(amount), awarded);
    g.setAmountDisbursed(g.getAmountAwarded());
    g.setStatus(GrantStatus.COMPLETED);
    return plan(g, awarded.plusMonths(1).withDayOfMonth(1), months);
  }

  private static Grant awarded(
      Grant g, String amount, LocalDate awarded, int months, String disbursed) {
    g.setAmountAppliedFor(money(amount));
    g.award(money(amount), awarded);
    g.setAmountDisbursed(money(disbursed));
    return plan(g, awarded.plusMonths(1).withDayOfMonth(1), months);
  }

  private static Grant paused(
      Grant g, String amount, LocalDate awarded, int months, String disbursed, String covid) {
    awarded(g, amount, awarded, months, disbursed);
    g.setStatus(GrantStatus.PAUSED);
    g.setCovidImpact(covid);
    return g;
  }

  private static Grant lost(Grant g, String applied, String covid) {
    g.setAmountAppliedFor(money(applied));
    g.setStatus(GrantStatus.LOST);
    g.setCovidImpact(covid);
    return g;
  }

  private static Grant applied(Grant g, String applied, LocalDate plannedStart, int months) {
    g.setAmountAppliedFor(money(applied));
    g.setStatus(GrantStatus.APPLIED);
    return plan(g, plannedStart, months);
  }

  private static Grant withdrawn(Grant g, String applied) {
    g.setAmountAppliedFor(money(applied));
    g.setStatus(GrantStatus.WITHDRAWN);
    return g;
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static final String COVID_PAUSED =
      "Paused in March 2020 when meetings stopped under Covid-19 restrictions; the balance is held until the work"
          + " can restart.";
  private static final String COVID_LOST =
      "Lost in 2020: the funder closed its round and moved its money to the Covid-19 emergency response.";

  private void grants() {
    Organisation demsoc = org("Democratic Society");

    // Incoming: the convenor's own funding
    completed(
        grant(
            "360G-DEMOCFF-2019-001",
            "CFF-DIA",
            demsoc,
            "Public Square: local democracy and co-production",
            "Roundtables, public events and write-ups on co-production in local democracy.",
            uk()),
        "120000.00",
        d(2019, 4, 1),
        24);
    awarded(
        grant(
            "360G-DEMOCFF-2024-003",
            "CFF-DIA",
            demsoc,
            "Public Square: towards an English network of networks",
            "Convening regional networks to shape an English network of networks that is not London-centric.",
            code(Area.ENGLAND)),
        "85500.00",
        d(2024, 2, 1),
        36,
        "42750.00");
    paused(
        grant(
            "360G-DEMOCFF-2020-007",
            "CFF-DIA",
            demsoc,
            "Public Square roundtables 2020",
            "In-person roundtables with co-production practitioners across the UK.",
            uk()),
        "40000.00",
        d(2020, 2, 10),
        12,
        "12500.00",
        "Paused in March 2020 under Covid-19 restrictions: in-person roundtables were cancelled; a smaller online"
            + " programme replaced them and the balance has not been released.");
    lost(
        grant(
            "360G-DEMOTCT-2020-031",
            "TCT-LCV",
            demsoc,
            "London co-production convening",
            "Convening co-production practitioners in London.",
            code(Area.LONDON)),
        "25000.00",
        COVID_LOST);
    applied(
        grant(
            "360G-DEMOCCT-2025-004",
            "CCT-SCF",
            demsoc,
            "Scotland and England network exchange",
            "Practitioner exchanges between the Scottish network and English regional networks.",
            code(Area.SCOTLAND),
            code(Area.ENGLAND)),
        "18000.00",
        d(2026, 1, 1),
        12);
    withdrawn(
        grant(
            "360G-DEMOWCF-2019-012",
            "WCF-CT",
            demsoc,
            "Welsh co-production learning visits",
            "Learning visits to Welsh networks; withdrawn when the national network took the work on.",
            code(Area.WALES)),
        "9500.00");

    // Outgoing: the convenor's small grants to regional networks
    String[][] regional = {
      {"01", "North East Co-production Forum", "NORTH_EAST"},
      {"02", "Greater Manchester Co-production Network", "NORTH_WEST"},
      {"03", "Yorkshire and Humber Co-production Network", "YORKSHIRE_AND_THE_HUMBER"},
      {"04", "East Midlands Co-production Alliance", "EAST_MIDLANDS"},
      {"05", "West Midlands Co-production Network", "WEST_MIDLANDS"},
      {"06", "Southend Co-production Network", "EAST_OF_ENGLAND"},
      {"07", "South West Co-production Network", "SOUTH_WEST"},
    };
    for (String[] r : regional) {
      Grant g =
          completed(
              grant(
                  "360G-DEMODS-PS-2021-" + r[0],
                  "DS-PSNG",
                  net(r[1]),
                  "Network of networks: convening in " + Area.valueOf(r[2]).displayName(),
                  "A regional convening towards an English network of networks, following the November 2020"
                      + " roundtable.",
                  code(Area.valueOf(r[2]))),
              r[0].equals("06") ? "3500.00" : "5000.00",
              d(2021, 5, 10),
              6);
      g.setDirection(FundingDirection.OUTGOING);
    }
    awarded(
            grant(
                "360G-DEMODS-PS-2024-01",
                "DS-PSNG",
                net("Co-Production Collective"),
                "Recording what local networks learned",
                "A shared place for the knowledge of local networks that close, so that it is not lost.",
                uk()),
            "12000.00",
            d(2024, 6, 1),
            24,
            "6000.00")
        .setDirection(FundingDirection.OUTGOING);
    applied(
            grant(
                "360G-DEMODS-PS-2025-01",
                "DS-PSNG",
                net("Northern Ireland Co-production Network"),
                "Northern Ireland practitioners' exchange",
                "Exchange visits between Northern Ireland and English networks.",
                code(Area.NORTHERN_IRELAND)),
            "4000.00",
            d(2026, 2, 1),
            6)
        .setDirection(FundingDirection.OUTGOING);

    // North East
    completed(
        grant(
            "360G-DEMOTWCT-2018-014",
            "TWCT-NV",
            net("Newcastle People's Health Panel"),
            "People's Health Panel",
            "Residents co-designing local health services.",
            la("Newcastle upon Tyne"),
            code(Area.NORTH_EAST)),
        "14750.00",
        d(2018, 9, 1),
        24);
    lost(
        grant(
            "360G-DEMOTWCT-2020-022",
            "TWCT-NV",
            net("County Durham Carers Co-design Group"),
            "Carers co-design: second year",
            "Second year of carers co-designing support.",
            la("County Durham"),
            code(Area.NORTH_EAST)),
        "22000.00",
        COVID_LOST + " The group closed in 2021.");
    awarded(
        grant(
            "360G-DEMOTWCT-2025-003",
            "TWCT-NV",
            net("North East Co-production Forum"),
            "Regional co-production forum 2025-27",
            "Core costs of the regional forum.",
            code(Area.NORTH_EAST)),
        "30000.00",
        d(2025, 1, 20),
        24,
        "10000.00");

    // North West
    awarded(
        grant(
            "360G-DEMOPMF-2024-011",
            "PMF-ST",
            net("Greater Manchester Co-production Network"),
            "Co-production across Greater Manchester",
            "Coordinator and network events.",
            code(Area.NORTH_WEST),
            la("Manchester")),
        "45000.00",
        d(2024, 7, 1),
        36,
        "15000.00");
    paused(
        grant(
            "360G-DEMOPMF-2020-004",
            "PMF-ST",
            net("Liverpool City Region Housing Co-production Group"),
            "Tenants co-producing housing services",
            "Tenants' meetings and co-design sessions with landlords.",
            la("Liverpool"),
            code(Area.NORTH_WEST)),
        "18000.00",
        d(2020, 1, 15),
        18,
        "4500.00",
        COVID_PAUSED);
    withdrawn(
        grant(
            "360G-DEMOPMF-2021-009",
            "PMF-ST",
            net("Cumberland Rural Co-production Network"),
            "Rural co-production hubs",
            "Withdrawn by the network when its coordinator left.",
            la("Cumberland"),
            code(Area.NORTH_WEST)),
        "12500.00");

    // Yorkshire and The Humber
    completed(
        grant(
            "360G-DEMORCF-2019-017",
            "RCF-CP",
            net("Leeds Co-production Network"),
            "Co-producing council services",
            "Training and co-design sessions.",
            la("Leeds"),
            code(Area.YORKSHIRE_AND_THE_HUMBER)),
        "20000.00",
        d(2019, 3, 1),
        18);
    lost(
        grant(
            "360G-DEMORCF-2020-006",
            "RCF-CP",
            net("Bradford Young People's Co-design Network"),
            "Young people co-designing youth services",
            "Continuation funding for the young people's network.",
            la("Bradford"),
            code(Area.YORKSHIRE_AND_THE_HUMBER)),
        "16000.00",
        COVID_LOST);
    applied(
        grant(
            "360G-DEMOICB-2025-002",
            "ICB-HCP",
            net("Hull Housing Voices"),
            "Housing and health co-production",
            "Tenants and health services co-producing healthy homes.",
            la("Kingston upon Hull"),
            code(Area.YORKSHIRE_AND_THE_HUMBER)),
        "8000.00",
        d(2026, 4, 1),
        12);
    awarded(
        grant(
            "360G-DEMOICB-2023-009",
            "ICB-HCP",
            net("Yorkshire and Humber Co-production Network"),
            "Health co-production partnerships",
            "Regional co-production leads in health and care.",
            code(Area.YORKSHIRE_AND_THE_HUMBER)),
        "60000.00",
        d(2023, 11, 1),
        40,
        "45000.00");

    // East Midlands
    completed(
        grant(
            "360G-DEMOTVT-2021-005",
            "TVT-PP",
            net("Nottingham Mental Health Co-production Group"),
            "Lived experience in mental health services",
            "Peer co-production leads.",
            la("Nottingham"),
            code(Area.EAST_MIDLANDS)),
        "16400.00",
        d(2021, 6, 1),
        12);
    paused(
        grant(
            "360G-DEMOTVT-2020-002",
            "TVT-PP",
            net("Leicester Community Voices Network"),
            "Community voices in council decisions",
            "Community panels with the council.",
            la("Leicester"),
            code(Area.EAST_MIDLANDS)),
        "11000.00",
        d(2020, 1, 6),
        12,
        "2750.00",
        COVID_PAUSED);
    awarded(
        grant(
            "360G-DEMOTVT-2025-001",
            "TVT-PP",
            net("East Midlands Co-production Alliance"),
            "Regional alliance 2025",
            "Alliance coordination.",
            code(Area.EAST_MIDLANDS)),
        "24000.00",
        d(2025, 2, 1),
        24,
        "6000.00");

    // West Midlands
    completed(
        grant(
            "360G-DEMOBCMF-2019-008",
            "BCMF-CPP",
            net("Birmingham Co-production Circle"),
            "City co-production circle",
            "Quarterly gatherings and a practice guide.",
            la("Birmingham"),
            code(Area.WEST_MIDLANDS)),
        "9800.00",
        d(2019, 2, 1),
        12);
    lost(
        grant(
            "360G-DEMOBCMF-2021-004",
            "BCMF-CPP",
            net("Wolverhampton Social Care Co-production Group"),
            "Social care co-production",
            "Match funding for the council's co-production group.",
            la("Wolverhampton"),
            code(Area.WEST_MIDLANDS)),
        "14000.00",
        "Lost in 2021: the council's match funding was cut after Covid-19 costs, so the funder withdrew its offer.");
    awarded(
        grant(
            "360G-DEMOBCMF-2024-010",
            "BCMF-CPP",
            net("West Midlands Co-production Network"),
            "Regional co-production network",
            "Core costs.",
            code(Area.WEST_MIDLANDS)),
        "38000.00",
        d(2024, 4, 1),
        36,
        "20000.00");
    completed(
        grant(
            "360G-DEMOBCMF-2018-002",
            "BCMF-CPP",
            org("Governance International"),
            "Co-production training for councils",
            "Training for West Midlands council staff.",
            code(Area.WEST_MIDLANDS)),
        "24000.00",
        d(2018, 5, 1),
        12);

    // East of England
    completed(
        grant(
            "360G-DEMOFBF-2019-003",
            "FBF-RC",
            org("SAVS – Southend CVS"),
            "Co-production network coordinator",
            "A coordinator for the Southend co-production network.",
            la("Southend-on-Sea"),
            code(Area.EAST_OF_ENGLAND)),
        "15000.00",
        d(2019, 4, 1),
        12);
    paused(
        grant(
            "360G-DEMOFBF-2020-012",
            "FBF-RC",
            net("Norwich Community Health Partnership Network"),
            "Community health partnerships",
            "Community groups and GPs co-producing services.",
            la("Norwich"),
            code(Area.EAST_OF_ENGLAND)),
        "13200.00",
        d(2020, 2, 3),
        12,
        "3300.00",
        COVID_PAUSED);
    awarded(
        grant(
            "360G-DEMOFBF-2025-006",
            "FBF-RC",
            net("East of England Co-production Forum"),
            "Regional forum",
            "Forum coordination and events.",
            code(Area.EAST_OF_ENGLAND)),
        "27000.00",
        d(2025, 3, 1),
        24,
        "9000.00");
    applied(
        grant(
            "360G-DEMOFBF-2025-014",
            "FBF-RC",
            net("Essex Co-production Network"),
            "County network",
            "Coordinator for the county network.",
            la("Essex"),
            code(Area.EAST_OF_ENGLAND)),
        "19500.00",
        d(2026, 4, 1),
        24);

    // London
    Grant london =
        completed(
            grant(
                "360G-DEMOTCT-2020-002",
                "TCT-LCV",
                net("London Co-production Practitioners' Network"),
                "Practitioners' network 2020",
                "Network events and a newsletter.",
                code(Area.LONDON)),
            "28000.00",
            d(2020, 1, 10),
            12);
    london.setAmountDisbursed(money("25850.00"));
    london.setCovidImpact(
        "Delivered online from April 2020; the unspent £2,150.00 was returned to the funder.");
    lost(
        grant(
            "360G-DEMOTCT-2020-019",
            "TCT-LCV",
            net("Hackney Young Citizens' Network"),
            "Young citizens 2020-21",
            "Young people in local democracy.",
            la("Hackney"),
            code(Area.LONDON)),
        "17500.00",
        COVID_LOST + " The network closed in 2021.");
    awarded(
        grant(
            "360G-DEMOTCT-2024-008",
            "TCT-LCV",
            net("Tower Hamlets Housing Co-production Forum"),
            "Tenants co-producing housing",
            "Tenants' forum and co-design of repairs.",
            la("Tower Hamlets"),
            code(Area.LONDON)),
        "21000.00",
        d(2024, 9, 1),
        24,
        "10500.00");
    completed(
            grant(
                "360G-DEMOCFF-2020-041",
                "CFF-NRF",
                net("Co-Production Collective"),
                "Keeping the collective running through Covid-19",
                "Moving the collective's work online.",
                uk(),
                code(Area.LONDON)),
            "50000.00",
            d(2020, 9, 1),
            12)
        .setCovidImpact("Emergency funding: the collective moved all its gatherings online.");

    // South East
    completed(
        grant(
            "360G-DEMODWF-2019-010",
            "DWF-CF",
            net("Brighton and Hove Co-production Network"),
            "Arts and co-production",
            "Co-produced arts projects.",
            la("Brighton and Hove"),
            code(Area.SOUTH_EAST)),
        "12500.00",
        d(2019, 5, 1),
        12);
    paused(
        grant(
            "360G-DEMODWF-2020-004",
            "DWF-CF",
            net("Southampton Housing Co-design Group"),
            "Tenants co-designing housing",
            "Co-design sessions with landlords.",
            la("Southampton"),
            code(Area.SOUTH_EAST)),
        "9000.00",
        d(2020, 2, 17),
        12,
        "2250.00",
        COVID_PAUSED);
    awarded(
        grant(
            "360G-DEMODWF-2024-007",
            "DWF-CF",
            net("Kent Co-production Forum"),
            "County forum 2024-26",
            "Forum coordination.",
            la("Kent"),
            code(Area.SOUTH_EAST)),
        "26000.00",
        d(2024, 5, 1),
        30,
        "13000.00");
    withdrawn(
        grant(
            "360G-DEMODWF-2022-015",
            "DWF-CF",
            net("Oxford Citizens' Assembly Network"),
            "Assembly members' network",
            "Withdrawn when the network decided to close.",
            la("Oxford"),
            code(Area.SOUTH_EAST)),
        "7500.00");

    // South West
    completed(
        grant(
            "360G-DEMOSTT-2018-006",
            "STT-LD",
            net("Bristol Co-production Network"),
            "City network",
            "Network coordination.",
            la("Bristol"),
            code(Area.SOUTH_WEST)),
        "18000.00",
        d(2018, 6, 1),
        24);
    lost(
        grant(
            "360G-DEMOSTT-2020-011",
            "STT-LD",
            net("Plymouth Community Co-design Network"),
            "Community co-design",
            "Continuation of community co-design.",
            la("Plymouth"),
            code(Area.SOUTH_WEST)),
        "10500.00",
        COVID_LOST + " The network closed in October 2020.");
    awarded(
        grant(
            "360G-DEMOSTT-2025-002",
            "STT-LD",
            net("Cornwall Rural Co-production Network"),
            "Rural co-production",
            "Rural gatherings across Cornwall.",
            la("Cornwall"),
            code(Area.SOUTH_WEST)),
        "22000.00",
        d(2025, 1, 15),
        24,
        "5500.00");
    applied(
        grant(
            "360G-DEMOSTT-2025-009",
            "STT-LD",
            net("Devon Co-production Network"),
            "County network",
            "Coordinator for the county network.",
            la("Devon"),
            code(Area.SOUTH_WEST)),
        "16000.00",
        d(2026, 3, 1),
        24);
    completed(
        grant(
            "360G-DEMOSTT-2021-003",
            "STT-LD",
            net("South West Co-production Network"),
            "Regional network after Covid-19",
            "Rebuilding the regional network.",
            code(Area.SOUTH_WEST)),
        "20000.00",
        d(2021, 7, 1),
        12);

    // England
    awarded(
        grant(
            "360G-DEMOCFF-2023-022",
            "CFF-DIA",
            net("England Social Care Co-production Forum"),
            "Co-producing social care in England",
            "Forum coordination and national events.",
            code(Area.ENGLAND)),
        "75000.00",
        d(2023, 9, 1),
        48,
        "56250.00");
    completed(
        grant(
            "360G-DEMOCFF-2021-030",
            "CFF-NRF",
            net("Co-production in Housing England"),
            "Starting a housing co-production network",
            "Start-up costs after the roundtable named housing as open" + " to co-production.",
            code(Area.ENGLAND)),
        "35000.00",
        d(2021, 4, 1),
        18);
    completed(
        grant(
            "360G-DEMOCFF-2015-004",
            "CFF-DIA",
            net("England Health Co-production Network"),
            "National health co-production network",
            "Final two years of national coordination.",
            code(Area.ENGLAND)),
        "90000.00",
        d(2015, 3, 1),
        24);

    // Wales
    completed(
        grant(
            "360G-DEMOWCF-2019-001",
            "WCF-CT",
            net("Co-Production Network for Wales"),
            "National network development",
            "Network development across Wales.",
            code(Area.WALES)),
        "48000.00",
        d(2019, 1, 15),
        24);
    awarded(
        grant(
            "360G-DEMOWCF-2024-005",
            "WCF-CT",
            net("Cardiff Co-production Network"),
            "City network 2024-26",
            "City network coordination.",
            la("Cardiff"),
            code(Area.WALES)),
        "19000.00",
        d(2024, 3, 1),
        30,
        "9500.00");
    lost(
        grant(
            "360G-DEMOWCF-2020-013",
            "WCF-CT",
            net("Wrexham Co-production Circle"),
            "Practitioners' circle",
            "Continuation funding.",
            la("Wrexham"),
            code(Area.WALES)),
        "6500.00",
        COVID_LOST);
    paused(
        grant(
            "360G-DEMOWCF-2020-003",
            "WCF-CT",
            net("Gwynedd Community Co-production Network"),
            "Welsh-language co-production",
            "Community co-production in Welsh.",
            la("Gwynedd"),
            code(Area.WALES)),
        "8800.00",
        d(2020, 1, 20),
        12,
        "2200.00",
        COVID_PAUSED);

    // Scotland
    completed(
        grant(
            "360G-DEMOCCT-2019-002",
            "CCT-SCF",
            net("Scottish Co-Production Network"),
            "National network programme",
            "Programme of national events and learning.",
            code(Area.SCOTLAND)),
        "55000.00",
        d(2019, 4, 1),
        24);
    awarded(
        grant(
            "360G-DEMOCCT-2024-006",
            "CCT-SCF",
            net("Glasgow Co-production Network"),
            "City network 2024-27",
            "City network coordination.",
            la("Glasgow"),
            code(Area.SCOTLAND)),
        "33000.00",
        d(2024, 8, 1),
        36,
        "11000.00");
    paused(
        grant(
            "360G-DEMOCCT-2020-010",
            "CCT-SCF",
            net("Highland Co-production Network"),
            "Rural gatherings",
            "Gatherings across the Highlands.",
            la("Highland"),
            code(Area.SCOTLAND)),
        "12000.00",
        d(2020, 2, 1),
        12,
        "3000.00",
        COVID_PAUSED);
    applied(
        grant(
            "360G-DEMOCCT-2025-008",
            "CCT-SCF",
            net("Dundee Community Co-production Network"),
            "Community network",
            "Network coordination.",
            la("Dundee"),
            code(Area.SCOTLAND)),
        "14000.00",
        d(2026, 1, 1),
        24);
    GrantProgramme lct =
        new GrantProgramme("Dementia and carers", "LCT-DC", org("Life Changes Trust"));
    programmes.put("LCT-DC", persist(lct));
    completed(
        grant(
            "360G-DEMOLCT-2018-021",
            "LCT-DC",
            net("Fife Dementia Co-production Group"),
            "Dementia co-production group",
            "People living with dementia and carers co-producing support.",
            la("Fife"),
            code(Area.SCOTLAND)),
        "19800.00",
        d(2018, 4, 1),
        36);

    // Northern Ireland
    awarded(
        grant(
            "360G-DEMOUCF-2024-004",
            "UCF-SF",
            net("Northern Ireland Co-production Network"),
            "Regional network 2024-27",
            "Network coordination.",
            code(Area.NORTHERN_IRELAND)),
        "32000.00",
        d(2024, 4, 1),
        36,
        "16000.00");
    completed(
        grant(
            "360G-DEMOUCF-2019-009",
            "UCF-SF",
            net("Belfast Co-production Network"),
            "City network",
            "City network coordination.",
            la("Belfast"),
            code(Area.NORTHERN_IRELAND)),
        "17500.00",
        d(2019, 6, 1),
        24);
    lost(
        grant(
            "360G-DEMOUCF-2020-007",
            "UCF-SF",
            net("Newry, Mourne and Down Community Co-production Group"),
            "Community co-production",
            "Continuation funding.",
            la("Newry, Mourne and Down"),
            code(Area.NORTHERN_IRELAND)),
        "9000.00",
        COVID_LOST);
    paused(
        grant(
            "360G-DEMOUCF-2021-002",
            "UCF-SF",
            net("Derry and Strabane Co-design Forum"),
            "Co-design forum",
            "Community and council co-design.",
            la("Derry and Strabane"),
            code(Area.NORTHERN_IRELAND)),
        "10000.00",
        d(2020, 12, 1),
        12,
        "2500.00",
        "Paused in January 2021 in the third Covid-19 lockdown; the forum has not yet met in person again.");

    // UK-wide
    awarded(
        grant(
            "360G-DEMOCFF-2025-012",
            "CFF-DIA",
            net("UK Co-production Research Network"),
            "Mapping the co-production landscape",
            "Research on where co-production networks exist and close.",
            uk()),
        "42000.00",
        d(2025, 5, 1),
        24,
        "10500.00");
    completed(
        grant(
            "360G-DEMOCFF-2022-018",
            "CFF-DIA",
            net("Participatory Democracy Practitioners UK"),
            "Practitioners' exchange",
            "Exchange between participatory democracy practitioners.",
            uk()),
        "15000.00",
        d(2022, 2, 1),
        12);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Events: several a year from 2019 to 2025, with the July 2020 event and the November 2020
  // roundtable.

  private Event event(
      String title,
      EventType type,
      LocalDateTime start,
      int minutes,
      String venue,
      String convenor,
      String description,
      String... themeCodes) {
    Event e = new Event(title, type, start);
    e.setEndsAt(start.plusMinutes(minutes));
    e.setOnline(venue == null);
    e.setVenue(venue);
    e.setConvenor(org(convenor));
    e.setDescription(description);
    for (String t : themeCodes) {
      e.getThemes().add(theme(t));
    }
    events.put(title, e);
    return persist(e);
  }

  private Event represented(Event e, String... networkNames) {
    for (String n : networkNames) {
      e.getNetworksRepresented().add(net(n));
    }
    return e;
  }

  private static LocalDateTime at(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0);
  }

  private void events() {
    // 2019
    represented(
        event(
            "Co-production in local democracy: practitioners' workshop",
            EventType.WORKSHOP,
            at(2019, 3, 14, 10),
            240,
            "Community hall, Birmingham",
            "Democratic Society",
            "Practitioners from councils and community groups on co-production in local decisions.",
            "UNDERSTANDING",
            "POWER"),
        "Birmingham Co-production Circle",
        "West Midlands Co-production Network",
        "Coventry Citizens' Panel Network");
    represented(
        event(
            "Building national co-production networks: Scotland and Wales",
            EventType.CONFERENCE,
            at(2019, 6, 20, 9),
            420,
            "Conference centre, Glasgow",
            "Scottish Co-Production Network",
            "How the two national networks started and were recognised by government.",
            "RAISING_PROFILE",
            "FUNDING"),
        "Scottish Co-Production Network",
        "Co-Production Network for Wales",
        "Glasgow Co-production Network");
    represented(
        event(
            "Northern Ireland co-production gathering",
            EventType.WORKSHOP,
            at(2019, 10, 8, 10),
            300,
            "Community centre, Belfast",
            "Northern Ireland Community Action Network",
            "Practitioners from across Northern Ireland.",
            "PATCHY_LANDSCAPE"),
        "Northern Ireland Co-production Network",
        "Belfast Co-production Network",
        "Derry and Strabane Co-design Forum");
    represented(
        event(
            "Co-producing housing: tenants and landlords",
            EventType.WORKSHOP,
            at(2019, 11, 27, 13),
            180,
            "Civic hall, Leeds",
            "Leeds City Council",
            "Tenants and landlords on co-producing housing services.",
            "OPEN_SECTORS"),
        "Leeds Co-production Network",
        "Yorkshire and Humber Co-production Network");

    // 2020
    represented(
        event(
            "Health and care co-production in the East of England",
            EventType.WORKSHOP,
            at(2020, 2, 12, 10),
            240,
            "SAVS, Southend-on-Sea",
            "SAVS – Southend CVS",
            "Health and care services with local groups.",
            "GROWING_APPETITE"),
        "Southend Co-production Network",
        "East of England Co-production Forum",
        "Norwich Community Health Partnership Network");
    represented(
        event(
            "Covid-19 and co-production: keeping networks alive",
            EventType.WEBINAR,
            at(2020, 5, 20, 14),
            90,
            null,
            "Democratic Society",
            "How networks were coping with the first lockdown.",
            "COVID_IMPACT",
            "FUNDING"),
        "London Co-production Practitioners' Network",
        "Greater Manchester Co-production Network",
        "Co-Production Collective");
    Event july =
        event(
            JULY_EVENT,
            EventType.PUBLIC_EVENT,
            at(2020, 7, 15, 14),
            120,
            null,
            "Democratic Society",
            "A large public introductory event on co-production for people new to it, organised by Public Square."
                + " Written reflections and a recording were published afterwards.",
            "UNDERSTANDING");
    july.setOutcomes("Reflections on the event and a recording were published by Public Square.");
    Event roundtable =
        event(
            ROUNDTABLE,
            EventType.ROUNDTABLE,
            at(2020, 11, 19, 14),
            120,
            null,
            "Democratic Society",
            "Co-production practitioners, experts and academics shared their experiences and discussed the state of"
                + " co-production in the UK: what the landscape looks like from where they stand, what co-production"
                + " means in different sectors, and whether an English co-production network might be a helpful"
                + " addition to their own networks. Convened by Democratic Society as part of its Public Square local"
                + " democracy work.",
            "UNDERSTANDING",
            "POWER",
            "CO_OPTION",
            "COVID_IMPACT",
            "OPEN_SECTORS",
            "LONDON_CENTRIC",
            "POLICY_PRACTICE_GAP",
            "PATCHY_LANDSCAPE",
            "LOST_KNOWLEDGE",
            "NETWORK_OF_NETWORKS");
    roundtable.setFollowsOn(july);
    roundtable.setOutcomes(
        "A growing appetite for co-production in statutory and public health bodies, slowed by a lack of"
            + " understanding of it in practice and an unwillingness to give up decision-making power. Covid-19 put"
            + " programmes on hold and cost funding. Social care and housing are open to co-production. An English"
            + " network should build on existing networks, not a London-centric core; a national network of networks"
            + " could act as a repository for knowledge and a platform for the sector, grown from what exists such as"
            + " the Co-Production Collective.");
    roundtable.setFollowUps("Continue these conversations into 2021.");
    represented(
        roundtable,
        "Scottish Co-Production Network",
        "Co-Production Network for Wales",
        "Co-Production Collective",
        "Jam and Justice",
        "Southend Co-production Network");
    roundtable.add(people.get("Kevin Ditcham"), ParticipantRole.HOST);
    roundtable.add(people.get("Alex Zur-Clark"), ParticipantRole.FACILITATOR);
    roundtable.add(people.get("Mat Basford"), ParticipantRole.FACILITATOR);
    people.values().stream().skip(3).forEach(p -> roundtable.add(p, ParticipantRole.PARTICIPANT));

    // 2021
    Event followUp =
        represented(
            event(
                "English network of networks: roundtable follow-up",
                EventType.ROUNDTABLE,
                at(2021, 2, 24, 14),
                120,
                null,
                "Democratic Society",
                "Continuing the November 2020 conversation about an English network of networks.",
                "NETWORK_OF_NETWORKS",
                "LONDON_CENTRIC"),
            "Co-Production Collective",
            "North East Co-production Forum",
            "South West Co-production Network");
    followUp.setFollowsOn(roundtable);
    represented(
        event(
            "Social care and housing: co-production after Covid-19",
            EventType.WEBINAR,
            at(2021, 5, 12, 13),
            90,
            null,
            "Democratic Society",
            "The two sectors the roundtable named as open to co-production.",
            "OPEN_SECTORS"),
        "England Social Care Co-production Forum",
        "Tower Hamlets Housing Co-production Forum");
    represented(
        event(
            "Regional convening: North of England",
            EventType.WORKSHOP,
            at(2021, 9, 15, 10),
            300,
            "Community venue, Manchester",
            "Greater Manchester Civic Action",
            "Northern regional networks towards an English network of networks.",
            "NETWORK_OF_NETWORKS"),
        "Greater Manchester Co-production Network",
        "North East Co-production Forum",
        "Yorkshire and Humber Co-production Network");
    represented(
        event(
            "Regional convening: South of England",
            EventType.WORKSHOP,
            at(2021, 11, 18, 10),
            300,
            "Community venue, Bristol",
            "South West Citizens' Forum CIC",
            "Southern regional networks towards an English network of networks.",
            "NETWORK_OF_NETWORKS"),
        "South West Co-production Network",
        "South East Co-production Network",
        "Bristol Co-production Network");

    // 2022
    represented(
        event(
            "What local networks leave behind",
            EventType.WEBINAR,
            at(2022, 3, 9, 14),
            90,
            null,
            "Democratic Society",
            "Recording the knowledge of networks that close.",
            "LOST_KNOWLEDGE"),
        "Co-Production Collective",
        "UK Co-production Research Network");
    represented(
        event(
            "Wales co-production gathering",
            EventType.CONFERENCE,
            at(2022, 6, 22, 9),
            420,
            "Conference venue, Cardiff",
            "Co-Production Network for Wales",
            "Practitioners across Wales.",
            "RAISING_PROFILE",
            "POLICY_PRACTICE_GAP"),
        "Co-Production Network for Wales",
        "Cardiff Co-production Network",
        "Swansea Bay Co-production Forum");
    represented(
        event(
            "Policy into practice: co-production in public health",
            EventType.WORKSHOP,
            at(2022, 10, 5, 10),
            240,
            "Community venue, Nottingham",
            "Midlands Community Action",
            "Public health teams and communities.",
            "POLICY_PRACTICE_GAP",
            "GROWING_APPETITE"),
        "East Midlands Co-production Alliance",
        "Nottingham Mental Health Co-production Group");
    Event shape =
        represented(
            event(
                "Network of networks: the shape of an English network",
                EventType.ROUNDTABLE,
                at(2022, 12, 7, 14),
                120,
                null,
                "Democratic Society",
                "What an English network of networks could look like.",
                "NETWORK_OF_NETWORKS",
                "LONDON_CENTRIC"),
            "Co-Production Collective",
            "West Midlands Co-production Network",
            "London Co-production Practitioners' Network");
    shape.setFollowsOn(followUp);

    // 2023
    represented(
        event(
            "Co-production in mental health services",
            EventType.CONFERENCE,
            at(2023, 3, 22, 9),
            420,
            "University College London",
            "University College London",
            "People with lived experience and mental health services.",
            "POWER",
            "CO_OPTION"),
        "Co-production in Mental Health Network",
        "Lambeth Health Co-design Group",
        "Co-Production Collective");
    represented(
        event(
            "Rural co-production",
            EventType.WEBINAR,
            at(2023, 7, 12, 13),
            90,
            null,
            "Democratic Society",
            "Co-production in rural places.",
            "PATCHY_LANDSCAPE"),
        "Cornwall Rural Co-production Network",
        "Highland Co-production Network");
    Event threeYears =
        represented(
            event(
                "Three years on: the co-production landscape",
                EventType.ROUNDTABLE,
                at(2023, 11, 16, 14),
                120,
                null,
                "Democratic Society",
                "Three years after the November 2020 roundtable.",
                "PATCHY_LANDSCAPE",
                "COVID_IMPACT"),
            "Scottish Co-Production Network",
            "Co-Production Network for Wales",
            "Co-Production Collective");
    threeYears.setFollowsOn(shape);

    // 2024
    represented(
        event(
            "Scotland co-production gathering 2024",
            EventType.CONFERENCE,
            at(2024, 2, 28, 9),
            420,
            "Conference venue, Edinburgh",
            "Scottish Co-Production Network",
            "Practitioners across Scotland.",
            "RAISING_PROFILE"),
        "Scottish Co-Production Network",
        "Edinburgh Co-production Forum",
        "Dundee Community Co-production Network");
    represented(
        event(
            "Funding co-production: what funders want to know",
            EventType.WORKSHOP,
            at(2024, 6, 19, 10),
            240,
            "Community venue, London",
            "Democratic Society",
            "Funders and networks together.",
            "FUNDING"),
        "London Co-production Practitioners' Network",
        "Co-Production Collective");
    represented(
        event(
            "Northern Ireland and Wales exchange",
            EventType.WEBINAR,
            at(2024, 10, 9, 13),
            90,
            null,
            "Northern Ireland Community Action Network",
            "Exchange between two nations' networks.",
            "RAISING_PROFILE"),
        "Northern Ireland Co-production Network",
        "Co-Production Network for Wales");

    // 2025
    represented(
        event(
            "Co-producing education with young people",
            EventType.WORKSHOP,
            at(2025, 3, 13, 10),
            240,
            "Community venue, Sheffield",
            "Democratic Society",
            "Schools and young people.",
            "POWER"),
        "Sheffield Citizens' Design Forum");
    Event launch =
        represented(
            event(
                "English network of networks: launch planning",
                EventType.ROUNDTABLE,
                at(2025, 6, 25, 14),
                120,
                null,
                "Democratic Society",
                "Planning the launch of the English network of networks.",
                "NETWORK_OF_NETWORKS"),
            "English Co-Production Network of Networks",
            "Co-Production Collective",
            "Greater Manchester Co-production Network",
            "South West Co-production Network");
    launch.setFollowsOn(threeYears);
    represented(
        event(
            "The landscape in numbers: mapping co-production networks",
            EventType.PUBLIC_EVENT,
            at(2025, 10, 15, 14),
            90,
            null,
            "Democratic Society",
            "What the record of the landscape shows about where networks are, open and close.",
            "PATCHY_LANDSCAPE",
            "LOST_KNOWLEDGE"),
        "UK Co-production Research Network",
        "English Co-Production Network of Networks");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Insights: what the roundtable said, under its themes, then what later events added.

  private Insight insight(String themeCode, String text, Event from, LocalDate on, String source) {
    return persist(new Insight(text, theme(themeCode), on, source).from(from));
  }

  private Insight said(String themeCode, String text) {
    return insight(themeCode, text, events.get(ROUNDTABLE), ROUNDTABLE_DAY, ROUNDTABLE_SOURCE);
  }

  private Insight heard(String eventTitle, String themeCode, String text) {
    Event e = events.get(eventTitle);
    if (e == null) {
      throw new IllegalArgumentException("No demo event " + eventTitle);
    }
    return insight(
        themeCode, text, e, e.getStartsAt().toLocalDate(), "Notes of \"" + eventTitle + "\"");
  }

  private void insights() {
    said(
            "GROWING_APPETITE",
            "There is a growing appetite for co-production within statutory and public health authorities.")
        .in(sectors("PUBLIC_HEALTH", "HEALTH"));
    said(
        "UNDERSTANDING",
        "A lack of understanding of what co-production looks like in practice is slowing the growth of the"
            + " practice.");
    said(
        "POWER",
        "An unwillingness to relinquish decision-making power is slowing the growth of co-production.");
    said(
            "CO_OPTION",
            "Co-production can become co-option if the people who need support are asked to do the things they need.")
        .in(sectors("SOCIAL_CARE"));
    said(
        "COVID_IMPACT",
        "Covid-19 heavily affected the work of many attendees: programmes were put on hold.");
    said(
        "COVID_IMPACT",
        "Covid-19 cost attendees funding: some programmes lost their funding altogether.");
    said(
            "OPEN_SECTORS",
            "Once the crisis is over, social care and housing are two sectors open to exploring co-produced approaches,"
                + " where co-production could drive much-needed change.")
        .in(sectors("SOCIAL_CARE", "HOUSING"));
    said(
            "RAISING_PROFILE",
            "Raising the profile of the national networks and the wider field was important in Scotland and Wales to"
                + " attract the attention of government and civil servants, and eventually funding.")
        .about(net("Scottish Co-Production Network"), net("Co-Production Network for Wales"))
        .covering(code(Area.SCOTLAND), code(Area.WALES));
    said(
        "PATCHY_LANDSCAPE",
        "The landscape is patchy in what remains an emerging field of practice.");
    said(
        "POLICY_PRACTICE_GAP",
        "A gap still exists between government policy and its implementation.");
    said(
        "PRACTITIONER_CAPACITY",
        "The networks are mostly made up of practitioners who have the time and appetite to engage beyond a local"
            + " level.");
    said(
            "LONDON_CENTRIC",
            "An English network should build on the momentum and networks that already exist, rather than operate from a"
                + " centralised or London-centric core.")
        .about(net("English Co-Production Network of Networks"))
        .covering(code(Area.ENGLAND), code(Area.LONDON));
    said(
            "PATCHY_LANDSCAPE",
            "Some national networks in the past were large but sector-specific, covering only health for example.")
        .about(net("England Health Co-production Network"))
        .in(sectors("HEALTH"));
    said(
        "POWER",
        "The practice is grassroots, bottom-up and local, while the power and decision-making structures it tries to"
            + " affect operate on a national scale.");
    said(
        "LOST_KNOWLEDGE",
        "Local networks spring up and die off organically, without the knowledge and experience they generated being"
            + " recorded anywhere.");
    said(
            "NETWORK_OF_NETWORKS",
            "A national network of networks could be a focal point: a repository for knowledge and a platform for the"
                + " sector.")
        .about(net("English Co-Production Network of Networks"));
    said(
            "FUNDING",
            "Given the funding landscape, a network of networks would need to grow from what already exists, such as the"
                + " Co-Production Collective.")
        .about(net("Co-Production Collective"));

    heard(
        JULY_EVENT,
        "UNDERSTANDING",
        "People new to co-production asked first for plain examples of what it looks like in practice.");
    heard(
        "Covid-19 and co-production: keeping networks alive",
        "COVID_IMPACT",
        "Networks that met face to face stopped overnight; those with a mailing list and a phone tree kept going.");
    heard(
        "Covid-19 and co-production: keeping networks alive",
        "FUNDING",
        "Several funders paused grants rather than ending them, which kept the relationships alive.");
    heard(
            "Social care and housing: co-production after Covid-19",
            "OPEN_SECTORS",
            "Councils rebuilding social care after Covid-19 were more willing to try co-produced approaches.")
        .in(sectors("SOCIAL_CARE"));
    heard(
            "Social care and housing: co-production after Covid-19",
            "OPEN_SECTORS",
            "Tenants' groups that had organised mutual aid during Covid-19 wanted a say in housing services.")
        .in(sectors("HOUSING"));
    heard(
        "What local networks leave behind",
        "LOST_KNOWLEDGE",
        "Of the closed networks discussed, few had kept their records anywhere public.");
    heard(
        "What local networks leave behind",
        "NETWORK_OF_NETWORKS",
        "A shared record of networks, with what each learned, is the first service a network of networks can offer.");
    heard(
            "Policy into practice: co-production in public health",
            "POLICY_PRACTICE_GAP",
            "Public health strategies name co-production, but commissioning rules leave no time for it.")
        .in(sectors("PUBLIC_HEALTH"));
    heard(
            "Co-production in mental health services",
            "CO_OPTION",
            "People with lived experience were invited to boards but not paid for their time: involvement without"
                + " power.")
        .in(sectors("MENTAL_HEALTH"));
    heard(
        "Rural co-production",
        "PATCHY_LANDSCAPE",
        "Rural networks are few and far apart; online meetings helped them more than city networks.");
    heard(
        "Three years on: the co-production landscape",
        "COVID_IMPACT",
        "Three years on, several programmes paused in 2020 had still not restarted.");
    heard(
        "Three years on: the co-production landscape",
        "LONDON_CENTRIC",
        "Regional networks outside London carried most of the convening since 2021.");
    heard(
        "Funding co-production: what funders want to know",
        "FUNDING",
        "Funders asked for counts they can compare: networks reached, people involved, by region and year.");
    heard(
            "Co-producing education with young people",
            "POWER",
            "Young people noticed quickly when decisions had already been taken before they were asked.")
        .in(sectors("EDUCATION", "CHILDREN_AND_FAMILIES"));
    heard(
        "The landscape in numbers: mapping co-production networks",
        "PATCHY_LANDSCAPE",
        "Every nation and English region has active networks, but many local networks are dormant or closed.");
  }
}
