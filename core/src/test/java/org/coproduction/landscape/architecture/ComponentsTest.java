package org.coproduction.landscape.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The business components of core and the one direction in which they depend on each other, read
 * from the compiled classes. Each component may use those listed before it, never one after it, so
 * there is no circle: a newcomer can read the components in this order, and a change in one never
 * reaches down into those it stands on.
 */
class ComponentsTest {

  private static final String ROOT = "org.coproduction.landscape";

  /** Lowest first. */
  private static final List<String> ORDER =
      List.of(
          "geography", // nations, regions, GSS codes: depends on nothing
          "platform", // data source, migrations, paging, roles, start-up
          "audit", // the history of changes
          "security", // accounts and sign-in; account changes go in the history
          "register", // what every register does: find, list, save with locking and history
          "vocabulary", // the sectors and themes staff keep
          "organisation",
          "people",
          "network",
          "funding",
          "event",
          "knowledge", // insights refer to networks and events, and keep a closing network's
          // lessons
          "privacy", // a person's rights reach every record that names them
          "duplicates", // one organisation or person entered twice, found across the record
          "quality", // the 360Giving data quality checks, over the grants
          "searches", // saved searches count the lists of every register
          "dashboard");

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages(ROOT);

  @Test
  void everyPackageOfCoreIsAComponentInTheOrder() {
    Set<String> found = new TreeSet<>();
    for (JavaClass c : CORE) {
      found.add(c.getPackageName().substring(ROOT.length() + 1).split("\\.")[0]);
    }
    assertEquals(new TreeSet<>(ORDER), found, "a new package takes its place in ORDER");
  }

  @Test
  void noComponentUsesOneAboveIt() {
    for (int i = 0; i < ORDER.size() - 1; i++) {
      String[] above =
          ORDER.subList(i + 1, ORDER.size()).stream()
              .map(p -> ROOT + "." + p + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(ROOT + "." + ORDER.get(i) + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(above)
          .because(
              ORDER.get(i)
                  + " stands below "
                  + String.join(", ", ORDER.subList(i + 1, ORDER.size())))
          .check(CORE);
    }
  }

  @Test
  void noCirclesBetweenComponents() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CORE);
  }
}
