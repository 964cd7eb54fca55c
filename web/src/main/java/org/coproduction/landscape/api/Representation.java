package org.coproduction.landscape.api;

/**
 * A record as the API shows it: every kind carries its id and the version an update must send back.
 */
public interface Representation {

  /** Null in a request to create a record. */
  Long id();

  /** The version read; an update with an older one is refused with 409. */
  Long version();
}
