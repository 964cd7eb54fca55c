package org.coproduction.landscape.reports;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.EventType;
import org.coproduction.landscape.event.ParticipantRole;
import org.coproduction.landscape.funding.Grant;
import org.coproduction.landscape.funding.GrantProgramme;
import org.coproduction.landscape.funding.GrantStatus;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.knowledge.Insight;
import org.coproduction.landscape.network.Lifecycle;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.network.RelationType;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.OrganisationRole;
import org.coproduction.landscape.organisation.OrganisationType;
import org.coproduction.landscape.people.LawfulBasis;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.testing.TestDatabase;
import org.coproduction.landscape.vocabulary.Sector;
import org.coproduction.landscape.vocabulary.Theme;

/**
 * A small landscape in the test database, seeded once per test run through the production entities:
 * networks in every nation and in London, national networks with members, closed networks, grants
 * in every status that matters (awarded, paused and lost in Covid), events with public and private
 * roles, insights, and an organisation whose name is a spreadsheet formula.
 */
public final class LandscapeFixture {

  /** A name that a spreadsheet would run as a formula if a report let it. */
  public static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"x\")";

  /** A participant's e-mail address: personal data that no export may contain. */
  public static final String PRIVATE_EMAIL = "pat.participant@example.org";

  public static final String PRIVATE_NAME = "Pat Participant";

  /** The documents' clock: 20 November 2026, 10:00 UTC. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneId.of("Europe/London"));

  private static Long funderId;

  private LandscapeFixture() {}

  /** The id of the funder "Community Fund Test", seeding the landscape on first use. */
  public static synchronized long funderId() {
    if (funderId == null) {
      funderId = TestDatabase.inTransaction(LandscapeFixture::seed);
    }
    return funderId;
  }

