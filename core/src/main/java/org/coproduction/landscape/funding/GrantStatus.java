package org.coproduction.landscape.funding;

/**
 * Where a grant stands. Paused and lost funding (Covid put many programmes on hold) stays in the
 * record: it is part of the story reports tell.
 */
public enum GrantStatus {
  APPLIED,
  AWARDED,
  PAUSED,
  WITHDRAWN,
  LOST,
  COMPLETED;

  /** Whether money was (or is still) promised: the grant has an award. */
  public boolean isAwarded() {
    return this == AWARDED || this == COMPLETED || this == PAUSED;
  }
}
