package org.coproduction.landscape.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.event.Events;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.people.People;
import org.coproduction.landscape.people.Person;
import org.coproduction.landscape.platform.ListQuery;

/**
 * The records a form field offers as the person types (there may be thousands): the first few whose
 * name holds what was typed, read from the database page by page, never the whole register.
 */
@Named
@RequestScoped
public class Choices {

  /** How many suggestions a field shows. */
  static final int SUGGESTED = 12;

  @Inject Organisations organisations;

  @Inject Networks networks;

  @Inject Events events;

  @Inject People people;

  public List<Organisation> organisations(String typed) {
    return organisations.list(query(typed, "name")).items();
  }

  public List<Network> networks(String typed) {
    return networks.list(query(typed, "name")).items();
  }

  public List<Event> events(String typed) {
    return events.list(query(typed, "-startsAt")).items();
  }

  public List<Person> people(String typed) {
    return people.list(query(typed, "name")).items();
  }

  static ListQuery query(String typed, String sort) {
    return ListQuery.of(
        0, SUGGESTED, sort, typed == null || typed.isBlank() ? null : typed.trim(), Map.of());
  }
}
