/**
 * The one sheet writer every workbook is written with: POI's streaming workbook ({@link
 * org.coproduction.landscape.reports.sheet.WorkbookWriter}) with its cells written by this package
 * ({@link org.coproduction.landscape.reports.sheet.SheetFileWriter}), typed columns with their
 * widths and notes ({@link org.coproduction.landscape.reports.sheet.Column}), styles made once,
 * text made safe for a spreadsheet ({@link
 * org.coproduction.landscape.reports.sheet.SpreadsheetText}) and the About sheet that ends every
 * workbook. It knows nothing of the landscape: the documents ({@code workbook}, {@code exchange})
 * use it, never the other way round.
 */
package org.coproduction.landscape.reports.sheet;
