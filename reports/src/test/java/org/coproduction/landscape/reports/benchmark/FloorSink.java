package org.coproduction.landscape.reports.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;
import org.coproduction.landscape.reports.sheet.CellXml;
import org.coproduction.landscape.reports.sheet.Column;
import org.coproduction.landscape.reports.sheet.SpreadsheetText;
import org.coproduction.landscape.reports.sheet.WorkbookWriter;

/**
 * The floor: the same cells as the same sheet XML as the reports' writer (inline strings, a style
 * per cell, the same number formats, whole numbers without ".0", frozen header, filter) written
 * straight through a {@link ZipOutputStream} at the same deflate level as the writers ({@link
 * WorkbookWriter#DEFLATE_LEVEL}). Nothing can write the workbook with less work; what a real writer
 * adds on top is its overhead.
 */
final class FloorSink implements CellSink {

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private final ZipOutputStream zip;
  private final Writer xml;
  private final List<String> sheets = new ArrayList<>();
  private List<Column> columns;
  private String[] letters;
  private int row;
  private int column;
  private boolean open;

  FloorSink(OutputStream out) {
    zip =
        new ZipOutputStream(new java.io.BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
    zip.setLevel(WorkbookWriter.DEFLATE_LEVEL);
    xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public void sheet(String name, List<Column> columns) throws IOException {
    sheets.add(name);
    this.columns = columns;
    letters = new String[columns.size()];
    for (int c = 0; c < letters.length; c++) {
      letters[c] = CellReference.convertNumToColString(c);
    }
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets.size() + ".xml"));
    xml.write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>");
    for (int c = 0; c < columns.size(); c++) {
      xml.write(
          "<col min=\""
              + (c + 1)
              + "\" max=\""
              + (c + 1)
              + "\" width=\""
              + columns.get(c).width()
              + "\" customWidth=\"1\"/>");
    }
    xml.write("</cols><sheetData><row r=\"1\">");
    for (int c = 0; c < columns.size(); c++) {
      xml.write("<c r=\"" + letters[c] + "1\" s=\"1\" t=\"inlineStr\"><is><t>");
      escape(columns.get(c).title());
      xml.write("</t></is></c>");
    }
    xml.write("</row>\n");
    row = 1;
    open = false;
  }

  @Override
  public void row() {
    try {
      if (open) {
        xml.write("</row>\n");
      }
      row++;
      column = 0;
      xml.write("<row r=\"");
      xml.write(Integer.toString(row));
      xml.write("\">\n");
      open = true;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void text(String value) {
    try {
      if (value != null && !value.isEmpty()) {
        cell(SpreadsheetText.needsProtection(value) ? 6 : 0, "inlineStr");
        xml.write(CellXml.keepsSpace(value) ? "<is><t xml:space=\"preserve\">" : "<is><t>");
        escape(value);
        xml.write("</t></is></c>");
      }
      column++;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void number(Long value) {
    value(value == null ? null : Long.toString(value), 2);
  }

  @Override
  public void money(BigDecimal value) {
    value(value == null ? null : CellXml.number(value.doubleValue()), 3);
  }

  @Override
  public void date(LocalDate value) {
    value(value == null ? null : Long.toString(ChronoUnit.DAYS.between(EXCEL_EPOCH, value)), 4);
  }

  private void value(String v, int style) {
    try {
      if (v != null) {
        cell(style, null);
        xml.write("<v>");
        xml.write(v);
        xml.write("</v></c>");
      }
      column++;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void cell(int style, String type) throws IOException {
    xml.write("<c r=\"");
    xml.write(letters[column]);
    xml.write(Integer.toString(row));
    xml.write("\" s=\"");
    xml.write(Integer.toString(style));
    if (type != null) {
      xml.write("\" t=\"");
      xml.write(type);
    }
    xml.write("\">");
  }

  private void escape(String s) throws IOException {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char ch = s.charAt(i);
      plain = ch >= 0x20 && ch != '<' && ch != '>' && ch != '&' && ch != '"';
    }
    if (plain) {
      xml.write(s);
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> xml.write("&lt;");
        case '>' -> xml.write("&gt;");
        case '&' -> xml.write("&amp;");
        case '"' -> xml.write("&quot;");
        default -> {
          if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
            xml.write(' ');
          } else {
            xml.write(ch);
          }
        }
      }
    }
  }

  @Override
  public void endSheet() throws IOException {
    if (open) {
      xml.write("</row>\n");
    }
    xml.write(
        "</sheetData><autoFilter ref=\"A1:"
            + letters[letters.length - 1]
            + Math.max(row, 2)
            + "\"/></worksheet>");
    xml.flush();
    zip.closeEntry();
  }

  @Override
  public void finish() throws IOException {
    entry(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + sheetOverrides()
            + "</Types>");
    entry(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    StringBuilder wb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
    StringBuilder rels =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 0; i < sheets.size(); i++) {
      wb.append("<sheet name=\"")
          .append(sheets.get(i))
          .append("\" sheetId=\"")
          .append(i + 1)
          .append("\" r:id=\"rId")
          .append(i + 1)
          .append("\"/>");
      rels.append("<Relationship Id=\"rId")
          .append(i + 1)
          .append(
              "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
          .append(i + 1)
          .append(".xml\"/>");
    }
    rels.append("<Relationship Id=\"rId")
        .append(sheets.size() + 1)
        .append(
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
    entry("xl/workbook.xml", wb.append("</sheets></workbook>").toString());
    entry("xl/_rels/workbook.xml.rels", rels.toString());
    entry(
        "xl/styles.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"#,##0\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.00\"/><numFmt numFmtId=\"166\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/></patternFill></fill></fills>"
            + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"7\">"
            + "<xf/><xf fontId=\"1\" fillId=\"2\" applyFont=\"1\" applyFill=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" applyNumberFormat=\"1\"/><xf numFmtId=\"166\" applyNumberFormat=\"1\"/><xf/><xf quotePrefix=\"1\"/></cellXfs></styleSheet>");
    xml.flush();
    zip.finish();
    zip.flush();
  }

  private String sheetOverrides() {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= sheets.size(); i++) {
      b.append("<Override PartName=\"/xl/worksheets/sheet")
          .append(i)
          .append(
              ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    return b.toString();
  }

  private void entry(String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    xml.write(content);
    xml.flush();
    zip.closeEntry();
  }

  @Override
  public void close() {}
}
