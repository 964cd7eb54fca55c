package org.coproduction.landscape.funding;

/** Money coming into the convening organisation's work, or going out from it to others. */
public enum FundingDirection {
  INCOMING,
  OUTGOING
}
