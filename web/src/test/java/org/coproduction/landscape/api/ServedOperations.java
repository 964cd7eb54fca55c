package org.coproduction.landscape.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.coproduction.landscape.testing.Deployments;

/**
 * The operations the application really serves, read the way a JAX-RS runtime reads them: every
 * class of the built WAR with {@code @Path}, its public methods with an HTTP method annotation
 * (their own or, as JAX-RS inherits them, those of the method they override), sub-resource locators
 * followed into the class they return, and the parameters each operation takes. No path is written
 * here: what the WAR holds is what is checked.
 */
final class ServedOperations {

  private static final String CLASSES = "WEB-INF/classes/";

  private ServedOperations() {}

  /**
   * One operation.
   *
   * @param key "METHOD /context/api/path", templates without their regular expressions
   * @param parameters "in name" of each path, query, header and cookie parameter
   * @param body whether it reads a request body (an entity or form parameters)
   * @param consumes the media types of that body
   */
  record Served(String key, Set<String> parameters, boolean body, Set<String> consumes) {}

  /** The operations of the WAR at {@code war}, deployed under {@link Deployments#NAME}. */
  static List<Served> of(java.nio.file.Path war) {
    List<Class<?>> classes = classesOf(war);
    String application =
        classes.stream()
            .filter(c -> c.isAnnotationPresent(ApplicationPath.class))
            .map(c -> c.getAnnotation(ApplicationPath.class).value())
            .reduce((a, b) -> a + " and " + b)
            .orElseThrow(() -> new AssertionError("No @ApplicationPath class in " + war));
    List<Served> served = new ArrayList<>();
    for (Class<?> resource : classes) {
      if (resource.isAnnotationPresent(Path.class)
          && !resource.isInterface()
          && !Modifier.isAbstract(resource.getModifiers())) {
        String root =
            join("/" + Deployments.NAME, application, resource.getAnnotation(Path.class).value());
        collect(resource, root, served, 0);
      }
    }
    return served;
  }

  private static void collect(Class<?> resource, String root, List<Served> served, int depth) {
    if (depth > 5) {
      throw new AssertionError("Sub-resources nested deeper than 5 at " + root);
    }
    for (Method method : resource.getMethods()) {
      if (method.isBridge() || method.isSynthetic() || method.getDeclaringClass() == Object.class) {
        continue;
      }
      Method annotated = annotatedFor(resource, method);
      if (annotated == null) {
        continue;
      }
      String path =
          annotated.isAnnotationPresent(Path.class)
              ? join(root, annotated.getAnnotation(Path.class).value())
              : root;
      String verb = httpMethod(annotated);
      if (verb == null) {
        if (annotated.isAnnotationPresent(Path.class)) {
          collect(method.getReturnType(), path, served, depth + 1);
        }
        continue;
      }
      Set<String> parameters = new TreeSet<>();
      boolean body = false;
      for (Annotation[] annotations : annotated.getParameterAnnotations()) {
        String parameter = parameter(annotations);
        if (parameter == null) {
          body = true;
        } else if (parameter.equals("form")) {
          body = true;
        } else if (!parameter.isEmpty()) {
          parameters.add(parameter);
        }
      }
      Consumes consumes =
          annotated.isAnnotationPresent(Consumes.class)
              ? annotated.getAnnotation(Consumes.class)
              : resource.getAnnotation(Consumes.class);
      Set<String> types =
          body
              ? new TreeSet<>(consumes == null ? List.of("*/*") : Arrays.asList(consumes.value()))
              : Set.of();
      served.add(new Served(verb + " " + path, parameters, body, types));
    }
  }

  /**
   * "in name" for a parameter, "form" for a form field, "" for one the runtime supplies ({@code
   * Context}), null for the entity (the request body).
   */
  private static String parameter(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof PathParam p) {
        return "path " + p.value();
      } else if (a instanceof QueryParam q) {
        return "query " + q.value();
      } else if (a instanceof HeaderParam h) {
        return "header " + h.value();
      } else if (a instanceof CookieParam c) {
        return "cookie " + c.value();
      } else if (a instanceof FormParam) {
        return "form";
      } else if (a instanceof Context) {
        return "";
      } else if (a instanceof MatrixParam || a instanceof BeanParam) {
        throw new AssertionError(a + ": a kind of parameter this test does not read yet");
      }
    }
    return null;
  }

  /**
   * The method whose JAX-RS annotations apply: the method itself when it has any, else the method
   * it overrides in a superclass or interface (JAX-RS annotation inheritance); null for none.
   */
  private static Method annotatedFor(Class<?> resource, Method method) {
    if (jaxRs(method)) {
      return method;
    }
    for (Class<?> type = resource; type != null && type != Object.class; ) {
      for (Class<?> candidate :
          Stream.concat(Stream.of(type), Arrays.stream(type.getInterfaces())).toList()) {
        for (Method m : candidate.getDeclaredMethods()) {
          if (!m.isBridge() && overrides(method, m) && jaxRs(m)) {
            return m;
          }
        }
      }
      type = type.getSuperclass();
    }
    return null;
  }

  private static boolean overrides(Method method, Method candidate) {
    if (!candidate.getName().equals(method.getName())
        || candidate.getParameterCount() != method.getParameterCount()) {
      return false;
    }
    Class<?>[] own = method.getParameterTypes();
    Class<?>[] theirs = candidate.getParameterTypes();
    for (int i = 0; i < own.length; i++) {
      if (!theirs[i].isAssignableFrom(own[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean jaxRs(Method method) {
    return method.isAnnotationPresent(Path.class) || httpMethod(method) != null;
  }

  private static String httpMethod(Method method) {
    for (Annotation a : method.getAnnotations()) {
      HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** Joins path segments with single slashes; {name: regex} templates become {name}. */
  private static String join(String... parts) {
    String joined = String.join("/", parts).replaceAll("/{2,}", "/");
    joined = joined.replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  /** Every class of the WAR's WEB-INF/classes, loaded (not initialised) from the test classpath. */
  private static List<Class<?>> classesOf(java.nio.file.Path war) {
    List<Class<?>> classes = new ArrayList<>();
    try (ZipFile zip = new ZipFile(war.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        String name = entry.getName();
        String className =
            name.substring(Math.min(CLASSES.length(), name.length()))
                .replaceAll("\\.class$", "")
                .replace('/', '.');
        // package-info and module-info are no classes.
        if (name.startsWith(CLASSES) && name.endsWith(".class") && !className.contains("-")) {
          try {
            classes.add(Class.forName(className, false, ServedOperations.class.getClassLoader()));
          } catch (ClassNotFoundException e) {
            throw new AssertionError(className + " of the WAR is not on the test classpath", e);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classes;
  }
}
