/**
 * Reports for funders and government, and open-standard exports.
 *
 * <p>Every document is a {@link org.coproduction.landscape.reports.Report}: a name (which is also
 * its file name), the {@link org.coproduction.landscape.reports.ReportParameters} it understands
 * and a {@link org.coproduction.landscape.reports.ReportSource} (the database connection of the
 * caller's transaction). {@link org.coproduction.landscape.reports.Reports} is the boundary that
 * finds every report, produces it into a stream and records the export in the audit log.
 *
 * <p>Figures come from the database already grouped and summed ({@link
 * org.coproduction.landscape.reports.LandscapeFigures}, whose money figures are core's {@code
 * dashboard.LandscapeFigure}); lists of records are read with a cursor and written as they are
 * read. What several documents share lives here: the rows of a grant in 360Giving's shape ({@link
 * org.coproduction.landscape.reports.Giving360}, for the landscape workbook and the 360Giving
 * exports) and the names of areas ({@link org.coproduction.landscape.reports.TableArea}). By
 * document: {@code pdf} (JasperReports), {@code workbook} (the landscape workbook), {@code
 * exchange} (360Giving, iCalendar, Kumu), {@code lists} (each kind of record as rows of a sheet,
 * and the downloads of lists), all written with {@code sheet} (the workbook writer) where they are
 * workbooks; {@code run} keeps the report runs.
 *
 * <h2>Adding a report</h2>
 *
 * <ul>
 *   <li>A PDF: a template {@code src/main/jasperreports/<name>.jrxml} in the JasperReports 7 format
 *       (A4 landscape, fonts of the DejaVu families only, sections as tables over {@code
 *       java.util.List} parameters, the long list as the detail band), with the styles of {@code
 *       reports/styles.jrtx} and, for money by area, sector or status, insights by theme and quoted
 *       insights, the datasets of {@code shared/datasets.jrxml} (added by the build, never declared
 *       again in a template), compiled by the build; and one class extending {@link
 *       org.coproduction.landscape.reports.pdf.JasperPdf} that gives the template's parameters and
 *       the query of its detail rows.
 *   <li>A workbook: one class that writes its sheets with {@link
 *       org.coproduction.landscape.reports.sheet.WorkbookWriter} (typed cells, widths, frozen
 *       header, filter; text made safe by {@link
 *       org.coproduction.landscape.reports.sheet.SpreadsheetText}) and ends with an {@link
 *       org.coproduction.landscape.reports.sheet.About} sheet.
 * </ul>
 *
 * Annotate the class {@code @ApplicationScoped}: the boundary finds it by its name; the web module
 * serves it through {@code Reports.produce(name, parameters, out)}.
 */
package org.coproduction.landscape.reports;
