package org.coproduction.landscape.testing;

import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.coproduction.landscape.funding.GrantsMade;
import org.coproduction.landscape.organisation.FundingRecord;

/**
 * A boundary as the container would give it, outside the container: its entity manager (the test's,
 * in the test's transaction), Bean Validation, the history of changes (written as "system") and the
 * other boundaries it injects, wired the same way.
 */
public final class Boundaries {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  /** Where a component asks another through an interface: the one bean that answers. */
  private static final Map<Class<?>, Class<?>> IMPLEMENTED_BY =
      Map.of(FundingRecord.class, GrantsMade.class);

  private Boundaries() {}

  public static <B> B wired(Class<B> type, EntityManager em) {
    try {
      B bean = type.getDeclaredConstructor().newInstance();
      for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          Object value = value(f, em);
          if (value != null) {
            f.setAccessible(true);
            f.set(bean, value);
          }
        }
      }
      return bean;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot wire " + type.getSimpleName(), e);
    }
  }

  private static Object value(Field f, EntityManager em) {
    if (f.isAnnotationPresent(PersistenceContext.class)) {
      return em;
    }
    if (f.getType() == SessionContext.class) {
      // No caller in a test: the history says "system".
      return Proxy.newProxyInstance(
          Boundaries.class.getClassLoader(),
          new Class<?>[] {SessionContext.class},
          (proxy, method, args) -> {
            if (method.getName().equals("getCallerPrincipal")) {
              return null;
            }
            throw new UnsupportedOperationException(method.getName());
          });
    }
    if (f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(EJB.class)) {
      if (f.getType() == Validator.class) {
        return VALIDATOR;
      }
      return wired(IMPLEMENTED_BY.getOrDefault(f.getType(), f.getType()), em);
    }
    return null;
  }
}
