package org.coproduction.landscape.api;

import java.util.List;
import java.util.stream.Stream;
import org.coproduction.landscape.reports.ReportFilter;
import org.coproduction.landscape.reports.Reports;

/**
 * A report of the Reports screen: its id (which {@code POST /api/reports/runs} takes as {@code
 * report}), title, media type, the filters it reads (funder, programme, from, to) and whether it is
 * about one funder, who must then be given.
 */
public record ReportJson(
    String id, String title, String mediaType, List<String> filters, boolean forOneFunder) {

  static ReportJson of(Reports.Description d) {
    return new ReportJson(d.name(), d.title(), d.mediaType(), filters(d), d.forOneFunder());
  }

  /** The names of the filters {@code d} reads, as {@code filters} of a run takes them. */
  static List<String> filters(Reports.Description d) {
    return Stream.of(ReportFilter.values())
        .filter(d::uses)
        .flatMap(
            f ->
                switch (f) {
                  case FUNDER -> Stream.of("funder");
                  case PROGRAMME -> Stream.of("programme");
                  case PERIOD -> Stream.of("from", "to");
                })
        .toList();
  }
}
