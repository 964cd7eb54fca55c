package org.coproduction.landscape.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.security.Roles;

/**
 * Networks from a spreadsheet: every row is checked against the same rules as a network saved by
 * hand, and nothing is written unless every row is valid. A row is a map from column name ({@link
 * #COLUMNS}) to text; several areas or sectors are separated by "|".
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class NetworkImport {

  /** The columns an import understands; {@code name} and {@code scope} are required. */
  public static final List<String> COLUMNS =
      List.of(
          "name",
          "scope",
          "status",
          "founded_on",
          "areas",
          "sectors",
          "membership_estimate",
          "website",
          "description");

  /** The most rows one import may hold. */
  public static final int MAX_ROWS = 10_000;

  private static final Map<String, String> COLUMN_OF_FIELD =
      Map.of(
          "name", "name",
          "scope", "scope",
          "lifecycle.status", "status",
          "lifecycle.foundedOn", "founded_on",
          "lifecycle.closedOn", "status",
          "lifecycle.closureReason", "status",
          "membershipEstimate", "membership_estimate",
          "website", "website",
          "description", "description");

  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

  @Inject Networks networks;

  @Inject Sectors sectors;

  @Inject Validator validator;

  /**
   * What is wrong with one cell (or one row, when the column is null). Rows count from 2, below the
   * header.
   */
  public record Problem(int row, String column, String message) implements Serializable {}

  /** The outcome of checking an import: how many rows, and every problem found. */
  public record Check(int rows, List<Problem> problems) implements Serializable {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /** Checks every row; writes nothing. */
  public Check check(List<Map<String, String>> rows) {
    List<Problem> problems = new ArrayList<>();
    build(rows, problems);
    return new Check(rows.size(), problems);
  }

  /**
   * Saves every row as a new network, each with its history entry, in one transaction.
   *
   * @throws InvalidRecordException when any row has a problem; nothing is written
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public int importAll(List<Map<String, String>> rows) {
    List<Problem> problems = new ArrayList<>();
    List<Network> built = build(rows, problems);
    if (!problems.isEmpty()) {
      Problem first = problems.get(0);
      throw new InvalidRecordException(
          "rows",
          problems.size()
              + " problem(s), the first in row "
              + first.row()
              + ": "
              + first.message());
    }
    built.forEach(networks::save);
    return built.size();
  }

  private List<Network> build(List<Map<String, String>> rows, List<Problem> problems) {
    if (rows.size() > MAX_ROWS) {
      problems.add(
          new Problem(
              0,
              null,
              "An import holds at most " + MAX_ROWS + " rows; this one has " + rows.size()));
      return List.of();
    }
    List<Network> built = new ArrayList<>();
    int number = 1;
    for (Map<String, String> row : rows) {
      int rowNumber = ++number;
      int before = problems.size();
      Network n = row(row, rowNumber, problems);
      // One problem per cell: a value that could not be read is not reported again as missing.
      Set<String> reported = new java.util.HashSet<>();
      problems.subList(before, problems.size()).forEach(p -> reported.add(p.column()));
      for (ConstraintViolation<Network> v : validator.validate(n)) {
        String column = column(v.getPropertyPath().toString());
        if (reported.add(column)) {
          problems.add(new Problem(rowNumber, column, v.getMessage()));
        }
      }
      n.brokenRules()
          .forEach(
              (field, message) -> {
                if (reported.add(column(field))) {
                  problems.add(new Problem(rowNumber, column(field), message));
                }
              });
      if (problems.size() == before) {
        built.add(n);
      }
    }
    return built;
  }

  private Network row(Map<String, String> row, int rowNumber, List<Problem> problems) {
    Network n = Network.blank();
    n.setName(value(row, "name"));
    String scope = value(row, "scope");
    if (scope != null) {
      NetworkScope s = constant(NetworkScope.class, scope);
      if (s == null) {
        problems.add(
            new Problem(
                rowNumber,
                "scope",
                "'"
                    + scope
                    + "' is not a scope; use one of "
                    + Arrays.toString(NetworkScope.values())));
      }
      n.setScope(s);
    }
    String status = value(row, "status");
    if (status != null) {
      LifecycleStatus s = constant(LifecycleStatus.class, status);
      if (s == null || s == LifecycleStatus.CLOSED) {
        problems.add(
            new Problem(
                rowNumber,
                "status",
                "'"
                    + status
                    + "' is not a status an import may give; use EMERGING, ACTIVE or DORMANT"));
      } else {
        n.getLifecycle().setStatus(s);
      }
    }
    String founded = value(row, "founded_on");
    if (founded != null) {
      try {
        n.getLifecycle()
            .setFoundedOn(
                founded.contains("/")
                    ? LocalDate.parse(founded, UK_DATE)
                    : LocalDate.parse(founded));
      } catch (DateTimeParseException e) {
        problems.add(
            new Problem(
                rowNumber,
                "founded_on",
                "'" + founded + "' is not a date; write 2020-11-19 or 19/11/2020"));
      }
    }
    Set<AreaCode> areas = new TreeSet<>();
    for (String code : list(value(row, "areas"))) {
      String c = code.toUpperCase(Locale.ROOT);
      if (AreaCode.isValid(c)) {
        areas.add(new AreaCode(c));
      } else {
        problems.add(
            new Problem(
                rowNumber,
                "areas",
                "'"
                    + code
                    + "' is not the GSS code of the UK, a nation, an English region or a local authority"));
      }
    }
    n.setAreas(areas);
    List<String> sectorCodes = list(value(row, "sectors"));
    if (!sectorCodes.isEmpty()) {
      try {
        n.setSectors(sectors.byCodes("sectors", sectorCodes));
      } catch (InvalidRecordException e) {
        e.messages().values().forEach(m -> problems.add(new Problem(rowNumber, "sectors", m)));
      }
    }
    String members = value(row, "membership_estimate");
    if (members != null) {
      try {
        n.setMembershipEstimate(Integer.valueOf(members.replace(",", "")));
      } catch (NumberFormatException e) {
        problems.add(
            new Problem(
                rowNumber, "membership_estimate", "'" + members + "' is not a whole number"));
      }
    }
    n.setWebsite(value(row, "website"));
    n.setDescription(value(row, "description"));
    return n;
  }

  private static String value(Map<String, String> row, String column) {
    String v = row.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static List<String> list(String cell) {
    if (cell == null) {
      return List.of();
    }
    return Arrays.stream(cell.split("[|;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static String column(String field) {
    return COLUMN_OF_FIELD.getOrDefault(field, field);
  }
}
