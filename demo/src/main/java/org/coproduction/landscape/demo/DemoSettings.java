package org.coproduction.landscape.demo;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The demo data's settings, read from MicroProfile Config in the server (system property,
 * environment variable, config files) and from system properties and the environment elsewhere.
 * Each key also answers to its environment-variable spelling given as a system property ({@code
 * -DLANDSCAPE_DEMO=true}).
 *
 * <p>The demo is off unless asked for: a production database starts empty. {@code ./mvnw -Prun} and
 * the compose file's {@code demo} profile ask for it with {@code LANDSCAPE_DEMO=true}; asking for
 * generated data ({@code LANDSCAPE_DEMO_SIZE}) asks for the demo too, unless {@code
 * LANDSCAPE_DEMO=false} says otherwise.
 */
final class DemoSettings {

  /**
   * {@code LANDSCAPE_DEMO}: {@code true} loads the demo landscape into an empty record; {@code
   * false} loads no demo data at all, even with a size. Default: off (on with a size).
   */
  static final String ENABLED = "landscape.demo";

  /** {@code LANDSCAPE_DEMO_SIZE}: how many networks to generate on top of the seed. */
  static final String SIZE = "landscape.demo.size";

  /** {@code LANDSCAPE_DEMO_GRANTS}: how many grants to generate (default: as many as networks). */
  static final String GRANTS = "landscape.demo.grants";

  private DemoSettings() {}

  /**
   * Whether to load demo data: as {@code LANDSCAPE_DEMO} says when it is set, otherwise only when
   * {@code LANDSCAPE_DEMO_SIZE} asks for generated data.
   */
  static boolean enabled() {
    return setting(ENABLED)
        .map(v -> v.toLowerCase(Locale.ROOT))
        .map(v -> !(v.equals("false") || v.equals("no") || v.equals("off") || v.equals("0")))
        .orElseGet(DemoSettings::sizeAskedFor);
  }

  private static boolean sizeAskedFor() {
    return setting(SIZE)
        .filter(v -> !v.replace("_", "").replace(",", "").matches("0+"))
        .isPresent();
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
