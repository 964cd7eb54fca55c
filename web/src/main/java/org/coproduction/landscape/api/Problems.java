package org.coproduction.landscape.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.organisation.OrgId;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListEntry;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.register.ListRegistry;
import org.coproduction.landscape.register.Registry;

/**
 * Reads the values of a request into the domain's types (codes, enums, references by id) and keeps
 * one message per field that cannot be read, so that the caller hears about every field at once.
 * Each method returns null (or an empty set) for a value it could not read.
 */
final class Problems {

  private final Map<String, String> messages = new LinkedHashMap<>();

  void add(String field, String message) {
    messages.putIfAbsent(field, message);
  }

  void addAll(Map<String, String> more) {
    more.forEach(this::add);
  }

  boolean isEmpty() {
    return messages.isEmpty();
  }

  Map<String, String> messages() {
    return messages;
  }

  /** Nothing, or an {@link InvalidRecordException} with every message. */
  void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new InvalidRecordException(messages);
    }
  }

  /** An enum constant by its name (any case). */
  <E extends Enum<E>> E enumValue(String field, String name, Class<E> type) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, name.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      add(field, "'" + name + "' is not one of " + Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  /** A nation or English region by its GSS code. */
  Area area(String field, String gss) {
    if (gss == null || gss.isBlank()) {
      return null;
    }
    return Area.ofGssCode(gss.strip().toUpperCase())
        .orElseGet(
            () -> {
              add(
                  field,
                  "'"
                      + gss
                      + "' is not the GSS code of a nation or English region (see /api/areas)");
              return null;
            });
  }

  /** GSS codes of the UK, nations, English regions or local authorities. */
  Set<AreaCode> areaCodes(String field, List<String> codes) {
    return values(field, codes, AreaCode::new);
  }

  /** Org-ID identifiers such as GB-CHC-1164883. */
  Set<OrgId> orgIds(String field, List<String> ids) {
    return values(field, ids, OrgId::new);
  }

  private <V extends Comparable<V>> Set<V> values(
      String field, List<String> given, java.util.function.Function<String, V> reader) {
    Set<V> values = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (String value : given == null ? List.<String>of() : given) {
      try {
        values.add(reader.apply(value));
      } catch (IllegalArgumentException | NullPointerException e) {
        wrong.add(Objects.requireNonNullElse(e.getMessage(), "A value is missing"));
      }
    }
    if (!wrong.isEmpty()) {
      add(field, String.join("; ", wrong));
    }
    return values;
  }

  /** The entries of a list that staff keep (sectors, themes) with these codes. */
  <T extends ListEntry> Set<T> codes(String field, ListRegistry<T> list, List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return new java.util.HashSet<>();
    }
    Set<T> found = asked(() -> list.byCodes(field, codes));
    return found == null ? new java.util.HashSet<>() : found;
  }

  /** One entry of a list that staff keep, by code. */
  <T extends ListEntry> T code(String field, ListRegistry<T> list, String code) {
    return code == null || code.isBlank() ? null : asked(() -> list.byCode(field, code));
  }

  /**
   * The record of that register with this id; an unknown id is a message on the field, not a 404.
   */
  <T extends Recorded> T reference(String field, Registry<T> register, Long id) {
    if (id == null) {
      return null;
    }
    try {
      return register.find(id);
    } catch (RecordNotFoundException e) {
      add(field, e.getMessage());
      return null;
    }
  }

  /** The records of that register with these ids. */
  <T extends Recorded> Set<T> references(String field, Registry<T> register, Collection<Long> ids) {
    Set<T> found = new java.util.HashSet<>();
    for (Long id : ids == null ? List.<Long>of() : ids) {
      T t = reference(field, register, id);
      if (t != null) {
        found.add(t);
      }
    }
    return found;
  }

  /** What a boundary answers, or null with its messages kept when it refuses the input. */
  <R> R asked(Supplier<R> call) {
    try {
      return call.get();
    } catch (InvalidRecordException e) {
      addAll(e.messages());
      return null;
    }
  }
}
