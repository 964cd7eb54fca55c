package org.coproduction.landscape.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the image and the compose file on a machine without a Docker engine (where
 * there is one, {@code docker/check.sh} builds and runs them): the image copies the EAR this module
 * builds, and every setting the compose file gives the application is one the README's
 * configuration table documents.
 */
class DockerFilesTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void theImageCopiesTheEarThisModuleBuilds() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
    Matcher copy = Pattern.compile("(?m)^COPY .*?(\\S+\\.ear) ").matcher(dockerfile);
    assertTrue(copy.find(), "the Dockerfile copies an EAR");
    assertEquals("ear/target/landscape.ear", copy.group(1));
    assertTrue(
        Files.readString(ROOT.resolve("ear/pom.xml")).contains("<finalName>landscape</finalName>"),
        "the ear module builds landscape.ear");
  }

  @Test
  void everySettingTheComposeFileGivesIsDocumented() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Set<String> documented = names(readme.lines().filter(l -> l.startsWith("| `")).toList());
    Set<String> given =
        names(
            Files.readString(ROOT.resolve("docker/compose.yaml"))
                .lines()
                .filter(l -> l.strip().matches("LANDSCAPE_[A-Z_]+:.*"))
                .map(l -> l.strip().substring(0, l.strip().indexOf(':')))
                .toList());
    assertTrue(given.contains("LANDSCAPE_DB_URL"), "compose gives the database: " + given);
    given.removeAll(documented);
    assertTrue(given.isEmpty(), "compose sets settings the README does not document: " + given);
  }

  private static Set<String> names(java.util.List<String> lines) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("LANDSCAPE_[A-Z_]+").matcher(String.join("\n", lines));
    while (m.find()) {
      names.add(m.group());
    }
    return names;
  }
}
