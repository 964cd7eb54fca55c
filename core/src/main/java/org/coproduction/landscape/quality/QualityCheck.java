package org.coproduction.landscape.quality;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A check the 360Giving Data Quality Tool runs on published grants beyond the schema, run here on
 * the record before anyone publishes it. Each is a condition on a grant ({@code g}), its funder
 * ({@code f}) and its recipient organisation ({@code r}, absent when a network received it), with
 * the dates it compares against as parameters: {@code ?1} today, {@code ?2} twelve years ahead,
 * {@code ?3} twenty-five years ago.
 *
 * <p>What the record refuses when a grant is saved is not listed: an Org-ID whose list is unknown,
 * a company number that is not 8 characters, a planned end before the planned start, two grants
 * with one identifier.
 */
public enum QualityCheck {
  ZERO_AMOUNT(
      Kind.QUALITY,
      "Amount awarded is 0",
      "A grant awarded for nothing is usually a missing amount.",
      "g.amount_awarded = 0"),
  CHARITY_NUMBER(
      Kind.QUALITY,
      "Charity number is not 6 or 7 digits",
      "A GB-CHC- identifier of the funder or the recipient whose number is not 6 or 7 digits: a"
          + " registered charity number in England and Wales has 6 or 7.",
      "("
          + identifier("f", charityNumberWrong())
          + " or "
          + identifier("r", charityNumberWrong())
          + ")"),
  EMAIL_IN_TEXT(
      Kind.QUALITY,
      "Looks like an e-mail address",
      "The title, description or Covid-19 note holds what looks like an e-mail address: personal"
          + " data that should not be published.",
      "(g.title like '%_@_%._%' or g.description like '%_@_%._%' or g.covid_impact like"
          + " '%_@_%._%')"),
  AWARDED_IN_FUTURE(
      Kind.QUALITY,
      "Award date in the future",
      "A grant cannot have been awarded on a day still to come.",
      "g.award_date > :today"),
  PLANNED_FAR_AHEAD(
      Kind.QUALITY,
      "Planned dates more than 12 years ahead",
      "A planned start or end more than twelve years from today is usually a mistyped year.",
      "(g.planned_start > :ahead or g.planned_end > :ahead)"),
  DATES_LONG_AGO(
      Kind.QUALITY,
      "Dates more than 25 years ago",
      "An award date or planned date more than twenty-five years ago is usually a mistyped year.",
      "(g.award_date < :ago or g.planned_start < :ago or g.planned_end < :ago)"),
  FUNDER_360G(
      Kind.USEFULNESS,
      "Funder identifier starts with 360G-",
      "A 360G- identifier is the publisher's own: a registered number (charity, company) lets"
          + " readers join the funder's grants with other data.",
      only360g("f")),
  RECIPIENT_360G(
      Kind.USEFULNESS,
      "Recipient identifier starts with 360G-",
      "A 360G- identifier is the publisher's own: a registered number lets readers find the"
          + " recipient elsewhere.",
      only360g("r")),
  RECIPIENT_NOT_REGISTERED(
      Kind.USEFULNESS,
      "Recipient has neither a company nor a charity number",
      "A recipient organisation identified by neither its charity number (GB-CHC-, GB-SC-,"
          + " GB-NIC-) nor its company number (GB-COH-).",
      "(r.id is not null and not "
          + identifier(
              "r",
              "(i.org_id like 'GB-CHC-%' or i.org_id like 'GB-SC-%' or i.org_id like 'GB-NIC-%'"
                  + " or i.org_id like 'GB-COH-%')")
          + ")"),
  NO_PROGRAMME(
      Kind.USEFULNESS,
      "No grant programme",
      "Grants without their programme cannot be read as part of a funder's programme.",
      "g.programme_id is null"),
  NO_BENEFICIARY_LOCATION(
      Kind.USEFULNESS,
      "No beneficiary location",
      "Without the areas that benefit (GSS codes), the grant is missing from every map and every"
          + " count by nation or region.",
      "not exists (select 1 from grant_beneficiary_area b where b.grant_id = g.id)"),
  TITLE_IS_DESCRIPTION(
      Kind.USEFULNESS,
      "Title and description are the same",
      "A description that repeats the title says nothing of what the grant is for.",
      "g.title = g.description"),
  LONG_TITLE(
      Kind.USEFULNESS,
      "Title over 140 characters",
      "A title longer than 140 characters is usually a description in the wrong field.",
      "length(g.title) > 140");

  /** Whether a check finds what is wrong, or what makes the record less useful. */
  public enum Kind {
    QUALITY,
    USEFULNESS
  }

  /** The grants, with their funder and recipient organisation, that every check reads. */
  static final String FROM =
      " from funding_grant g join organisation f on f.id = g.funder_id"
          + " left join organisation r on r.id = g.recipient_organisation_id";

  private final Kind kind;
  private final String title;
  private final String meaning;
  private final String condition;

  QualityCheck(Kind kind, String title, String meaning, String condition) {
    this.kind = kind;
    this.title = title;
    this.meaning = meaning;
    this.condition = condition;
  }

  /** A GB-CHC- identifier (on {@code i}) whose number is not 6 or 7 digits. */
  private static String charityNumberWrong() {
    // Every digit made 0: a good number is then six or seven zeros.
    return "(i.org_id like 'GB-CHC-%' and translate(substring(i.org_id from 8), '123456789',"
        + " '000000000') not in ('000000', '0000000'))";
  }

  /** An identifier of the organisation {@code alias} meeting {@code condition} (on {@code i}). */
  private static String identifier(String alias, String condition) {
    return "exists (select 1 from organisation_identifier i where i.organisation_id = "
        + alias
        + ".id and "
        + condition
        + ")";
  }

  /**
   * The organisation is known by 360G- identifiers only: the 360Giving export gives a registered
   * number first where there is one.
   */
  private static String only360g(String alias) {
    return "("
        + identifier(alias, "i.org_id like '360G-%'")
        + " and not "
        + identifier(alias, "i.org_id not like '360G-%'")
        + ")";
  }

  /**
   * One query counting, as of {@code today}, the grants each check finds among those meeting {@code
   * conditions} (each starting with {@code " and "}, on {@code g}, {@code f} and {@code r}; empty
   * for every grant): a column per check named by {@link #column()}, and {@code grants}, the grants
   * looked at. The screens and the API read it, and so do the documents that publish grants.
   */
  public static String countsSql(LocalDate today, String conditions) {
    StringBuilder sql = new StringBuilder("select ");
    for (QualityCheck c : values()) {
      sql.append("sum(case when ")
          .append(c.condition(today))
          .append(" then 1 else 0 end) as ")
          .append(c.column())
          .append(", ");
    }
    return sql.append("count(*) as grants")
        .append(FROM)
        .append(" where 1 = 1")
        .append(conditions)
        .toString();
  }

  /** The check's column in {@link #countsSql}. */
  public String column() {
    return "q_" + name().toLowerCase(Locale.ROOT);
  }

  /** The check's name in the API and in addresses: {@code zero-amount}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public Kind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String meaning() {
    return meaning;
  }

  /** The condition as of {@code today}, its dates written as SQL date literals. */
  String condition(LocalDate today) {
    return condition
        .replace(":today", literal(today))
        .replace(":ahead", literal(today.plusYears(12)))
        .replace(":ago", literal(today.minusYears(25)));
  }

  private static String literal(LocalDate date) {
    return "DATE '" + date + "'";
  }

  /** The check named {@code id}, if there is one. */
  public static Optional<QualityCheck> byId(String id) {
    for (QualityCheck c : values()) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
