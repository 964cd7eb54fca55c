package org.coproduction.landscape.reports;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The check a publisher runs before putting a PDF on a public body's website: veraPDF's PDF/UA-1
 * profile (ISO 14289-1), the machine-checkable part of "accessible PDF" under the Public Sector
 * Bodies Accessibility Regulations. Run as a library from Maven Central, offline.
 */
public final class PdfUa {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfUa() {}

  /**
   * The PDF/UA-1 rules the document breaks, one line each: the clause and test number, how many
   * times, veraPDF's description of the rule and the first place it failed. Empty when compliant.
   */
  public static List<String> failedRules(byte[] pdf) {
    PDFAFlavour flavour = PDFAFlavour.PDFUA_1;
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, List<TestAssertion>> byRule = new TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
          byRule.computeIfAbsent(rule, r -> new java.util.ArrayList<>()).add(a);
        }
      }
      return byRule.entrySet().stream()
          .map(
              e -> {
                TestAssertion first = e.getValue().get(0);
                return e.getKey()
                    + " ×"
                    + e.getValue().size()
                    + " "
                    + first.getMessage()
                    + " at "
                    + first.getLocation().getContext();
              })
          .collect(Collectors.toList());
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not read the PDF", e);
    }
  }
}