  /**
   * A connection to the seeded test database, outside auto-commit as in a container transaction.
   */
  public static Connection connection() throws SQLException {
    funderId();
    Connection c =
        DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD);
    c.setAutoCommit(false);
    return c;
  }

  public static ReportSource source(Connection c) {
    return new ReportSource(c, CLOCK, ReportSource.DEFAULT_PREFIX);
  }

  private static long seed(EntityManager em) {
    Sector health = persist(em, new Sector("HEALTH", "Health"));
    Sector care = persist(em, new Sector("SOCIAL_CARE", "Social care"));
    Sector housing = persist(em, new Sector("HOUSING", "Housing"));
    persist(em, new Sector("EDUCATION", "Education"));
    Theme understanding = persist(em, new Theme("UNDERSTANDING", "Understanding of co-production"));
    Theme power = persist(em, new Theme("POWER", "Power and decision-making"));
    Theme covid = persist(em, new Theme("COVID", "Covid impact"));
    Theme funding = persist(em, new Theme("FUNDING", "Funding"));

    Organisation funder =
        persist(
            em,
            new Organisation("Community Fund Test", OrganisationType.FUNDER)
                .identifiedBy("GB-CHC-1036733")
                .in(Area.LONDON)
                .playing(OrganisationRole.FUNDER));
    Organisation welshTrust =
        persist(
            em,
            new Organisation("Welsh Trust", OrganisationType.FUNDER)
                .identifiedBy("GB-CHC-1111111")
                .in(Area.WALES));
    Organisation formula =
        persist(
            em,
            new Organisation(FORMULA_NAME, OrganisationType.CHARITY)
                .identifiedBy("GB-CHC-1164883")
                .in(Area.LONDON)
                .playing(OrganisationRole.NETWORK_HOST, OrganisationRole.CONVENOR));
    Organisation walesHost =
        persist(
            em,
            new Organisation("Cymru Co-production Host", OrganisationType.SOCIAL_ENTERPRISE)
                .identifiedBy("GB-COH-09506232")
                .in(Area.WALES));
    Organisation northEastHost =
        persist(
            em,
            new Organisation("Zoë's Collective", OrganisationType.COMMUNITY_GROUP)
                .in(Area.NORTH_EAST));

    Network wales =
        network(
            em,
            "Co-production Network for Wales",
            NetworkScope.NATIONAL,
            LifecycleStatus.ACTIVE,
            2015,
            Area.WALES.gssCode(),
            health,
            care);
    wales.hostedBy(walesHost);
    Network scotland =
        network(
            em,
            "Scottish Co-production Network",
            NetworkScope.NATIONAL,
            LifecycleStatus.ACTIVE,
            2010,
            Area.SCOTLAND.gssCode(),
            health,
            housing);
    network(
        em,
        "England network of networks",
        NetworkScope.NATIONAL,
        LifecycleStatus.EMERGING,
        2021,
        Area.ENGLAND.gssCode(),
        health);
    Network cardiff =
        network(
            em,
            "Cardiff Housing Co-pro",
            NetworkScope.LOCAL,
            LifecycleStatus.ACTIVE,
            2018,
            "W06000015",
            housing);
    cardiff.relateTo(RelationType.MEMBER_OF, wales);
    Network swansea =
        network(
            em,
            "Swansea Care Circle",
            NetworkScope.LOCAL,
            LifecycleStatus.ACTIVE,
            2016,
            "W06000011",
            care);
    swansea.relateTo(RelationType.MEMBER_OF, wales);
    swansea.close(LocalDate.of(2020, 6, 30), "Funding lost in the Covid-19 pandemic", cardiff);
    Network london =
        network(
            em,
            "London Co-production Collective",
            NetworkScope.REGIONAL,
            LifecycleStatus.ACTIVE,
            2019,
            Area.LONDON.gssCode(),
            health);
    london.hostedBy(formula);
    network(
        em,
        "Camden Health Forum",
        NetworkScope.LOCAL,
        LifecycleStatus.ACTIVE,
        2017,
        "E09000007",
        health);
    Network northEast =
        network(
            em,
            "North East Together",
            NetworkScope.REGIONAL,
            LifecycleStatus.ACTIVE,
            2012,
            Area.NORTH_EAST.gssCode(),
            care);
    northEast.hostedBy(northEastHost);
    Network glasgow =
        network(
            em,
            "Glasgow Housing Voices",
            NetworkScope.LOCAL,
            LifecycleStatus.ACTIVE,
            2014,
            "S12000049",
            housing);
    glasgow.relateTo(RelationType.MEMBER_OF, scotland);
    glasgow.close(LocalDate.of(2021, 3, 31), "Volunteers moved on", null);
    network(
        em,
        "Belfast Health Partners",
        NetworkScope.LOCAL,
        LifecycleStatus.DORMANT,
        2016,
        "N09000003",
        health);

    GrantProgramme together = persist(em, new GrantProgramme("Together Fund", "TF1", funder));
    Grant g1 =
        grant(
            em, "360G-cft-001", "Regional convening in London", funder, london, null, "E12000007");
    g1.setProgramme(together);
    g1.setAmountAppliedFor(new BigDecimal("30000.00"));
    g1.award(new BigDecimal("25000.00"), LocalDate.of(2019, 4, 1));
    g1.setAmountDisbursed(new BigDecimal("20000.00"));
    g1.setPlannedStart(LocalDate.of(2019, 5, 1));
    g1.setPlannedEnd(LocalDate.of(2021, 4, 30));
    Grant g2 =
        grant(
            em,
            "360G-cft-002",
            "Training for peer facilitators",
            funder,
            null,
            formula,
            "E09000007");
    g2.setProgramme(together);
    g2.award(new BigDecimal("10000.50"), LocalDate.of(2020, 1, 15));
    Grant g3 =
        grant(
            em,
            "360G-cft-003",
            "A national gathering for Wales",
            funder,
            wales,
            null,
            Area.WALES.gssCode());
    g3.award(new BigDecimal("40000.00"), LocalDate.of(2019, 10, 1));
    g3.setStatus(GrantStatus.PAUSED);
    g3.setCovidImpact("Paused in March 2020 when gatherings stopped");
    Grant g4 =
        grant(em, "360G-cft-004", "Care circles in Swansea", funder, swansea, null, "W06000011");
    g4.setAmountAppliedFor(new BigDecimal("15000.00"));
    g4.setStatus(GrantStatus.LOST);
    g4.setCovidImpact("Funding withdrawn during Covid-19");
    Grant g5 =
        grant(
            em,
            "360G-cft-005",
            "North East listening project",
            funder,
            northEast,
            null,
            Area.NORTH_EAST.gssCode());
    g5.setAmountAppliedFor(new BigDecimal("12000.00"));
    g5.setPlannedStart(LocalDate.of(2021, 9, 1));
    Grant g6 =
        grant(
            em,
            "360G-cft-006",
            "Scottish practice exchange",
            funder,
            scotland,
            null,
            Area.SCOTLAND.gssCode());
    g6.award(new BigDecimal("8000.00"), LocalDate.of(2018, 6, 1));
    g6.setAmountDisbursed(new BigDecimal("8000.00"));
    g6.setStatus(GrantStatus.COMPLETED);
    Grant g7 =
        grant(em, "360G-wt-1", "Housing voices in Cardiff", welshTrust, cardiff, null, "W06000015");
    g7.award(new BigDecimal("5000.00"), LocalDate.of(2021, 2, 1));

    LawfulBasis consent =
        new LawfulBasis(LawfulBasis.Basis.CONSENT, "Event sign-up form", LocalDate.of(2020, 11, 1));
    Person host = persist(em, new Person("Alex Host", formula, "Programme lead", consent));
    Person facilitator =
        persist(em, new Person("Sam Facilitator", walesHost, "Facilitator", consent));
    Person participant = new Person(PRIVATE_NAME, null, "Volunteer", consent);
    participant.setEmail(PRIVATE_EMAIL);
    persist(em, participant);

    Event roundtable =
        new Event(
            "Roundtable on the co-production landscape",
            EventType.ROUNDTABLE,
            LocalDateTime.of(2020, 11, 19, 10, 0));
    roundtable.setEndsAt(LocalDateTime.of(2020, 11, 19, 12, 0));
    roundtable.setOnline(true);
    roundtable.setConvenor(formula);
    roundtable.add(host, ParticipantRole.HOST);
    roundtable.add(facilitator, ParticipantRole.FACILITATOR);
    roundtable.add(participant, ParticipantRole.PARTICIPANT);
    roundtable.getNetworksRepresented().add(london);
    roundtable.getNetworksRepresented().add(wales);
    roundtable.getThemes().add(covid);
    persist(em, roundtable);
    Event workshop =
        new Event(
            "Workshop: sharing power in housing",
            EventType.WORKSHOP,
            LocalDateTime.of(2021, 7, 8, 14, 0));
    workshop.setEndsAt(LocalDateTime.of(2021, 7, 8, 16, 30));
    workshop.setVenue("Cardiff Bay Hall, Cardiff");
    workshop.covering(AreaCode.of(Area.WALES));
    workshop.setFollowsOn(roundtable);
    workshop.setConvenor(walesHost);
    workshop.add(facilitator, ParticipantRole.FACILITATOR);
    workshop.getNetworksRepresented().add(cardiff);
    workshop.setDescription(
        "Tenants, housing officers and community organisers met to share what works when power is shared — "
            + "and what gets in the way. Croeso! Café-style tables, interpreters for British Sign Language, "
            + "and a long line that must be folded at seventy-five octets without breaking a character: ééééééééé.");
    persist(em, workshop);
    Event conference =
        new Event(
            "Co-production conference", EventType.CONFERENCE, LocalDateTime.of(2019, 3, 14, 9, 30));
    conference.setVenue("Friends House, Euston Road, London");
    conference.covering(new AreaCode("E09000007"));
    conference.setConvenor(funder);
    persist(em, conference);

    persist(
        em,
        new Insight(
                "Covid paused the work; people lost the spaces where they met.",
                covid,
                LocalDate.of(2020, 11, 19),
                "Roundtable notes, 19 November 2020")
            .from(roundtable)
            .about(london));
    persist(
        em,
        new Insight(
                "People use the word co-production for very different things.",
                understanding,
                LocalDate.of(2020, 11, 19),
                "Roundtable notes, 19 November 2020")
            .from(roundtable));
    persist(
        em,
        new Insight(
                "Co-production is not consultation: power has to shift.",
                power,
                LocalDate.of(2021, 7, 8),
                "Workshop notes")
            .from(workshop)
            .about(wales)
            .covering(AreaCode.of(Area.WALES)));
    persist(
        em,
        new Insight(
                "Short grants end just as trust is built.",
                funding,
                LocalDate.of(2020, 7, 1),
                "Closing conversation with Swansea Care Circle")
            .about(swansea));
    em.flush();
    return funder.getId();
  }

  private static Network network(
      EntityManager em,
      String name,
      NetworkScope scope,
      LifecycleStatus status,
      int founded,
      String area,
      Sector... sectors) {
    Network n = new Network(name, scope).covering(new AreaCode(area)).in(sectors);
    n.setLifecycle(new Lifecycle(status, LocalDate.of(founded, 3, 1)));
    return persist(em, n);
  }

  private static Grant grant(
      EntityManager em,
      String id,
      String title,
      Organisation funder,
      Network network,
      Organisation organisation,
      String area) {
    Grant g = new Grant(id, title, "To support co-production: " + title.toLowerCase(), funder);
    g.setRecipientNetwork(network);
    g.setRecipientOrganisation(organisation);
    g.benefiting(new AreaCode(area));
    return persist(em, g);
  }

  private static <T> T persist(EntityManager em, T entity) {
    em.persist(entity);
    return entity;
  }
}
