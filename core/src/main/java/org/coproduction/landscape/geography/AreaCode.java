package org.coproduction.landscape.geography;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ONS GSS code for an area a record covers: the UK, a nation, an English region, or a local
 * authority (E06 unitary, E07 district, E08 metropolitan district, E09 London borough, E10 county,
 * W06 Welsh unitary, S12 Scottish council area, N09 Northern Ireland district). Stored as the code
 * itself ({@link AreaCodeConverter}).
 */
public final class AreaCode implements Serializable, Comparable<AreaCode> {

  private static final long serialVersionUID = 1L;

  private static final Pattern SHAPE = Pattern.compile("[EWSNK]\\d{8}");

  /** Local authority prefixes and what they stand for. */
  public static final Map<String, String> LOCAL_AUTHORITY_PREFIXES =
      Map.of(
          "E06", "Unitary authority (England)",
          "E07", "Non-metropolitan district (England)",
          "E08", "Metropolitan district (England)",
          "E09", "London borough",
          "E10", "County (England)",
          "W06", "Unitary authority (Wales)",
          "S12", "Council area (Scotland)",
          "N09", "Local government district (Northern Ireland)");

  /** The whole United Kingdom. */
  public static final String UNITED_KINGDOM = "K02000001";

  private final String code;

  /**
   * @throws IllegalArgumentException when the code is not a GSS code of the UK, a nation, an
   *     English region or a local authority
   */
  public AreaCode(String code) {
    Objects.requireNonNull(code, "An area code is required");
    String c = code.trim().toUpperCase();
    if (!isValid(c)) {
      throw new IllegalArgumentException(
          "'" + code + "' is not a GSS code of a nation, an English region or a local authority");
    }
    this.code = c;
  }

  public static AreaCode of(Area area) {
    return new AreaCode(area.gssCode());
  }

  public static boolean isValid(String code) {
    if (code == null || !SHAPE.matcher(code).matches()) {
      return false;
    }
    return UNITED_KINGDOM.equals(code)
        || Area.ofGssCode(code).isPresent()
        || LOCAL_AUTHORITY_PREFIXES.containsKey(code.substring(0, 3));
  }

  public String code() {
    return code;
  }

  /** The nation or English region this code names, if it names one. */
  public Optional<Area> area() {
    return Area.ofGssCode(code);
  }

  public boolean isLocalAuthority() {
    return LOCAL_AUTHORITY_PREFIXES.containsKey(code.substring(0, 3));
  }

  /** A readable name: the area's name, or the kind of local authority. */
  public String displayName() {
    if (UNITED_KINGDOM.equals(code)) {
      return "United Kingdom";
    }
    return area()
        .map(Area::displayName)
        .orElseGet(() -> LOCAL_AUTHORITY_PREFIXES.get(code.substring(0, 3)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AreaCode other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public int compareTo(AreaCode o) {
    return code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
