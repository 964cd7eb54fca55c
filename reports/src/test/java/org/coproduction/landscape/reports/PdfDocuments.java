package org.coproduction.landscape.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: its text, its pages' sizes, its fonts. */
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
}
