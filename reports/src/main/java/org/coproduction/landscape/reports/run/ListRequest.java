package org.coproduction.landscape.reports.run;

import java.io.Serializable;
import java.util.Objects;

/**
 * A list a report run downloads (a saved search's): the kind of records ({@code networks}) and the
 * list's parameters ({@code q}, its filters, {@code sort}) as they were when the run was asked for.
 *
 * @param kind the list, as in {@code /api/<kind>}
 * @param parameters the list's address parameters
 */
public record ListRequest(String kind, String parameters) implements Serializable {

  public ListRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parameters, "parameters");
  }
}
