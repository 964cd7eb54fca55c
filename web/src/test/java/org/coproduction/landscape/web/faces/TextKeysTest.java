package org.coproduction.landscape.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coproduction.landscape.web.imports.ImportFiles;
import org.junit.jupiter.api.Test;

/**
 * The screens' words ({@code text.properties}) and what uses them agree: a page or class that names
 * a key the bundle lacks would show {@code ???key???}, and a key nothing names is a word nobody
 * reads. A key counts as named when a page or class writes it in quotes, when it starts with a
 * prefix a page or class completes at run time ({@code text['import.kind.'+=k]}, {@code "edit." +
 * what}), or, for {@code enum.<Type>.<CONSTANT>}, when that enum of core or web has that constant
 * ({@link Text#of}).
 */
class TextKeysTest {

  private static final Path WEB = Path.of("src/main");

  /** The screens: a prefix each, named as the folder of its pages. */
  private static final Set<String> SCREENS =
      Set.of(
          "networks",
          "events",
          "funding",
          "programmes",
          "knowledge",
          "organisations",
          "people",
          "reports",
          "import",
          "dashboard",
          "users",
          "audit",
          "account",
          "signIn",
          "accessibility",
          "quality",
          "duplicates",
          "error");

  /** Words several screens show, the template's, the shared parts' and the enums'. */
  private static final Set<String> SHARED =
      Set.of("common", "app", "nav", "form", "list", "record", "edit", "view", "enum");

  private static final Path CORE = Path.of("../core/src/main/java");

  /** A key in quotes: {@code 'nav.networks'} or {@code "edit.saved"}. */
  private static final Pattern QUOTED =
      Pattern.compile("['\"]([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)['\"]");

  /** A prefix completed at run time: {@code 'import.kind.'+=} or {@code "edit." +}. */
  private static final Pattern PREFIX =
      Pattern.compile("['\"]([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.)['\"]\\s*\\+");

  /** A key a page reads: {@code text['nav.networks']}. */
  private static final Pattern PAGE_KEY = Pattern.compile("text\\['([^']+)'\\]");

  /** The literal keys a class reads through {@link Text}: {@code text.get("...")}. */
  private static final Pattern CLASS_KEY =
      Pattern.compile(
          "text\\.(?:get|format)\\(\\s*(?:[^;\"]*\\?\\s*)?\"([^\"]+)\"(?:\\s*:\\s*\"([^\"]+)\")?");

