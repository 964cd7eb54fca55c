package org.coproduction.landscape.geography;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The UK's four nations and England's nine regions, with their ONS GSS codes and ITL1 codes.
 *
 * <p>Only England has regions, so a UK table shows Wales, Scotland and Northern Ireland at the same
 * level as the English regions: {@link #ukTable()} gives those twelve areas.
 */
public enum Area {
  ENGLAND("E92000001", null, "England", Level.NATION, null),
  WALES("W92000004", "TLL", "Wales", Level.NATION, null),
  SCOTLAND("S92000003", "TLM", "Scotland", Level.NATION, null),
  NORTHERN_IRELAND("N92000002", "TLN", "Northern Ireland", Level.NATION, null),
  NORTH_EAST("E12000001", "TLC", "North East", Level.REGION, ENGLAND),
  NORTH_WEST("E12000002", "TLD", "North West", Level.REGION, ENGLAND),
  YORKSHIRE_AND_THE_HUMBER("E12000003", "TLE", "Yorkshire and The Humber", Level.REGION, ENGLAND),
  EAST_MIDLANDS("E12000004", "TLF", "East Midlands", Level.REGION, ENGLAND),
  WEST_MIDLANDS("E12000005", "TLG", "West Midlands", Level.REGION, ENGLAND),
  EAST_OF_ENGLAND("E12000006", "TLH", "East of England", Level.REGION, ENGLAND),
  LONDON("E12000007", "TLI", "London", Level.REGION, ENGLAND),
  SOUTH_EAST("E12000008", "TLJ", "South East", Level.REGION, ENGLAND),
  SOUTH_WEST("E12000009", "TLK", "South West", Level.REGION, ENGLAND);

  /** Whether an area is one of the four nations or an English region. */
  public enum Level {
    NATION,
    REGION
  }

  private final String gssCode;
  private final String itl1Code;
  private final String displayName;
  private final Level level;
  private final Area nation;

  Area(String gssCode, String itl1Code, String displayName, Level level, Area nation) {
    this.gssCode = gssCode;
    this.itl1Code = itl1Code;
    this.displayName = displayName;
    this.level = level;
    this.nation = nation;
  }

  public String gssCode() {
    return gssCode;
  }

  /** The ITL1 code; England as a whole has none (its nine regions each have one). */
  public String itl1Code() {
    return itl1Code;
  }

  public String displayName() {
    return displayName;
  }

  public Level level() {
    return level;
  }

  /** The nation an area lies in: itself for a nation, England for an English region. */
  public Area nation() {
    return nation == null ? this : nation;
  }

  public static Optional<Area> ofGssCode(String code) {
    return Arrays.stream(values()).filter(a -> a.gssCode.equals(code)).findFirst();
  }

  /**
   * The twelve areas of a UK table: the nine English regions, then Wales, Scotland, Northern
   * Ireland.
   */
  public static List<Area> ukTable() {
    return List.of(
        NORTH_EAST,
        NORTH_WEST,
        YORKSHIRE_AND_THE_HUMBER,
        EAST_MIDLANDS,
        WEST_MIDLANDS,
        EAST_OF_ENGLAND,
        LONDON,
        SOUTH_EAST,
        SOUTH_WEST,
        WALES,
        SCOTLAND,
        NORTHERN_IRELAND);
  }
}
