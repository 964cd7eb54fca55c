package org.coproduction.landscape.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRResultSetDataSource;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import org.coproduction.landscape.event.Event;
import org.coproduction.landscape.reports.Report;
import org.coproduction.landscape.reports.ReportException;
import org.coproduction.landscape.reports.ReportFormat;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSource;

/**
 * A PDF report made with JasperReports from a template compiled at build time ({@code
 * src/main/jasperreports/<template>.jrxml} becomes {@code /reports/<template>.jasper}).
 *
 * <p>A subclass gives the template's parameters (the sections' aggregates, small lists) and the
 * query of its detail rows, which the engine reads with a cursor. Filled pages go to a swap file
 * beyond {@value #PAGES_IN_MEMORY} pages, so memory stays flat however many rows there are; the
 * swap file is deleted in every case. Fonts come from the font extension on the classpath (DejaVu,
 * embedded).
 */
public abstract class JasperPdf implements Report {

  /** Filled pages kept in memory before the virtualizer swaps them to disk. */
  static final int PAGES_IN_MEMORY = 20;

  static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

  static final String AUTHOR = "Landscape of UK co-production networks";

  static final String CREATOR = "Landscape reports (JasperReports)";

  /**
   * JasperReports' settings, plus one: the filled pages keep the properties Landscape's exporter
   * reads ({@link AccessiblePdfExporter#ARTIFACT}, {@link AccessiblePdfExporter#REPEATED}), which
   * JasperReports would otherwise leave behind in the template.
   */
  static final JasperReportsContext CONTEXT = context();

  private volatile JasperReport compiled;

  private static JasperReportsContext context() {
    SimpleJasperReportsContext context = new SimpleJasperReportsContext();
    context.setProperty(
        JasperPrint.PROPERTIES_PRINT_TRANSFER_PREFIX + "landscape",
        AccessiblePdfExporter.PROPERTY_PREFIX);
    return context;
  }

  /** The template's name, without extension. */
  protected abstract String template();

  /** The detail rows: SQL and its parameters. */
  protected record Detail(String sql, Object... parameters) {}

  protected abstract Detail detail(ReportParameters parameters);

  /** The template's parameters for one document: figures, section lists, headings. */
  protected abstract Map<String, Object> parameters(
      ReportSource source, ReportParameters parameters);

  @Override
  public ReportFormat format() {
    return ReportFormat.PDF;
  }

  @Override
  public void write(ReportSource source, ReportParameters parameters, OutputStream out)
      throws IOException {
    JRSwapFileVirtualizer virtualizer = virtualizer();
    try {
      Map<String, Object> values = values(source, parameters);
      values.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
      Detail detail = detail(parameters);
      JasperPrint print;
      try (ReportSource.Cursor rows = source.cursor(detail.sql(), detail.parameters())) {
        print = JasperFillManager.getInstance(CONTEXT).fill(report(), values, counted(rows));
      }
      virtualizer.setReadOnly(true);
      export(print, out);
    } catch (JRException e) {
      throw new ReportException("Could not produce " + name(), e);
    } finally {
      virtualizer.cleanup();
    }
  }

  /** A swap file for the pages filled beyond {@link #PAGES_IN_MEMORY}, deleted at cleanup. */
  static JRSwapFileVirtualizer virtualizer() {
    return new JRSwapFileVirtualizer(
        PAGES_IN_MEMORY, new JRSwapFile(System.getProperty("java.io.tmpdir"), 8192, 64), true);
  }

  /** What the template is filled with besides its rows: the parameters, the date, UK locale. */
  Map<String, Object> values(ReportSource source, ReportParameters parameters) {
    Map<String, Object> values = new HashMap<>(parameters(source, parameters));
    values.put(
        "GENERATED", GENERATED.format(LocalDateTime.now(source.clock().withZone(Event.ZONE))));
    values.put(JRParameter.REPORT_LOCALE, Locale.UK);
    values.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(Event.ZONE));
    return values;
  }

  /** The detail rows as JasperReports reads them, each counted as it is read. */
  private static JRResultSetDataSource counted(ReportSource.Cursor rows) {
    return new JRResultSetDataSource(rows.resultSet()) {
      @Override
      public boolean next() throws JRException {
        boolean more = super.next();
        if (more) {
          rows.rowsRead().accept(1);
        }
        return more;
      }
    };
  }

  /**
   * Exports filled pages as the document's PDF/UA-1 file: tagged, titled, in British English, page
   * furniture marked as such, with the metadata PDF/UA asks for ({@link AccessiblePdfExporter}).
   */
  void export(JasperPrint print, OutputStream out) throws JRException {
    export(new AccessiblePdfExporter(title(), AUTHOR, CREATOR), print, out);
  }

  /** Exports with a JasperReports exporter configured as every Landscape PDF is. */
  void export(JRPdfExporter exporter, JasperPrint print, OutputStream out) throws JRException {
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(title());
    configuration.setMetadataAuthor(AUTHOR);
    configuration.setMetadataCreator(CREATOR);
    configuration.setDisplayMetadataTitle(true);
    configuration.setTagged(true);
    configuration.setTagLanguage("en-GB");
    exporter.setConfiguration(configuration);
    SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
    report.setForceLineBreakPolicy(false);
    exporter.setConfiguration(report);
    exporter.exportReport();
  }

  /** The compiled template, loaded once. */
  JasperReport report() throws JRException {
    JasperReport r = compiled;
    if (r == null) {
      String path = "/reports/" + template() + ".jasper";
      try (InputStream in = JasperPdf.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new ReportException(
              "The compiled template " + path + " is missing: build the reports module");
        }
        r = (JasperReport) JRLoader.loadObject(in);
      } catch (IOException e) {
        throw new JRException("Cannot read " + path, e);
      }
      compiled = r;
    }
    return r;
  }
}
