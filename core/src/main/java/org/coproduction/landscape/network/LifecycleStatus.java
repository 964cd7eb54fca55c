package org.coproduction.landscape.network;

/**
 * Where a network is in its life. Local networks spring up and die off: a network may go quiet
 * (dormant) and come back, but once closed it stays closed, and what it learned is kept.
 */
public enum LifecycleStatus {
  EMERGING,
  ACTIVE,
  DORMANT,
  CLOSED;

  /** Whether a network in this state may move to {@code next} by an ordinary edit. */
  public boolean mayBecome(LifecycleStatus next) {
    return switch (this) {
      case EMERGING -> true;
      case ACTIVE, DORMANT -> next != EMERGING;
      case CLOSED -> next == CLOSED;
    };
  }
}
