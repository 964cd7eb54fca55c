package org.coproduction.landscape.reports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
   * The first lines are those of the file's cross-reference table ({@link #crossReferenceErrors}),
   * which veraPDF, like every reader, repairs without a word.
   */
  public static List<String> failedRules(byte[] pdf) {
    List<String> failed = new ArrayList<>(crossReferenceErrors(pdf));
    failed.addAll(veraPdf(pdf));
    return failed;
  }

  /**
   * ISO 32000-1 7.5.4, as the file is written (one cross-reference table, no update): each object
   * the table says is in use starts at the offset it gives ({@code n g obj}). A reader meeting a
   * wrong offset rebuilds the table by scanning the file, slowly, and some give up.
   */
  public static List<String> crossReferenceErrors(byte[] pdf) {
    String file = new String(pdf, StandardCharsets.ISO_8859_1);
    int startxref = file.lastIndexOf("startxref");
    if (startxref < 0) {
      return List.of("7.5.5 no startxref");
    }
    int at = Integer.parseInt(file.substring(startxref + 9).trim().split("\\s+")[0]);
    if (!file.startsWith("xref", at)) {
      return List.of("7.5.4 no cross-reference table at the offset startxref gives (" + at + ")");
    }
    List<String> errors = new ArrayList<>();
    int entries = 0;
    Matcher line = Pattern.compile("(\\d+) (\\d+)\\r?\\n").matcher(file);
    int next = file.indexOf('\n', at) + 1;
    while (line.region(next, file.length()).lookingAt()) {
      int first = Integer.parseInt(line.group(1));
      int count = Integer.parseInt(line.group(2));
      int entry = line.end();
      for (int n = first; n < first + count; n++, entry += 20, entries++) {
        long offset = Long.parseLong(file.substring(entry, entry + 10));
        int generation = Integer.parseInt(file.substring(entry + 11, entry + 16));
        if (file.charAt(entry + 17) == 'n'
            && !file.startsWith(n + " " + generation + " obj", (int) offset)) {
          errors.add("7.5.4 object " + n + " is not at offset " + offset);
        }
      }
      next = entry;
    }
    if (entries == 0 || !file.startsWith("trailer", next)) {
      errors.add("7.5.4 the cross-reference table at " + at + " cannot be read");
    }
    if (errors.size() > 3) {
      int more = errors.size() - 3;
      errors.subList(3, errors.size()).clear();
      errors.add("7.5.4 and " + more + " more objects not at their offsets");
    }
    return errors;
  }

  private static List<String> veraPdf(byte[] pdf) {
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
