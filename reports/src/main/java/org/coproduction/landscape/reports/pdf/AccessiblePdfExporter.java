package org.coproduction.landscape.reports.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.DublinCoreSchema;
import com.lowagie.text.xml.xmp.LangAlt;
import com.lowagie.text.xml.xmp.XmpBasicSchema;
import com.lowagie.text.xml.xmp.XmpSchema;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.color.ColorSpace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.jasperreports.crosstabs.JRCellContents;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.export.PdfConstants;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.classic.ClassicPdfContent;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.PdfContent;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;

/**
 * JasperReports' PDF exporter, tagging what a screen reader must read and marking the rest as page
 * furniture, as PDF/UA-1 (ISO 14289-1) asks of a document a public body publishes.
 *
 * <p>JasperReports tags text, images, headings and tables but leaves the rules, cell backgrounds
 * and borders it draws outside any tag, and a reader meeting such content cannot tell furniture
 * from meaning. Here:
 *
 * <ul>
 *   <li>every drawing made outside a tag is marked {@code /Artifact}, and so is the blank each page
 *       begins with as a link target;
 *   <li>a text element with the property {@value #ARTIFACT} (the running footer, the page number)
 *       is drawn as furniture, untagged;
 *   <li>a table whose header the report prints again at the top of each page (a group header with
 *       {@code reprintHeaderOnEachPage}) is one table for a screen reader: its header elements
 *       carry {@value #REPEATED} ({@code first} on the first of them, {@code next} on the others),
 *       and when they are printed while their table is still open they are furniture, not a new
 *       header row; the table ends where an element's {@code tag.table} property says {@code end};
 *   <li>a table component (a section's table) that runs onto the next page is one table too:
 *       JasperReports tags each page's part as a table of its own, with the column titles again;
 *       here the part that opens the next page continues the table, its titles as furniture;
 *   <li>every header cell says whether it heads its column or its row ({@code /Scope});
 *   <li>the document carries XMP metadata with its title and the claim of PDF/UA-1 ({@code
 *       pdfuaid:part}), and its subset fonts no {@code CIDSet}: OpenPDF's lists the glyphs used,
 *       not every glyph the subset carries, so a checker rightly calls it incomplete, and the entry
 *       is optional.
 * </ul>
 */
final class AccessiblePdfExporter extends JRPdfExporter {

  /** The prefix of the element properties this exporter reads. */
  static final String PROPERTY_PREFIX = "org.coproduction.landscape.pdf.";

  /** Element property: when {@code true}, the element is page furniture, drawn but not read out. */
  static final String ARTIFACT = PROPERTY_PREFIX + "artifact";

  /**
   * Element property of a header the report prints again on each page: {@code first} on its first
   * element, {@code next} on the others.
   */
  static final String REPEATED = PROPERTY_PREFIX + "repeated";

  /** The marked-content tag of page furniture. */
  static final PdfName ARTIFACT_TAG = new PdfName("Artifact");

  /** The namespace of the PDF/UA identification schema in XMP. */
  static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

  private final Tags tags;
  private final byte[] xmp;

  /** An exporter for one document, with its title, author and creating tool. */
  AccessiblePdfExporter(String title, String author, String creator) {
    super(JasperPdf.CONTEXT);
    tags = new Tags(this);
    tagHelper = tags;
    xmp = xmp(title, author, creator);
  }

  @Override
  protected PdfProducerFactory getPdfProducerFactory() {
    return context -> new Producer(context, tags, xmp);
  }

