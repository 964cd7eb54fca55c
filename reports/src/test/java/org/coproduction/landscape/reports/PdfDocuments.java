package org.coproduction.landscape.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back with PDFBox: its text, its pages' sizes, its fonts, and what a screen reader
 * meets: the structure tree, and which text on a page is tagged and which is furniture.
 */
public final class PdfDocuments {

  private PdfDocuments() {}

  public static PDDocument open(byte[] pdf) throws IOException {
    return Loader.loadPDF(pdf);
  }

  public static String text(PDDocument document) throws IOException {
    return new PDFTextStripper().getText(document);
  }

  /** Every font used on any page, including inside form XObjects (charts). */
  public static List<PDFont> fonts(PDDocument document) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      collect(page.getResources(), fonts);
    }
    return fonts;
  }

  private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collect(form.getResources(), fonts);
      }
    }
  }

  /** Every structure element, depth first in reading order. */
  public static List<PDStructureElement> structure(PDDocument document) {
    List<PDStructureElement> elements = new ArrayList<>();
    collect(document.getDocumentCatalog().getStructureTreeRoot().getKids(), elements);
    return elements;
  }

  private static void collect(List<Object> kids, List<PDStructureElement> elements) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement e) {
        elements.add(e);
        collect(e.getKids(), elements);
      }
    }
  }

  /** The structure elements of a type directly under an element. */
  public static List<PDStructureElement> children(PDStructureElement parent, String type) {
    List<PDStructureElement> found = new ArrayList<>();
    for (Object kid : parent.getKids()) {
      if (kid instanceof PDStructureElement e && e.getStructureType().equals(type)) {
        found.add(e);
      }
    }
    return found;
  }

  /** A run of a page's content as marked: its tag ("Artifact" for furniture) and its text. */
  public record Marked(String tag, int mcid, String text) {
    public boolean artifact() {
      return tag.equals("Artifact");
    }
  }

  /** The marked-content sequences of a page, in order, each with the text drawn inside it. */
  public static List<Marked> marked(PDPage page) throws IOException {
    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
    extractor.processPage(page);
    List<Marked> marked = new ArrayList<>();
    for (PDMarkedContent content : extractor.getMarkedContents()) {
      StringBuilder text = new StringBuilder();
      for (Object o : content.getContents()) {
        if (o instanceof TextPosition p) {
          text.append(p.getUnicode());
        }
      }
      marked.add(new Marked(content.getTag(), content.getMCID(), text.toString()));
    }
    return marked;
  }

  /** The scope a table header cell declares: "Column", "Row", or "" when none. */
  public static String scope(PDStructureElement th) {
    COSBase a = th.getCOSObject().getDictionaryObject(COSName.A);
    if (a instanceof COSArray array && array.size() > 0) {
      a = array.getObject(0);
    }
    return a instanceof COSDictionary d && d.getCOSName(COSName.getPDFName("Scope")) != null
        ? d.getCOSName(COSName.getPDFName("Scope")).getName()
        : "";
  }

  /** The text of a table's first header cell, read from the content it marks. */
  public static String firstHeaderText(PDStructureElement table) throws IOException {
    for (PDStructureElement row : children(table, "TR")) {
      for (PDStructureElement th : children(row, "TH")) {
        return text(th);
      }
    }
    return null;
  }

  /** The text of the content an element marks, in its pages' order. */
  public static String text(PDStructureElement element) throws IOException {
    StringBuilder text = new StringBuilder();
    List<Marked> onPage = null;
    for (Object kid : element.getKids()) {
      if (kid instanceof Integer mcid) {
        if (onPage == null) {
          onPage = marked(element.getPage()); // the page's content read once, not per MCID
        }
        for (Marked m : onPage) {
          if (m.mcid() == mcid) {
            text.append(m.text());
          }
        }
      } else if (kid instanceof PDStructureElement e) {
        text.append(text(e));
      }
    }
    return text.toString();
  }
}