  @Test
  void everyKeyIsUsedAndEveryKeyUsedIsThere() throws IOException {
    Set<String> keys = keys();
    Map<String, String> sources = sources();
    Set<String> quoted = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    int[] reads = {0};
    sources.forEach(
        (file, text) -> {
          collect(QUOTED, text, quoted);
          collect(PREFIX, text, prefixes);
          Pattern read = file.endsWith(".java") ? CLASS_KEY : PAGE_KEY;
          Matcher m = read.matcher(text);
          while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
              String key = m.group(g);
              // A key ending in '.' is a prefix the class completes at run time.
              reads[0]++;
              if (key != null && !key.endsWith(".") && !keys.contains(key)) {
                wrong.add(file + " reads " + key + ", which text.properties lacks");
              }
            }
          }
        });
    Map<String, String> enums = enums();
    for (String key : keys) {
      boolean used =
          quoted.contains(key)
              || prefixes.stream().anyMatch(key::startsWith)
              || enumConstant(key, enums);
      if (!used) {
        wrong.add(key + " of text.properties: no page or class uses it");
      }
    }
    assertTrue(keys.size() > 300, "keys in the bundle: " + keys.size());
    assertTrue(reads[0] > 300, "keys read by pages and classes: " + reads[0]);
    assertEquals(List.of(), wrong, String.join("\n", wrong));
  }

  /**
   * The Import screen completes its keys with the kind of file at run time: every kind has its
   * name, its rules, its button, its outcome and its link to the list.
   */
  @Test
  void everyKindOfImportHasItsWords() throws IOException {
    Set<String> keys = keys();
    List<String> missing = new ArrayList<>();
    for (ImportFiles.Kind kind : ImportFiles.Kind.values()) {
      for (String prefix : List.of("kind", "required", "button", "done", "seeList")) {
        String key = "import." + prefix + "." + kind.name();
        if (!keys.contains(key)) {
          missing.add(key);
        }
      }
    }
    assertEquals(List.of(), missing, "keys the Import screen would show as ???key???");
  }

  @Test
  void eachScreenReadsItsOwnPrefixAndTheSharedOnes() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String key : keys()) {
      String prefix = key.substring(0, key.indexOf('.'));
      if (!SCREENS.contains(prefix) && !SHARED.contains(prefix)) {
        wrong.add(key + ": " + prefix + " is neither a screen nor shared");
      }
    }
    Map<String, String> sources = sources();
    sources.forEach(
        (file, text) -> {
          if (!file.endsWith(".xhtml")) {
            return;
          }
          String screen = screenOf(file);
          Matcher m = PAGE_KEY.matcher(text);
          while (m.find()) {
            String prefix = m.group(1).substring(0, Math.max(0, m.group(1).indexOf('.')));
            if (!SHARED.contains(prefix) && !prefix.equals(screen)) {
              wrong.add(file + " (screen " + screen + ") reads " + m.group(1));
            }
          }
        });
    assertEquals(List.of(), wrong, String.join("\n", wrong));
  }

  /** The screen a page belongs to: its folder, with the few pages outside one named here. */
  private static String screenOf(String page) {
    String[] parts = page.split("/");
    return switch (parts[1]) {
      case "index.xhtml" -> "dashboard";
      case "login.xhtml" -> "signIn";
      case "accessibility.xhtml" -> "accessibility";
      case "admin" -> parts[2].replace(".xhtml", "");
      case "WEB-INF" -> parts[2].equals("errors") ? "error" : "shared parts";
      default -> parts[1];
    };
  }

  private static boolean enumConstant(String key, Map<String, String> enums) {
    String[] parts = key.split("\\.");
    if (parts.length != 3 || !parts[0].equals("enum")) {
      return false;
    }
    String body = enums.get(parts[1]);
    return body != null && Pattern.compile("\\b" + parts[2] + "\\b").matcher(body).find();
  }

  private static void collect(Pattern pattern, String text, Set<String> into) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  private static Set<String> keys() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        TextKeysTest.class.getResourceAsStream(
            "/" + Text.BUNDLE.replace('.', '/') + ".properties")) {
      bundle.load(in);
    }
    return new TreeSet<>(bundle.stringPropertyNames());
  }

  /** The pages and classes of web, by path, without the bundle itself. */
  private static Map<String, String> sources() throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(WEB)) {
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.toString().matches(".*\\.(java|xhtml|js|xml)$"))
              .toList()) {
        sources.put(WEB.relativize(file).toString(), Files.readString(file));
      }
    }
    assertTrue(sources.keySet().stream().anyMatch(f -> f.endsWith(".xhtml")), sources::toString);
    return sources;
  }

  /** The enums of core and web by simple name, with their source. */
  private static Map<String, String> enums() throws IOException {
    Map<String, String> enums = new TreeMap<>();
    Pattern declaration = Pattern.compile("\\benum\\s+(\\w+)\\s*(?:implements[^{]*)?\\{");
    for (Path root : List.of(WEB.resolve("java"), CORE)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String text = Files.readString(file);
          Matcher m = declaration.matcher(text);
          while (m.find()) {
            int semicolon = text.indexOf(';', m.end());
            int brace = text.indexOf('}', m.end());
            int end = semicolon < 0 ? brace : brace < 0 ? semicolon : Math.min(semicolon, brace);
            // The constants: from the declaration to the first ';' or '}'.
            enums.merge(m.group(1), text.substring(m.end(), end), (a, b) -> a + " " + b);
          }
        }
      }
    }
    return enums;
  }
}
