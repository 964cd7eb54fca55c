package org.coproduction.landscape.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The programs the tests open the documents and screens with (LibreOffice Calc, Chromium,
 * ChromeDriver), found where {@code .mvn/test-tools.sh} finds them: the one list of where Debian
 * and Ubuntu put them, which the build checks before any test runs, named to the tests by the
 * build's {@code test.tools}.
 */
public final class TestTools {

  private TestTools() {}

  /**
   * The program a system property names (for one installed elsewhere), else the one the script
   * finds ({@code chromium}, {@code chromedriver} or {@code soffice}); empty where neither is an
   * executable file.
   */
  public static Optional<Path> program(String property, String name) {
    String given = System.getProperty(property);
    String path = given != null && !given.isBlank() ? given : ask(name);
    return path.isEmpty()
        ? Optional.empty()
        : Optional.of(Path.of(path)).filter(Files::isExecutable);
  }

  /** The one command that installs the missing programs on this machine. */
  public static String installCommand() {
    return ask("install");
  }

  private static String ask(String what) {
    String script = System.getProperty("test.tools");
    if (script == null || !Files.isRegularFile(Path.of(script))) {
      throw new IllegalStateException(
          "System property test.tools ("
              + script
              + ") names no .mvn/test-tools.sh: run the tests with Maven");
    }
    try {
      Process p = new ProcessBuilder("bash", script, "--print", what).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(script + " did not answer within 30 s");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while asking " + script, e);
    }
  }
}
