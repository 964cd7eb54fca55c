package org.coproduction.landscape.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.Archive;
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

  /**
   * The deployment most test classes share: one Payara Micro serves them all, one class after
   * another (see {@code testing.micro.SharedMicro}); so it carries every test class, for the
   * classes that run inside the server. Declare it as a plain {@code @Deployment} (testable), with
   * {@code @RunAsClient} on classes that only talk HTTP: whichever class deploys it first, it must
   * carry Arquillian's test runner for the classes that come after.
   */
  public static WebArchive landscape() {
    return archive().addAsWebInfResource(new StringAsset("shared"), SHARED_MARK);
  }

  /**
   * The same application on a Payara Micro of its own, started for one test class and stopped after
   * it: for tests that leave behind what would disturb the others (sign-in floods that throttle the
   * tests' address).
   */
  public static WebArchive ownServer() {
    return archive();
  }

  /** Whether an archive is the shared deployment. */
  public static boolean isShared(Archive<?> archive) {
    return archive.contains("WEB-INF/" + SHARED_MARK);
  }

  private static final String SHARED_MARK = "landscape-shared-test-server";

  private static WebArchive archive() {
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
    war.addAsLibrary(testClasses());
    war.addAsLibrary(openTestRunner());
    return war;
  }

  /**
   * The test classes that run inside the server, whichever class deployed the shared server first:
   * every compiled test class but this package (already in the archive) and the connector's own
   * ({@code testing.micro}, which lives in the test JVM only).
   */
  private static JavaArchive testClasses() {
    Path root = required("test.classes");
    JavaArchive jar = ShrinkWrap.create(JavaArchive.class, "landscape-tests.jar");
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(p -> p.toString().endsWith(".class"))
          .map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
          .filter(name -> name.startsWith("org/") && !name.contains("/testing/"))
          .forEach(name -> jar.addAsResource(root.resolve(name).toFile(), name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
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

  /**
   * The file or folder a system property set by the build names; refused at once, with what to do,
   * when the tests run without Maven.
   */
  public static Path required(String property) {
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
