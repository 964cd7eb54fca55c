package org.coproduction.landscape.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.coproduction.landscape.network.Network;
import org.junit.jupiter.api.Test;

/**
 * The record's rules speak with one voice: every Bean Validation constraint of core names a key of
 * {@code ValidationMessages.properties} (no text written in an entity), every key there is named by
 * a constraint, and the validator that screens and API share says the bundle's words.
 */
class ValidationMessagesTest {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("ValidationMessages", Locale.UK);

  @Test
  void everyConstraintNamesAKeyOfTheBundleAndEveryKeyIsNamed() throws Exception {
    Map<String, String> templates = templates();
    List<String> wrong = new ArrayList<>();
    Set<String> named = new TreeSet<>();
    templates.forEach(
        (where, template) -> {
          if (!template.matches("\\{landscape\\.[\\w.]+}")) {
            wrong.add(where + ": \"" + template + "\" is not a {landscape...} key");
          } else {
            String key = template.substring(1, template.length() - 1);
            named.add(key);
            if (!BUNDLE.containsKey(key)) {
              wrong.add(where + ": " + key + " is not in ValidationMessages.properties");
            }
          }
        });
    for (String key : BUNDLE.keySet()) {
      if (!named.contains(key)) {
        wrong.add(key + " of ValidationMessages.properties: no constraint names it");
      }
    }
    assertTrue(templates.size() >= 70, templates::toString);
    assertEquals(List.of(), wrong, String.join("\n", wrong));
  }

  @Test
  void theValidatorSaysTheBundlesWords() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    var blank = validator.validateValue(Network.class, "name", " ");
    assertEquals(1, blank.size(), blank::toString);
    assertEquals("Enter the network's name", blank.iterator().next().getMessage());
    assertEquals(
        BUNDLE.getString("landscape.network.name.required"), blank.iterator().next().getMessage());
    var website = validator.validateValue(Network.class, "website", "ftp://example.org");
    assertEquals(
        List.of("The website starts with http:// or https://"),
        website.stream().map(v -> v.getMessage()).toList());
  }

  /** Each constraint's message template in core's classes, by "Class.member @Constraint". */
  private static Map<String, String> templates() throws IOException, URISyntaxException {
    Map<String, String> templates = new TreeMap<>();
    Path classes =
        Path.of(Network.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString();
        name = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        Class<?> type;
        try {
          type = Class.forName(name, false, ValidationMessagesTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError(name, e);
        }
        List<AnnotatedElement> elements = new ArrayList<>();
        elements.add(type);
        elements.addAll(List.of(type.getDeclaredFields()));
        elements.addAll(List.of(type.getDeclaredMethods()));
        for (AnnotatedElement element : elements) {
          for (Annotation constraint : constraints(element)) {
            templates.put(
                type.getSimpleName()
                    + "."
                    + (element instanceof java.lang.reflect.Member m ? m.getName() : "class")
                    + " @"
                    + constraint.annotationType().getSimpleName(),
                message(constraint));
          }
        }
      }
    }
    return templates;
  }

  /** The constraints on an element, those inside a repeated annotation's container too. */
  private static List<Annotation> constraints(AnnotatedElement element) {
    List<Annotation> found = new ArrayList<>();
    for (Annotation a : element.getDeclaredAnnotations()) {
      if (a.annotationType().isAnnotationPresent(Constraint.class)) {
        found.add(a);
      } else {
        try {
          Method value = a.annotationType().getMethod("value");
          if (value.getReturnType().isArray()
              && value.getReturnType().getComponentType().isAnnotationPresent(Constraint.class)) {
            found.addAll(List.of((Annotation[]) value.invoke(a)));
          }
        } catch (NoSuchMethodException e) {
          // not a container
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return found;
  }

  private static String message(Annotation constraint) {
    try {
      return (String) constraint.annotationType().getMethod("message").invoke(constraint);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(constraint.toString(), e);
    }
  }
}
