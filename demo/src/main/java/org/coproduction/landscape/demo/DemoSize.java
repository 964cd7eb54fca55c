package org.coproduction.landscape.demo;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * How much data {@link DemoGenerator} writes, by kind. {@link #of(int)} scales everything from the
 * number of networks, with as many grants as networks; each count can then be set on its own.
 */
public record DemoSize(
    int networks, int organisations, int people, int grants, int events, int insights) {

  public DemoSize {
    if (networks < 0
        || organisations < 0
        || people < 0
        || grants < 0
        || events < 0
        || insights < 0) {
      throw new IllegalArgumentException(
          "Sizes cannot be negative: "
              + networks
              + ", "
              + organisations
              + ", "
              + people
              + ", "
              + grants
              + ", "
              + events
              + ", "
              + insights);
    }
    if (organisations == 0 && (networks > 0 || grants > 0 || events > 0 || people > 0)) {
      throw new IllegalArgumentException(
          "Networks, grants, events and people need at least one organisation");
    }
    if (networks == 0 && (grants > 0 || insights > 0)) {
      throw new IllegalArgumentException("Grants and insights need at least one network");
    }
    if (events > 0 && people == 0) {
      throw new IllegalArgumentException("Events need at least one person");
    }
  }

  /**
   * Sizes in the proportions of the demo landscape: per 10 networks, 3 organisations, 1 person, 10
   * grants, half an event and 5 insights (at least one of each when there is any network).
   */
  public static DemoSize of(int networks) {
    if (networks <= 0) {
      return new DemoSize(0, 0, 0, 0, 0, 0);
    }
    return new DemoSize(
        networks,
        Math.max(2, networks * 3 / 10),
        Math.max(1, networks / 10),
        networks,
        Math.max(1, networks / 20),
        Math.max(1, networks / 2));
  }

  public DemoSize withGrants(int grants) {
    return new DemoSize(networks, organisations, people, grants, events, insights);
  }

  public DemoSize withOrganisations(int organisations) {
    return new DemoSize(networks, organisations, people, grants, events, insights);
  }

  public DemoSize withPeople(int people) {
    return new DemoSize(networks, organisations, people, grants, events, insights);
  }

  public DemoSize withEvents(int events) {
    return new DemoSize(networks, organisations, people, grants, events, insights);
  }

  public DemoSize withInsights(int insights) {
    return new DemoSize(networks, organisations, people, grants, events, insights);
  }

  public boolean isEmpty() {
    return networks + organisations + people + grants + events + insights == 0;
  }

  /**
   * The sizes asked for by {@code landscape.demo.size} ({@code LANDSCAPE_DEMO_SIZE}) and optionally
   * {@code landscape.demo.grants} ({@code LANDSCAPE_DEMO_GRANTS}); empty when no size is set or it
   * is 0.
   *
   * @throws IllegalArgumentException when a setting is not a whole number
   */
  public static Optional<DemoSize> fromSettings() {
    OptionalInt networks = DemoSettings.number(DemoSettings.SIZE);
    if (networks.isEmpty() || networks.getAsInt() == 0) {
      return Optional.empty();
    }
    DemoSize size = of(networks.getAsInt());
    OptionalInt grants = DemoSettings.number(DemoSettings.GRANTS);
    return Optional.of(grants.isPresent() ? size.withGrants(grants.getAsInt()) : size);
  }

  @Override
  public String toString() {
    return String.format(
        "%,d networks, %,d organisations, %,d people, %,d grants, %,d events, %,d insights",
        networks, organisations, people, grants, events, insights);
  }
}
