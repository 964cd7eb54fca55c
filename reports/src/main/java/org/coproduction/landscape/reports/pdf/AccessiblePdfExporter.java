package org.coproduction.landscape.reports.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import net.sf.jasperreports.crosstabs.JRCellContents;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.export.PdfConstants;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.classic.ClassicPdfContent;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.PdfContent;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;

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
 *   <li>every header cell says whether it heads its column or its row ({@code /Scope}).
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

  private final Tags tags;

  AccessiblePdfExporter() {
    super(JasperPdf.CONTEXT);
    tags = new Tags(this);
    tagHelper = tags;
  }

  @Override
  protected PdfProducerFactory getPdfProducerFactory() {
    return context -> new Producer(context, tags);
  }

  @Override
  public void exportText(JRPrintText text) {
    if (!"true".equals(text.getPropertiesMap().getProperty(ARTIFACT)) && !tags.furniture(text)) {
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

    /** The element of a reprinted header being drawn now, as furniture. */
    private JRPrintElement furniture;

    Tags(JRPdfExporter exporter) {
      super(exporter);
    }

    void page(PdfContentByte content) {
      this.page = content;
    }

    /** Whether this element is part of a header printed again, drawn as furniture. */
    boolean furniture(JRPrintElement element) {
      return element == furniture;
    }

    @Override
    protected void startElement(JRPrintElement element) {
      String repeated = property(element, REPEATED);
      if ("first".equals(repeated)) {
        reprint = repeatedTableOpen;
      }
      if (isTagged && repeated != null && reprint) {
        furniture = element;
        return;
      }
      super.startElement(element);
      if (repeated != null && "start".equals(property(element, PdfConstants.PROPERTY_TAG_TABLE))) {
        repeatedTableOpen = true;
      }
    }

    @Override
    protected void endElement(JRPrintElement element) {
      if (element == furniture) {
        furniture = null;
        return;
      }
      super.endElement(element);
      if ("end".equals(property(element, PdfConstants.PROPERTY_TAG_TABLE))) {
        repeatedTableOpen = false;
      }
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

    @Override
    protected void startText(boolean isHyperlink) {
      if (!artifact) {
        super.startText(isHyperlink);
        if (isTagged) {
          open++;
        }
      }
    }

    @Override
    protected void startText(String text, boolean isHyperlink) {
      if (!artifact) {
        super.startText(text, isHyperlink);
        if (isTagged) {
          open++;
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

  /** OpenPDF as JasperReports drives it, its drawing marked as furniture where untagged. */
  static final class Producer extends ClassicPdfProducer {

    private final Tags tags;
    private Furniture content;

    Producer(PdfProducerContext context, Tags tags) {
      super(context);
      this.tags = tags;
    }

    @Override
    public PdfContent createPdfContent() {
      super.createPdfContent();
      content = new Furniture(getPdfWriter(), getContext().getCMYKColorSpace(), tags);
      tags.page(content.getPdfContentByte());
      return content;
    }

    @Override
    public PdfContent getPdfContent() {
      return content;
    }

    @Override
    public void newPage() {
      super.newPage();
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
