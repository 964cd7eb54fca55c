package org.coproduction.landscape.network;

/** How far a network reaches. */
public enum NetworkScope {
  UK_WIDE("UK-wide"),
  NATIONAL("National"),
  REGIONAL("Regional"),
  LOCAL("Local"),
  SECTOR_SPECIFIC("Sector-specific");

  private final String displayName;

  NetworkScope(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
