package org.coproduction.landscape.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The XMP packet a PDF reader and a checker read: well-formed whatever the title holds. */
class AccessiblePdfExporterTest {

  @Test
  void theMetadataClaimsPdfUaAndKeepsATitleWithMarkupCharactersAsText() throws Exception {
    String title = "Funding from Smith & Sons <Trust> \"2026\"";
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document xmp =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(AccessiblePdfExporter.xmp(title, "Author", "Tool")));
    Element titled =
        (Element)
            xmp.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title")
                .item(0)
                .getFirstChild()
                .getFirstChild();
    assertEquals(title, titled.getTextContent());
    assertEquals("x-default", titled.getAttribute("xml:lang"));
    assertEquals(
        "1",
        xmp.getElementsByTagNameNS(AccessiblePdfExporter.PDFUA_NAMESPACE, "part")
            .item(0)
            .getTextContent());
  }
}
