package org.coproduction.landscape.reports.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coproduction.landscape.reports.Giving360;
import org.coproduction.landscape.reports.Report;
import org.coproduction.landscape.reports.ReportFilter;
import org.coproduction.landscape.reports.ReportFormat;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.sheet.About;
import org.coproduction.landscape.reports.sheet.WorkbookWriter;

/**
 * Awarded grants as a 360Giving spreadsheet: one sheet "grants" with the standard's column titles.
 */
@ApplicationScoped
public class Giving360Workbook implements Report {

  @Override
  public String name() {
    return "360giving.xlsx";
  }

  @Override
  public String title() {
    return "Grants, 360Giving spreadsheet";
  }

  @Override
  public Set<ReportFilter> filters() {
    return EnumSet.allOf(ReportFilter.class);
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.XLSX;
  }

  @Override
  public void write(ReportSource source, ReportParameters parameters, OutputStream out)
      throws IOException {
    try (WorkbookWriter book = new WorkbookWriter()) {
      Giving360.fundingSheet(book, "grants", null, source, Giving360.filter(parameters), false);
      List<String> notes =
          new ArrayList<>(
              List.of(
                  "Only awarded grants (awarded, completed or paused, with an amount and date of"
                      + " award): "
                      + parameters.periodText()
                      + ".",
                  "Column titles are the standard's titles joined by ':'. Up to "
                      + Giving360.LOCATION_COLUMNS
                      + " beneficiary locations per grant, with ONS GSS codes."));
      for (String quality : Giving360.qualityNotes(source, Giving360.filter(parameters))) {
        notes.add("Data quality (the 360Giving checks): " + quality + ".");
      }
      About.write(
          book,
          "Grants in the 360Giving Data Standard, schema " + Giving360.VERSION,
          LocalDateTime.now(source.clock()),
          notes);
      book.write(out);
    }
  }
}
