package org.coproduction.landscape.reports;

/**
 * The population figures a report compares with: the Office for National Statistics' mid-year
 * estimates for mid-2022, the first UK-wide estimates after the 2021/2022 censuses, released on 26
 * March 2024 ("Population estimates for the UK, England, Wales, Scotland and Northern Ireland:
 * mid-2022", table MYE2). Update the three constants together when a newer estimate is used.
 */
public final class Population {

  /** London (E12000007), mid-2022. */
  public static final long LONDON = 8_866_180L;

  /** The United Kingdom (K02000001), mid-2022. */
  public static final long UNITED_KINGDOM = 67_596_281L;

  /** The citation printed beside the figures. */
  public static final String SOURCE =
      "ONS mid-year population estimates, mid-2022 (released 26 March 2024): London 8,866,180 of UK 67,596,281";

  private Population() {}

  /** London's share of the UK population, 0 to 1. */
  public static double londonShare() {
    return (double) LONDON / UNITED_KINGDOM;
  }
}
