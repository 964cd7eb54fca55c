package org.coproduction.landscape.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the in-container tests: the WAR the build made (web classes, pages, their libraries), plus
 * what the EAR would give it: the core and reports modules and the libraries they need (Flyway, the PostgreSQL
 * driver...), copied by the build from the modules' own dependencies into {@code test.deployment.libs}. Plus this
 * package (the tests' HTTP client and database probe).
 *
 * <p>The database and the first administrator's password come from the environment the build gives Payara Micro
 * ({@code LANDSCAPE_DB_URL}, {@code LANDSCAPE_ADMIN_PASSWORD}): H2 in memory by default, PostgreSQL with {@code
 * -Ppostgres}.
 */
public final class Deployments {

  /** The archive's name, and so its context root. */
  public static final String NAME = "landscape";

  private Deployments() {}

  public static WebArchive landscape() {
    WebArchive war = ShrinkWrap.create(WebArchive.class, NAME + ".war");
    war.merge(ShrinkWrap.createFromZipFile(WebArchive.class, required("test.war").toFile()));
    try (Stream<Path> jars = Files.list(required("test.deployment.libs"))) {
      jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toFile).forEach(war::addAsLibrary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    war.addPackage(Deployments.class.getPackage());
    return war;
  }

  private static Path required(String property) {
    String value = System.getProperty(property);
    if (value == null || !new File(value).exists()) {
      throw new IllegalStateException(
          "System property " + property + " (" + value + ") names nothing: run the tests with Maven (verify)");
    }
    return Path.of(value);
  }
}
