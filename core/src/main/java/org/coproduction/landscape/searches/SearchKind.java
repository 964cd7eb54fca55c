package org.coproduction.landscape.searches;

import java.util.Arrays;
import java.util.Optional;

/** The lists a search can be saved from, named as their downloads and the API name them. */
public enum SearchKind {
  NETWORKS("networks"),
  ORGANISATIONS("organisations"),
  GRANTS("grants"),
  PROGRAMMES("programmes"),
  EVENTS("events"),
  INSIGHTS("insights"),
  /** Personal data: administrators only. */
  PEOPLE("people");

  private final String id;

  SearchKind(String id) {
    this.id = id;
  }

  /** {@code networks}, {@code grants}... */
  public String id() {
    return id;
  }

  /** Whether only administrators may search this list. */
  public boolean forAdministratorsOnly() {
    return this == PEOPLE;
  }

  public static Optional<SearchKind> of(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
