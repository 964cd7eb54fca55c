package org.coproduction.landscape.reports.pdf;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSource;

/**
 * The floor of a PDF report: JasperReports alone filling the same compiled template with the same
 * parameters and the same detail rows, held in memory (read beforehand, typed as the template's
 * fields), and exporting them with JasperReports' own tagged PDF exporter, configured as the
 * report's is. Filled pages go to a swap file beyond the same number of pages as the report's, so
 * that the floor and the report fill with the same memory. What the report takes beyond it is its
 * reading (the queries and the cursor) and what it adds for PDF/UA-1: furniture marked as
 * artifacts, header scopes, and the finishing pass over a temporary file.
 */
public final class BarePdf {

  private final JasperPdf report;
  private final Map<String, Object> values;
  private final List<Map<String, ?>> rows;

  private BarePdf(JasperPdf report, Map<String, Object> values, List<Map<String, ?>> rows) {
    this.report = report;
    this.values = values;
    this.rows = rows;
  }

  /** Reads the report's parameters and detail rows from {@code source} into memory. */
  public static BarePdf of(JasperPdf report, ReportSource source, ReportParameters parameters)
      throws JRException, SQLException {
    Map<String, Object> values = report.values(source, parameters);
    JRField[] fields = report.report().getFields();
    List<Map<String, ?>> rows = new ArrayList<>();
    JasperPdf.Detail detail = report.detail(parameters);
    try (ReportSource.Cursor cursor = source.cursor(detail.sql(), detail.parameters())) {
      ResultSet rs = cursor.resultSet();
      while (rs.next()) {
        Map<String, Object> row = new HashMap<>();
        for (JRField f : fields) {
          row.put(f.getName(), rs.getObject(f.getName(), f.getValueClass()));
        }
        rows.add(row);
      }
    }
    return new BarePdf(report, values, rows);
  }

  /** The detail rows held. */
  public int rows() {
    return rows.size();
  }

  /** Fills and exports the document into {@code out}. */
  public void write(OutputStream out) throws JRException {
    JRSwapFileVirtualizer virtualizer = JasperPdf.virtualizer();
    try {
      Map<String, Object> fill = new HashMap<>(values);
      fill.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
      JasperPrint print =
          JasperFillManager.fillReport(
              report.report(), fill, new JRMapCollectionDataSource(new ArrayList<>(rows)));
      virtualizer.setReadOnly(true);
      report.export(new JRPdfExporter(), print, out);
    } finally {
      virtualizer.cleanup();
    }
  }
}
