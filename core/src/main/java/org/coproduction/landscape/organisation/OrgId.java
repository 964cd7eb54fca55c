package org.coproduction.landscape.organisation;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organisation identifier in the org-id.guide form: a list code, "-", and the id the list gives
 * (GB-CHC-1164883, GB-COH-09506232). An unregistered group gets a 360Giving-style id
 * 360G-&lt;publisher prefix&gt;-&lt;local id&gt;. The list code is kept in capitals; stored as the
 * whole identifier ({@link OrgIdConverter}).
 */
public final class OrgId implements Serializable, Comparable<OrgId> {

  private static final long serialVersionUID = 1L;

  /** The lists this record accepts, longest first so that a prefix never hides a longer one. */
  public static final List<String> LISTS =
      List.of(
          "GB-UKPRN",
          "GB-SHPE",
          "GB-LANI",
          "GB-CHC",
          "GB-NIC",
          "GB-COH",
          "GB-LAE",
          "GB-LAS",
          "GB-PLA",
          "GB-NHS",
          "GB-GOR",
          "GB-EDU",
          "GB-MPR",
          "GB-SC",
          "360G");

  private static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");
  private static final Pattern COMPANY_NUMBER = Pattern.compile("[A-Z0-9]{8}");

  private final String value;

  /**
   * @throws IllegalArgumentException naming what is wrong with the identifier
   */
  public OrgId(String value) {
    Objects.requireNonNull(value, "An organisation identifier is required");
    String v = value.trim();
    String list = listOf(v);
    if (list == null) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' does not start with a known list code ("
              + String.join(", ", LISTS)
              + ")");
    }
    String local = v.substring(list.length() + 1);
    if (local.isEmpty() || !LOCAL_ID.matcher(local).matches()) {
      throw new IllegalArgumentException(
          "'" + value + "' needs an id after " + list + "- with no spaces or slashes");
    }
    if (list.equals("GB-COH") && !COMPANY_NUMBER.matcher(local).matches()) {
      throw new IllegalArgumentException(
          "A Companies House number has 8 characters, leading zeros kept (e.g. GB-COH-09506232)");
    }
    if (list.equals("360G") && !local.contains("-")) {
      throw new IllegalArgumentException(
          "A 360Giving identifier is 360G-<publisher prefix>-<local id>");
    }
    this.value = list + "-" + local;
  }

  private static String listOf(String v) {
    for (String list : LISTS) {
      if (v.regionMatches(true, 0, list + "-", 0, list.length() + 1)) {
        return list;
      }
    }
    return null;
  }

  public static boolean isValid(String value) {
    try {
      new OrgId(value);
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  public String value() {
    return value;
  }

  /** The list code, e.g. GB-CHC. */
  public String list() {
    return listOf(value);
  }

  /** The id within its list, e.g. the charity number. */
  public String localId() {
    return value.substring(list().length() + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrgId other && value.equalsIgnoreCase(other.value);
  }

  @Override
  public int hashCode() {
    return value.toUpperCase().hashCode();
  }

  @Override
  public int compareTo(OrgId o) {
    return value.compareToIgnoreCase(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