  /** The XMP packet: Dublin Core title and creator, the creating tool, the claim of PDF/UA-1. */
  static byte[] xmp(String title, String author, String creator) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XmpWriter xmp = new XmpWriter(bytes)) {
      DublinCoreSchema dc = new DublinCoreSchema();
      LangAlt titled = new LangAlt();
      titled.addLanguage(LangAlt.DEFAULT, title);
      dc.setProperty(DublinCoreSchema.TITLE, titled);
      dc.addAuthor(author);
      dc.setProperty(DublinCoreSchema.FORMAT, "application/pdf");
      xmp.addRdfDescription(dc);
      XmpBasicSchema basic = new XmpBasicSchema();
      basic.addCreatorTool(creator);
      xmp.addRdfDescription(basic);
      XmpSchema ua = new XmpSchema(" xmlns:pdfuaid=\"" + PDFUA_NAMESPACE + "\"") {};
      ua.setProperty("pdfuaid:part", "1");
      xmp.addRdfDescription(ua);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the PDF's XMP metadata", e);
    }
    return bytes.toByteArray();
  }

  @Override
  public void exportText(JRPrintText text) {
    if (!"true".equals(text.getPropertiesMap().getProperty(ARTIFACT)) && !tags.furniture()) {
      super.exportText(text);
      return;
    }
    tags.beginArtifact();
    try {
      super.exportText(text);
    } finally {
      tags.endArtifact();
    }
  }

  /**
   * The structure as JasperReports builds it, counting the marked-content sequences open on the
   * page so that furniture is marked only outside them, and giving header cells their scope.
   */
  static final class Tags extends JRPdfExporterTagHelper {

    private int open;
    private boolean artifact;
    private PdfContentByte page;

    /** Whether a table begun by a repeated header is open. */
    private boolean repeatedTableOpen;

    /** Whether the repeated header being printed is a reprint, within its open table. */
    private boolean reprint;

    /** The outermost element being drawn as furniture now, with all it contains. */
    private JRPrintElement furniture;

    /** The table a table component last ended, on which page, and which element filled it. */
    private PdfStructureEntry lastTable;

    private int lastTableSource;
    private int lastTablePage;

    /** The page being exported, and whether anything on it was tagged yet. */
    private int pageIndex;

    private boolean taggedOnPage;

    /** The part of a table component continued from the page before, being exported now. */
    private JRPrintElement continuedTable;

    Tags(JRPdfExporter exporter) {
      super(exporter);
    }

    /** The content of the page being drawn, where artifacts are marked. */
    void page(PdfContentByte content) {
      this.page = content;
    }

    /** Whether the element being exported now is drawn as furniture. */
    boolean furniture() {
      return furniture != null;
    }

    @Override
    protected void startPage() {
      super.startPage();
      pageIndex++;
      taggedOnPage = false;
    }

    @Override
    protected void startElement(JRPrintElement element) {
      if (furniture != null) {
        return;
      }
      String repeated = property(element, REPEATED);
      if (isTagged) {
        if (continues(element)) {
          tagStack.push(lastTable);
          continuedTable = element;
          return;
        }
        if ("first".equals(repeated)) {
          reprint = repeatedTableOpen;
        }
        if ((repeated != null && reprint)
            || (continuedTable != null
                && property(element, PdfConstants.PROPERTY_TAG_TH) != null)) {
          furniture = element;
          return;
        }
      }
      super.startElement(element);
      if (isTagged && "start".equals(property(element, PdfConstants.PROPERTY_TAG_TABLE))) {
        PdfStructureElement table = innermost(TABLE);
        if (table != null) {
          closedByAnEnd.add(table);
        }
      }
      if (repeated != null && "start".equals(property(element, PdfConstants.PROPERTY_TAG_TABLE))) {
        repeatedTableOpen = true;
      }
    }

    @Override
    protected void endElement(JRPrintElement element) {
      if (furniture != null) {
        if (element == furniture) {
          furniture = null;
        }
        return;
      }
      if (isTagged && tableComponent(element)) {
        PdfStructureEntry table = tagStack.peek();
        if (element == continuedTable) {
          tagStack.pop();
          continuedTable = null;
        } else {
          super.endElement(element);
        }
        lastTable = table;
        lastTableSource = element.getSourceElementId();
        lastTablePage = pageIndex;
        return;
      }
      boolean tableEnds = "end".equals(property(element, PdfConstants.PROPERTY_TAG_TABLE));
      PdfStructureElement row = ending(element, PdfConstants.PROPERTY_TAG_TR, ROW);
      PdfStructureElement table =
          tableEnds ? ending(element, PdfConstants.PROPERTY_TAG_TABLE, TABLE) : null;
      super.endElement(element);
      try {
        if (row != null && closedByAnEnd.contains(row.getParent())) {
          writeInPlace(row);
        } else {
          written(row);
        }
        written(table);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the PDF's structure", e);
      }
      closedByAnEnd.remove(table);
      if (tableEnds) {
        repeatedTableOpen = false;
      }
    }

    /*
     * OpenPDF keeps every structure element in memory until the document closes, and then writes
     * the tree: one element for each cell of each row, which for a directory of 100,000 networks is
     * more than the heap a report may take. Here a finished row or table is written into the file
     * at once. A table that a later element closes ("start" ... "end": the directory of networks,
     * the funder's grants) holds its finished rows as references until it closes; its rows, and
     * the rows of any other table, keep their place in the tree with their cells written and
     * referred to through one array. What is read is the same tree.
     */

    /** Tables begun by a "start" tag, to be closed by an "end" one (identity, not content). */
    private final Set<PdfStructureElement> closedByAnEnd =
        Collections.newSetFromMap(new IdentityHashMap<>());

    /** The innermost open element of the type, or null. */
    private PdfStructureElement innermost(PdfName type) {
      for (int i = tagStack.size() - 1; i >= 0; i--) {
        if (tagStack.get(i) instanceof ClassicStructureEntry entry
            && type.equals(entry.getElement().getAsName(PdfName.S))) {
          return entry.getElement();
        }
      }
      return null;
    }

    /**
     * The element of type {@code type} that {@code element} closes (its tag property {@code end} or
     * {@code full}), or null.
     */
    private PdfStructureElement ending(JRPrintElement element, String property, PdfName type) {
      String tag = property(element, property);
      return isTagged && ("end".equals(tag) || "full".equals(tag)) ? innermost(type) : null;
    }

    /** Writes a finished row whole, its table holding a reference to it in its place. */
    private void writeInPlace(PdfStructureElement row) throws IOException {
      PdfArray rows = (PdfArray) row.getParent().get(PdfName.K);
      for (int i = rows.size() - 1; i >= 0; i--) {
        if (rows.getPdfObject(i) == row) {
          write(page.getPdfWriter(), row);
          rows.set(i, row.getReference());
          return;
        }
      }
    }

    /**
     * Writes what a finished element holds, which then refers to its kids through one array written
     * beside them.
     */
    private void written(PdfStructureElement finished) throws IOException {
      if (finished == null
          || !(finished.get(PdfName.K) instanceof PdfArray kids)
          || !branch(kids)) {
        return;
      }
      PdfWriter writer = page.getPdfWriter();
      writeKids(writer, kids);
      finished.put(PdfName.K, writer.addToBody(kids).getIndirectReference());
    }

    /** Before the document closes: the tables still waiting for their end are written too. */
    void close() {
      try {
        for (PdfStructureElement table : closedByAnEnd) {
          written(table);
        }
        closedByAnEnd.clear();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the PDF's structure", e);
      }
    }

    /** Writes a structure element and everything under it, as OpenPDF does at the close. */
    private static void write(PdfWriter writer, PdfStructureElement element) throws IOException {
      if (element.get(PdfName.K) instanceof PdfArray kids && branch(kids)) {
        writeKids(writer, kids);
      }
      writer.addToBody(element, element.getReference());
    }

    /** Writes the kids not yet written, each then held by its reference. */
    private static void writeKids(PdfWriter writer, PdfArray kids) throws IOException {
      for (int i = 0; i < kids.size(); i++) {
        if (kids.getPdfObject(i) instanceof PdfStructureElement kid) {
          write(writer, kid);
          kids.set(i, kid.getReference());
        }
      }
    }

    /** Kids that are structure elements or references to them, not marked-content numbers. */
    private static boolean branch(PdfArray kids) {
      return !kids.isEmpty() && !kids.getPdfObject(0).isNumber();
    }

    /** A table component's part on one page (JasperReports tags each part as a whole table). */
    private static boolean tableComponent(JRPrintElement element) {
      return element instanceof JRPrintFrame
          && "full".equals(property(element, PdfConstants.PROPERTY_TAG_TABLE));
    }

    /**
     * Whether this is the next part of the table a table component began on an earlier page: it
     * comes from the same element and opens its page. Such a part goes on the same table, and the
     * column titles printed again at its top are furniture.
     */
    private boolean continues(JRPrintElement element) {
      return tableComponent(element)
          && lastTable != null
          && element.getSourceElementId() == lastTableSource
          && pageIndex > lastTablePage
          && !taggedOnPage;
    }

    private static String property(JRPrintElement element, String name) {
      return element.hasProperties() ? element.getPropertiesMap().getProperty(name) : null;
    }

    /** Whether content drawn now already lies within a tag or an artifact. */
    boolean marked() {
      return open > 0;
    }

    void beginArtifact() {
      page.beginMarkedContentSequence(ARTIFACT_TAG);
      open++;
      artifact = true;
    }

    void endArtifact() {
      artifact = false;
      open--;
      page.endMarkedContentSequence();
    }

    /**
     * The blank JasperReports writes at the top of each page as a link target is furniture: a
     * screen reader would otherwise meet an empty element on every page.
     */
    @Override
    protected void startPageAnchor() {
      if (isTagged) {
        beginArtifact();
      }
    }

    @Override
    protected void endPageAnchor() {
      if (isTagged) {
        endArtifact();
      }
    }

    @Override
    protected void startImage(JRPrintImage image) {
      super.startImage(image);
      if (isTagged) {
        open++;
      }
    }

    @Override
    protected void endImage() {
      super.endImage();
      if (isTagged) {
        open--;
      }
    }

    /**
     * Text in a table cell or a heading is marked as that element's own content, not wrapped in a
     * further "Text" element as JasperReports does: the structure a screen reader walks is the
     * same, and the tree OpenPDF holds until the document closes is half the size.
     */
    @Override
    protected void startText(boolean isHyperlink) {
      if (artifact) {
        return;
      }
      if (isTagged && !isHyperlink && holdsItsText(tagStack.peek())) {
        PdfDictionary element = ((ClassicStructureEntry) tagStack.peek()).getElement();
        if (element.get(PdfName.K) instanceof PdfArray kids && kids.isEmpty()) {
          element.remove(PdfName.K); // OpenPDF marks content on an element with no kids or MCIDs
        }
        page.beginMarkedContentSequence((com.lowagie.text.pdf.PdfStructureElement) element);
      } else {
        super.startText(isHyperlink);
      }
      if (isTagged) {
        open++;
        taggedOnPage = true;
      }
    }

    private static final PdfName ROW = new PdfName("TR");
    private static final PdfName TABLE = new PdfName("Table");

    private static final Set<PdfName> OWN_TEXT =
        Set.of(
            new PdfName("TD"),
            new PdfName("TH"),
            new PdfName("H1"),
            new PdfName("H2"),
            new PdfName("H3"),
            new PdfName("H4"),
            new PdfName("H5"),
            new PdfName("H6"));

    /** A cell or heading that holds marked content, or nothing yet, but no element of its own. */
    private static boolean holdsItsText(PdfStructureEntry entry) {
      if (!(entry instanceof ClassicStructureEntry e)
          || !OWN_TEXT.contains(e.getElement().getAsName(PdfName.S))) {
        return false;
      }
      PdfObject kids = e.getElement().get(PdfName.K);
      return kids == null
          || kids.isNumber()
          || (kids instanceof PdfArray a && (a.isEmpty() || a.getPdfObject(0).isNumber()));
    }

    @Override
    protected void startText(String text, boolean isHyperlink) {
      if (!artifact) {
        super.startText(text, isHyperlink);
        if (isTagged) {
          open++;
          taggedOnPage = true;
        }
      }
    }

    @Override
    protected void endText() {
      if (!artifact) {
        super.endText();
        if (isTagged) {
          open--;
        }
      }
    }

    @Override
    protected void createThStartTag(JRPrintElement element) {
      super.createThStartTag(element);
      String cell =
          element.hasProperties()
              ? element.getPropertiesMap().getProperty(JRCellContents.PROPERTY_TYPE)
              : null;
      PdfName scope =
          JRCellContents.TYPE_ROW_HEADER.equals(cell) ? new PdfName("Row") : new PdfName("Column");
      PdfDictionary th = ((ClassicStructureEntry) tagStack.peek()).getElement();
      PdfObject attributes = th.get(PdfName.A);
      PdfDictionary table;
      if (attributes instanceof PdfArray spans && spans.size() > 0) {
        table = spans.getAsDict(0);
      } else {
        table = new PdfDictionary();
        table.put(PdfName.O, PdfName.TABLE);
        th.put(PdfName.A, table);
      }
      table.put(new PdfName("Scope"), scope);
    }
  }

  /**
   * OpenPDF as JasperReports drives it: its drawing marked as furniture where untagged, its
   * metadata set, its fonts without CIDSet, its record of what it has written kept small ({@link
   * PdfBookkeeping}).
   */
  static final class Producer extends ClassicPdfProducer {

    private final Tags tags;
    private final byte[] xmp;
    private Furniture content;
    private PdfBookkeeping bookkeeping;

    Producer(PdfProducerContext context, Tags tags, byte[] xmp) {
      super(context);
      this.tags = tags;
      this.xmp = xmp;
    }

    @Override
    public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
      PdfDocumentWriter writer = super.createWriter(os);
      getPdfWriter().setXmpMetadata(xmp);
      return writer;
    }

    /**
     * Every font the document draws with, text and charts alike. OpenPDF shares a font between
     * documents, so every Landscape PDF leaves the CIDSet out.
     */
    @Override
    public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
      Font font = super.getFont(attributes, locale);
      if (font.getBaseFont() != null) {
        font.getBaseFont().setIncludeCidSet(false);
      }
      return font;
    }

    @Override
    public PdfContent createPdfContent() {
      super.createPdfContent();
      bookkeeping = new PdfBookkeeping(getPdfWriter());
      content = new Furniture(getPdfWriter(), getContext().getCMYKColorSpace(), tags);
      tags.page(content.getPdfContentByte());
      return content;
    }

    @Override
    public PdfContent getPdfContent() {
      return content;
    }

    @Override
    public void close() {
      tags.close();
      super.close();
    }

    @Override
    public void newPage() {
      super.newPage();
      bookkeeping.pageFinished();
      content.refreshContent();
      tags.page(content.getPdfContentByte());
    }
  }

  /** The drawing operations (rules, fills, borders), each marked as an artifact outside a tag. */
  static final class Furniture extends ClassicPdfContent {

    private final Tags tags;

    Furniture(PdfWriter writer, ColorSpace cmyk, Tags tags) {
      super(writer, cmyk);
      this.tags = tags;
    }

    private void drawn(Runnable drawing) {
      if (tags.marked()) {
        drawing.run();
        return;
      }
      PdfContentByte page = getPdfContentByte();
      page.beginMarkedContentSequence(ARTIFACT_TAG);
      drawing.run();
      page.endMarkedContentSequence();
    }

    @Override
    public void strokeLine(float x1, float y1, float x2, float y2) {
      drawn(() -> super.strokeLine(x1, y1, x2, y2));
    }

    @Override
    public void fillRectangle(float x, float y, float width, float height) {
      drawn(() -> super.fillRectangle(x, y, width, height));
    }

    @Override
    public void fillRoundRectangle(float x, float y, float width, float height, float radius) {
      drawn(() -> super.fillRoundRectangle(x, y, width, height, radius));
    }

    @Override
    public void strokeRoundRectangle(float x, float y, float width, float height, float radius) {
      drawn(() -> super.strokeRoundRectangle(x, y, width, height, radius));
    }

    @Override
    public void fillEllipse(float x1, float y1, float x2, float y2) {
      drawn(() -> super.fillEllipse(x1, y1, x2, y2));
    }

    @Override
    public void strokeEllipse(float x1, float y1, float x2, float y2) {
      drawn(() -> super.strokeEllipse(x1, y1, x2, y2));
    }
  }
}
