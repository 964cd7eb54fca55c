package org.coproduction.landscape.network;

/** How one network stands to another. Read as "this network ... that network". */
public enum RelationType {
  MEMBER_OF("is a member of", "has as a member"),
  AFFILIATED_WITH("is affiliated with", "is affiliated with"),
  SUCCEEDED_BY("was succeeded by", "succeeded");

  private final String forwards;
  private final String backwards;

  RelationType(String forwards, String backwards) {
    this.forwards = forwards;
    this.backwards = backwards;
  }

  /** The relation read from the network that holds it. */
  public String forwards() {
    return forwards;
  }

  /** The same relation read from the other network. */
  public String backwards() {
    return backwards;
  }
}
