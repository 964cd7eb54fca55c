package org.coproduction.landscape.demo;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The demo data's settings, read from MicroProfile Config in the server (system property,
 * environment variable, config files) and from system properties and the environment elsewhere.
 * Each key also answers to its environment-variable spelling given as a system property ({@code
 * -DLANDSCAPE_DEMO=false}).
 */
final class DemoSettings {

  /** {@code LANDSCAPE_DEMO}: {@code false} loads no demo data at all. Default: load. */
  static final String ENABLED = "landscape.demo";

  /** {@code LANDSCAPE_DEMO_SIZE}: how many networks to generate on top of the seed. */
  static final String SIZE = "landscape.demo.size";

  /** {@code LANDSCAPE_DEMO_GRANTS}: how many grants to generate (default: as many as networks). */
  static final String GRANTS = "landscape.demo.grants";

  private DemoSettings() {}

  static boolean enabled() {
    return setting(ENABLED)
        .map(v -> v.toLowerCase(Locale.ROOT))
        .map(v -> !(v.equals("false") || v.equals("no") || v.equals("off") || v.equals("0")))
        .orElse(true);
  }

  static OptionalInt number(String key) {
    Optional<String> value = setting(key);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(value.get().replace("_", "").replace(",", ""));
      if (n < 0) {
        throw new NumberFormatException();
      }
      return OptionalInt.of(n);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          envName(key)
              + " ("
              + key
              + ") must be a whole number of at least 0, not '"
              + value.get()
              + "'");
    }
  }

  static String envName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_');
  }

  static Optional<String> setting(String key) {
    Optional<String> configured;
    try {
      configured =
          ConfigProvider.getConfig(DemoSettings.class.getClassLoader())
              .getOptionalValue(key, String.class);
    } catch (RuntimeException | LinkageError e) {
      configured = Optional.empty(); // no MicroProfile Config outside the server
    }
    return configured
        .or(() -> Optional.ofNullable(System.getProperty(key)))
        .or(() -> Optional.ofNullable(System.getProperty(envName(key))))
        .or(() -> Optional.ofNullable(System.getenv(envName(key))))
        .map(String::trim)
        .filter(v -> !v.isEmpty());
  }
}
