package org.coproduction.landscape.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.lists.ListDownloads;

/**
 * What a script asks to have produced, as a report run or a scheduled report reads it: a document
 * with its filters ({@code {"report": "funder.pdf", "filters": {"funder": 12, "from":
 * "2024-04-01"}}}), or a saved search's list ({@code {"search": 7, "format": "xlsx"}}). Every field
 * that cannot be used is named at once.
 *
 * @param report the document; null for a saved search
 * @param parameters the document's filters; null for a saved search
 * @param search the saved search's id; null for a document
 * @param format the list's format, for a saved search
 */
record ReportRequest(
    Reports.Description report,
    ReportParameters parameters,
    Long search,
    ListDownloads.Format format) {

  private static final Set<String> FIELDS = Set.of("report", "filters", "search", "format");
  private static final List<String> FILTERS = List.of("funder", "programme", "from", "to");

  /**
   * The request's body as an object, or a message saying what to send ({@code shape}) when it is
   * not one.
   */
  static JsonObject object(jakarta.json.JsonStructure sent, String shape) {
    if (sent instanceof JsonObject body) {
      return body;
    }
    throw new org.coproduction.landscape.platform.InvalidRecordException(
        java.util.Collections.singletonMap(null, "Send an object: " + shape));
  }

  /**
   * Reads the request from {@code body}, whose fields beyond a run's are {@code otherFields} (read
   * by the caller, their problems already in {@code problems}).
   *
   * @throws org.coproduction.landscape.platform.InvalidRecordException naming every field that
   *     cannot be used, the caller's included
   * @throws RunResource.Missing when no report has the name given
   */
  static ReportRequest read(
      JsonObject body,
      Set<String> otherFields,
      Problems problems,
      Reports reports,
      Organisations organisations,
      Programmes programmes) {
    Set<String> known = new HashSet<>(FIELDS);
    known.addAll(otherFields);
    body.keySet().stream()
        .filter(k -> !known.contains(k))
        .forEach(
            k ->
                problems.add(
                    k,
                    "Not a field of this request: send "
                        + String.join(", ", known.stream().sorted().toList())));
    if (body.containsKey("search")) {
      return search(problems, body);
    }
    if (body.containsKey("format")) {
      problems.add("format", "A report has its own format: format goes with search only");
    }
    String name = text(problems, body, "report");
    if (name == null && !problems.messages().containsKey("report")) {
      problems.add("report", "Name the report (GET /api/reports lists them)");
    }
    problems.throwIfAny();
    Reports.Description report =
        reports.catalogue().stream()
            .filter(d -> d.name().equals(name))
            .findFirst()
            .orElseThrow(() -> RunResource.noSuchReport(name));
    ReportParameters parameters =
        parameters(problems, report, body.get("filters"), organisations, programmes);
    problems.throwIfAny();
    return new ReportRequest(report, parameters, null, null);
  }

  /** A saved search's list: {"search": id, "format": "xlsx" | "csv"}. */
  private static ReportRequest search(Problems problems, JsonObject body) {
    for (String other : List.of("report", "filters")) {
      if (body.containsKey(other)) {
        problems.add(other, "Send either a report (with its filters) or a saved search, not both");
      }
    }
    Long search = null;
    if (body.get("search") instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
      search = n.longValue();
    } else {
      problems.add("search", "Give the saved search's id, a whole number (GET /api/searches)");
    }
    ListDownloads.Format format = ListDownloads.Format.XLSX;
    JsonValue f = body.get("format");
    if (f != null && f.getValueType() != JsonValue.ValueType.NULL) {
      format = f instanceof JsonString s ? ListDownloads.Format.of(s.getString()) : null;
      if (format == null) {
        problems.add("format", "Choose \"xlsx\" or \"csv\"");
      }
    }
    problems.throwIfAny();
    return new ReportRequest(null, null, search, format);
  }

  /**
   * The filters the report reads, from {@code filters}: ids of a funder and a programme, dates as
   * YYYY-MM-DD; every filter that cannot be used is named {@code filters.<name>}.
   */
  private static ReportParameters parameters(
      Problems problems,
      Reports.Description report,
      JsonValue value,
      Organisations organisations,
      Programmes programmes) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      value = JsonValue.EMPTY_JSON_OBJECT;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add("filters", "Send an object: {\"funder\": 12, \"from\": \"2024-04-01\"}");
      return null;
    }
    JsonObject filters = value.asJsonObject();
    List<String> reads = ReportJson.filters(report);
    for (String key : filters.keySet()) {
      if (!FILTERS.contains(key)) {
        problems.add("filters." + key, "Not a filter: the filters are " + FILTERS);
      } else if (!reads.contains(key) && !filters.isNull(key)) {
        problems.add(
            "filters." + key,
            report.name()
                + " does not read this filter; it reads "
                + (reads.isEmpty() ? "none" : String.join(", ", reads)));
      }
    }
    Long funder = id(problems, filters, "funder");
    Long programme = id(problems, filters, "programme");
    LocalDate from = date(problems, filters, "from");
    LocalDate to = date(problems, filters, "to");
    if (report.forOneFunder()
        && funder == null
        && !problems.messages().containsKey("filters.funder")) {
      problems.add("filters.funder", "Give the funder's id: this report is about one funder");
    }
    if (funder != null) {
      problems.reference("filters.funder", organisations, funder);
    }
    if (programme != null) {
      problems.reference("filters.programme", programmes, programme);
    }
    if (from != null && to != null && to.isBefore(from)) {
      problems.add("filters.to", "The period ends (" + to + ") before it starts (" + from + ")");
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new ReportParameters(funder, programme, from, to);
  }

  private static String text(Problems problems, JsonObject o, String field) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s && !s.getString().isBlank()) {
      return s.getString().strip();
    }
    problems.add(field, "Name the report as a string, e.g. \"landscape.pdf\" (GET /api/reports)");
    return null;
  }

  private static Long id(Problems problems, JsonObject filters, String name) {
    JsonValue v = filters.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
      return n.longValue();
    }
    problems.add("filters." + name, "Give the " + name + "'s id, a whole number");
    return null;
  }

  private static LocalDate date(Problems problems, JsonObject filters, String name) {
    JsonValue v = filters.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    try {
      if (v instanceof JsonString s) {
        return LocalDate.parse(s.getString());
      }
    } catch (DateTimeParseException e) {
      // named below
    }
    problems.add("filters." + name, "Write the date as YYYY-MM-DD (e.g. 2024-04-01)");
    return null;
  }
}
