package org.coproduction.landscape.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the in-container tests: the WAR the build made (web classes, pages, their
 * libraries), plus what the EAR would give it: the core and reports modules and the libraries they
 * need (Flyway, the PostgreSQL driver...), copied by the build from the modules' own dependencies
 * into {@code test.deployment.libs}. Plus this package (the tests' HTTP client and database probe),
 * and a web fragment that lets Arquillian's runner in.
 *
 * <p>The database and the first administrator's password come from the environment the build gives
 * Payara Micro ({@code LANDSCAPE_DB_URL}, {@code LANDSCAPE_ADMIN_PASSWORD}): H2 in memory by
 * default, PostgreSQL with {@code -Ppostgres}.
 */
public final class Deployments {

  /** The archive's name, and so its context root. */
  public static final String NAME = "landscape";

  private Deployments() {}

  public static WebArchive landscape() {
    WebArchive war = ShrinkWrap.create(WebArchive.class, NAME + ".war");
    war.merge(ShrinkWrap.createFromZipFile(WebArchive.class, required("test.war").toFile()));
    try (Stream<Path> jars = Files.list(required("test.deployment.libs"))) {
      jars.filter(p -> p.toString().endsWith(".jar"))
          .sorted()
          .map(Path::toFile)
          .forEach(war::addAsLibrary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    war.addPackage(Deployments.class.getPackage());
    war.addAsLibrary(openTestRunner());
    return war;
  }

  /**
   * The web module asks for a role on every path; Arquillian's test runner servlet (in-container
   * tests) must answer without one. A web fragment exempts exactly its path, in the test archive
   * only.
   */
  private static JavaArchive openTestRunner() {
    String fragment =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
          <name>landscape_tests_runner</name>
          <security-constraint>
            <web-resource-collection>
              <web-resource-name>Arquillian test runner</web-resource-name>
              <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
            </web-resource-collection>
          </security-constraint>
        </web-fragment>
        """;
    return ShrinkWrap.create(JavaArchive.class, "landscape-test-runner.jar")
        .addAsManifestResource(new StringAsset(fragment.strip()), "web-fragment.xml");
  }

  private static Path required(String property) {
    String value = System.getProperty(property);
    if (value == null || !new File(value).exists()) {
      throw new IllegalStateException(
          "System property "
              + property
              + " ("
              + value
              + ") names nothing: run the tests with Maven (verify)");
    }
    return Path.of(value);
  }
}
