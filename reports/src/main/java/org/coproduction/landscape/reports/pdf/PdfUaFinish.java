package org.coproduction.landscape.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The last two things PDF/UA-1 asks of a PDF that JasperReports' PDF library (OpenPDF) does not
 * write: metadata saying the file claims PDF/UA-1 ({@code pdfuaid:part}) with the document's title,
 * and font descriptors without a {@code CIDSet} (OpenPDF's lists only the glyphs used, not every
 * glyph its subset carries, so a checker rightly calls it incomplete; the entry is optional).
 *
 * <p>The exported file is amended, not rewritten: only the catalog and the font descriptors are
 * appended as an incremental update, so the cost does not grow with the number of pages' content.
 */
final class PdfUaFinish {

  static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

  private PdfUaFinish() {}

  /** Writes the exported PDF to {@code out}, amended as PDF/UA-1 asks. */
  static void finish(Path exported, String title, String author, String creator, OutputStream out)
      throws IOException {
    try (PDDocument document =
        Loader.loadPDF(exported.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      Set<COSDictionary> changed = new HashSet<>();
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      PDMetadata metadata = new PDMetadata(document);
      metadata.importXMPMetadata(xmp(title, author, creator));
      catalog.setMetadata(metadata);
      changed.add(catalog.getCOSObject());
      Set<COSBase> seen = new HashSet<>();
      for (PDPage page : document.getPages()) {
        withoutCidSet(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), seen, changed);
      }
      document.saveIncremental(out, changed);
    }
  }

  /** The XMP packet: Dublin Core title and creator, the creating tool, the PDF/UA claim. */
  static byte[] xmp(String title, String author, String creator) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.addCreator(author);
    dc.setFormat("application/pdf");
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(creator);
    XMPSchema ua = new XMPSchema(xmp, PDFUA_NAMESPACE, "pdfuaid");
    ua.addProperty(xmp.getTypeMapping().createInteger(PDFUA_NAMESPACE, "pdfuaid", "part", 1));
    xmp.addSchema(ua);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, bytes, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException("Cannot write the PDF's XMP metadata", e);
    }
    return bytes.toByteArray();
  }

  /** Removes CIDSet from every composite font of these resources and of the forms they draw. */
  private static void withoutCidSet(
      COSDictionary resources, Set<COSBase> seen, Set<COSDictionary> changed) {
    if (resources == null || !seen.add(resources)) {
      return;
    }
    COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
    if (fonts != null) {
      for (COSName name : fonts.keySet()) {
        if (fonts.getDictionaryObject(name) instanceof COSDictionary font
            && seen.add(font)
            && font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray cids) {
          for (int i = 0; i < cids.size(); i++) {
            if (cids.getObject(i) instanceof COSDictionary cid
                && cid.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor
                && descriptor.containsKey(COSName.CID_SET)) {
              descriptor.removeItem(COSName.CID_SET);
              changed.add(descriptor);
            }
          }
        }
      }
    }
    COSDictionary forms = resources.getCOSDictionary(COSName.XOBJECT);
    if (forms != null) {
      for (COSName name : forms.keySet()) {
        if (forms.getDictionaryObject(name) instanceof COSDictionary form
            && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))
            && seen.add(form)) {
          withoutCidSet(form.getCOSDictionary(COSName.RESOURCES), seen, changed);
        }
      }
    }
  }
}
