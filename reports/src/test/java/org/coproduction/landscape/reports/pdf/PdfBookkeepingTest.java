package org.coproduction.landscape.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfWriter.PdfBody.PdfCrossReference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.coproduction.landscape.reports.PdfUa;
import org.junit.jupiter.api.Test;

/**
 * OpenPDF's records kept small write the same PDF: the cross-reference table gives OpenPDF the
 * entries its own {@code TreeSet} would, in the same order, and a finished page's marks are written
 * as the same array. That every object of a produced PDF lies where the table says is checked for
 * every PDF of the suite ({@link PdfUa#crossReferenceErrors}).
 */
class PdfBookkeepingTest {

  private static final int RESERVED = 65535;

  @Test
  void theCrossReferenceTableAnswersAsOpenPdfsOwnOverTheWayOpenPdfUsesIt() throws IOException {
    TreeSet<PdfCrossReference> own = new TreeSet<>();
    PdfBookkeeping.CrossReferences compact = new PdfBookkeeping.CrossReferences();
    Random random = new Random(20261206);
    long position = 15;
    add(own, compact, new PdfCrossReference(0, 0, RESERVED));
    for (int number = 1; number < 50_000; number++) {
      // Numbers are handed out (reserved) first, and most objects are written later, some into an
      // object stream, some not at all: OpenPDF replaces the reserved entry when one is written.
      add(own, compact, new PdfCrossReference(number, 0, RESERVED));
      int written = number - random.nextInt(Math.min(number, 300));
      PdfCrossReference entry =
          random.nextInt(5) == 0
              ? new PdfCrossReference(2, written, 1 + random.nextInt(number), random.nextInt(200))
              : new PdfCrossReference(written, position += 1 + random.nextInt(90_000_000));
      replace(own, compact, entry);
    }
    replace(own, compact, new PdfCrossReference(49_999, 9_999_999_999L + 5));

    assertEquals(own.size(), compact.size());
    assertEquals(written(own.first()), written(compact.first()));
    assertEquals(written(own.last()), written(compact.last()));
    List<String> expected = new ArrayList<>();
    own.forEach(entry -> expected.add(written(entry)));
    List<String> actual = new ArrayList<>();
    compact.forEach(entry -> actual.add(written(entry)));
    assertEquals(expected, actual, "every entry as written into the file, in order");
    assertTrue(compact.contains(new PdfCrossReference(123, 0)));
    assertFalse(compact.contains(new PdfCrossReference(50_000, 0)));
  }

  @Test
  void whatOpenPdfDoesNotAskOfTheTableIsRefusedRatherThanAnsweredWrongly() {
    PdfBookkeeping.CrossReferences compact = new PdfBookkeeping.CrossReferences();
    compact.add(new PdfCrossReference(0, 0, RESERVED));
    assertThrows(UnsupportedOperationException.class, compact::pollFirst);
    assertThrows(UnsupportedOperationException.class, compact::descendingSet);
    assertThrows(
        UnsupportedOperationException.class, () -> compact.headSet(new PdfCrossReference(1, 0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> compact.add(new PdfCrossReference(1, 1L << 44)),
        "an offset beyond what one long keeps");
  }

  @Test
  void aFinishedPagesMarksAreWrittenAsTheSameArray() throws IOException {
    Document document = new Document();
    PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
    document.open();
    List<PdfIndirectReference> elements = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      elements.add(writer.getPdfIndirectReference());
    }
    PdfArray marks = new PdfArray();
    for (int element : new int[] {2, 0, 1, 2}) {
      marks.add(elements.get(element));
    }
    PdfBookkeeping.PageMarks kept = new PdfBookkeeping.PageMarks(marks);
    kept.add(elements.get(3));
    marks.add(elements.get(3));

    assertEquals(pdf(marks), pdf(kept));
    int first = elements.get(0).getNumber();
    assertEquals(
        "[%d 0 R %d 0 R %d 0 R %d 0 R %d 0 R]"
            .formatted(first + 2, first, first + 1, first + 2, first + 3),
        pdf(kept));
    assertEquals(5, kept.size());
    assertThrows(IllegalArgumentException.class, () -> kept.add(new PdfNumber(3)));
  }

  private static void add(
      TreeSet<PdfCrossReference> own,
      PdfBookkeeping.CrossReferences compact,
      PdfCrossReference entry) {
    assertEquals(own.add(entry), compact.add(entry));
  }

  /** As {@code PdfWriter.PdfBody.add} does. */
  private static void replace(
      TreeSet<PdfCrossReference> own,
      PdfBookkeeping.CrossReferences compact,
      PdfCrossReference entry) {
    if (!own.add(entry)) {
      own.remove(entry);
      own.add(entry);
    }
    if (!compact.add(entry)) {
      assertTrue(compact.remove(entry));
      assertTrue(compact.add(entry));
    }
  }

  /** The entry as OpenPDF writes it: in a classic table and in a cross-reference stream. */
  private static String written(PdfCrossReference entry) {
    try {
      ByteArrayOutputStream classic = new ByteArrayOutputStream();
      entry.toPdf(classic);
      ByteArrayOutputStream stream = new ByteArrayOutputStream();
      entry.toPdf(8, stream);
      return entry.hashCode()
          + ": "
          + classic
          + " / "
          + java.util.HexFormat.of().formatHex(stream.toByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String pdf(PdfArray array) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    array.toPdf(null, out);
    return out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
