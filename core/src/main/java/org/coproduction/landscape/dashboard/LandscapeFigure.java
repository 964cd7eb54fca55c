package org.coproduction.landscape.dashboard;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.coproduction.landscape.funding.GrantStatus;
import org.coproduction.landscape.funding.Money;

/**
 * The landscape's money figures, each defined once: the name every document and screen gives it,
 * what it means in words (printed beside it), and the rule as SQL over the grants table, which the
 * dashboard ({@link Landscape#figures()}), the landscape PDF, the landscape workbook and the funder
 * reports all sum with. A figure is in pounds: grants in another currency are never added to
 * pounds.
 */
public enum LandscapeFigure {
  FUNDING_AWARDED(
      "Funding awarded",
      "the amount awarded of grants awarded, completed or paused, in pounds",
      awardedStatuses(),
      "g.amount_awarded"),
  FUNDING_PAUSED(
      "Funding paused",
      "the amount awarded of paused grants (Covid-19 pauses included), in pounds",
      "('" + GrantStatus.PAUSED.name() + "')",
      "g.amount_awarded"),
  FUNDING_LOST(
      "Funding lost",
      "the amount awarded, or else applied for, of lost grants (Covid-19 losses included), in pounds",
      "('" + GrantStatus.LOST.name() + "')",
      "coalesce(g.amount_awarded, g.amount_applied_for)");

  private final String label;
  private final String definition;
  private final String statuses;
  private final String amount;

  LandscapeFigure(String label, String definition, String statuses, String amount) {
    this.label = label;
    this.definition = definition;
    this.statuses = statuses;
    this.amount = amount;
  }

  /** The figure's name, the same on every screen and in every document. */
  public String label() {
    return label;
  }

  /** What the figure counts, in words. */
  public String definition() {
    return definition;
  }

  /** The pounds of the figure, as an SQL aggregate over grants aliased {@code g}. */
  public String poundsSql() {
    return "sum(case when " + counts() + " then " + amount + " end)";
  }

  /** How many grants the figure adds up, as an SQL aggregate over grants aliased {@code g}. */
  public String grantsSql() {
    return "sum(case when " + counts() + " then 1 else 0 end)";
  }

  /** Whether a grant aliased {@code g} counts in the figure, as an SQL condition. */
  public String counts() {
    return "g.status in " + statuses + " and g.currency = '" + Money.GBP.getCurrencyCode() + "'";
  }

  /**
   * The statuses of grants that were awarded (awarded, completed, paused), as an SQL list: {@code
   * ('AWARDED', 'COMPLETED', 'PAUSED')}.
   */
  public static String awardedStatuses() {
    return Arrays.stream(GrantStatus.values())
        .filter(GrantStatus::isAwarded)
        .map(s -> "'" + s.name() + "'")
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
