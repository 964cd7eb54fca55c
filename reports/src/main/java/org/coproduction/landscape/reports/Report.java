package org.coproduction.landscape.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * A report: a name, parameters and a data source, producing one document. Adding the next report is
 * one class implementing this (plus, for a PDF, its template under {@code src/main/jasperreports}),
 * annotated {@code @ApplicationScoped} so that {@link Reports} finds it.
 *
 * <p>Implementations read the database through the {@link ReportSource}, already grouped and summed
 * by SQL, and stream row lists with a cursor; they never hold a whole table in memory.
 */
public interface Report {

  /** The name a caller asks for, which is also the download's file name: {@code landscape.pdf}. */
  String name();

  /** A title people read on the Reports screen. */
  String title();

  ReportFormat format();

  /** Writes the document for {@code parameters} to {@code out}; {@code out} is left open. */
  void write(ReportSource source, ReportParameters parameters, OutputStream out) throws IOException;

  /** The filters this report reads from its {@link ReportParameters}; it ignores the others. */
  default Set<ReportFilter> filters() {
    return Set.of();
  }

  /** Whether the report is about one funder, who must be chosen. */
  default boolean forOneFunder() {
    return false;
  }

  /** The file name of one download; a report with filters may name them. */
  default String fileName(ReportParameters parameters) {
    return name();
  }
}
