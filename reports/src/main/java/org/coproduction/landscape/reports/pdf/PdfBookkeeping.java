package org.coproduction.landscape.reports.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfWriter.PdfBody.PdfCrossReference;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;

/**
 * What OpenPDF remembers of a document until it closes, kept in a few bytes an object, so that a
 * directory of 100,000 networks fits in the heap a report may take.
 *
 * <p>Once the structure tree is written as the rows finish ({@link AccessiblePdfExporter}), two
 * records remain that grow with every table cell of a tagged PDF:
 *
 * <ul>
 *   <li>the cross-reference table, where each object written is a {@code TreeSet} entry with its
 *       own object (about 72 bytes; 1.4 million objects for 100,000 networks). {@link
 *       CrossReferences} keeps one {@code long} an object instead, and gives OpenPDF the same
 *       entries, in the same order, when it writes the table;
 *   <li>the parent tree, which lists for each page the structure element of each marked sequence on
 *       it (a reference object with its text each, 1.1 million). Once a page is finished, its list
 *       becomes {@link PageMarks}, one {@code int} a mark, written as the same array.
 * </ul>
 *
 * <p>OpenPDF offers neither as an option: they are reached by reflection through three fields it
 * does not make public (the writer's {@code body}, the body's {@code xrefs}, the structure root's
 * {@code parentTree}), for the version the build pins (OpenPDF 1.3.43). A later version that
 * renames them fails at the first PDF, in the tests, with {@link IllegalStateException}; the
 * document written is the same either way.
 */
final class PdfBookkeeping {

  private static final Field BODY = field(PdfWriter.class, "body");
  private static final Field XREFS = field(PdfWriter.PdfBody.class, "xrefs");
  private static final Field PARENT_TREE = field(PdfStructureTreeRoot.class, "parentTree");

  private final PdfWriter writer;
  private Map<Integer, PdfArray> parentTree;
  private int pagesKept;

  /**
   * Takes over the cross-reference table of a writer whose document has just opened, with the
   * entries already written.
   */
  PdfBookkeeping(PdfWriter writer) {
    this.writer = writer;
    try {
      PdfWriter.PdfBody body = (PdfWriter.PdfBody) BODY.get(writer);
      @SuppressWarnings("unchecked")
      Collection<PdfCrossReference> written = (Collection<PdfCrossReference>) XREFS.get(body);
      CrossReferences compact = new CrossReferences();
      compact.addAll(written);
      XREFS.set(body, compact);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalStateException("OpenPDF's writer cannot be reached: " + e.getMessage(), e);
    }
  }

  /**
   * After a page is finished, in a tagged document: the marks of the pages up to the one now open
   * kept compactly (the open page's list takes further marks as before).
   */
  @SuppressWarnings("unchecked")
  void pageFinished() {
    if (!writer.isTagged()) {
      return;
    }
    if (parentTree == null) {
      try {
        parentTree = (Map<Integer, PdfArray>) PARENT_TREE.get(writer.getStructureTreeRoot());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("OpenPDF's parent tree cannot be reached", e);
      }
    }
    int current = writer.getPageNumber();
    for (int page = Math.max(0, pagesKept - 1); page <= current; page++) {
      PdfArray marks = parentTree.get(page);
      if (marks != null && !(marks instanceof PageMarks)) {
        parentTree.put(page, new PageMarks(marks));
      }
    }
    pagesKept = current;
  }

  private static Field field(Class<?> owner, String name) {
    try {
      Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "OpenPDF has no field "
              + owner.getName()
              + "."
              + name
              + " (a version other than 1.3.43?)",
          e);
    }
  }

  /**
   * OpenPDF's cross-reference table as one {@code long} per object number: its offset in the file
   * (or, for an object inside an object stream, that stream's number), its generation, its type. It
   * answers what OpenPDF asks of its {@code TreeSet} (add, replace, first, last, every entry in
   * order of object number) and refuses the rest.
   */
  static final class CrossReferences extends TreeSet<PdfCrossReference> {

    private static final long serialVersionUID = 1L;

    /** 43 bits of offset: files up to 8 TB. */
    private static final long LARGEST_OFFSET = (1L << 43) - 1;

    private long[] entries = new long[1024];
    private int size;

    /** Reads each entry added: one per table, as OpenPDF adds an entry for every object. */
    private final Entry reading = new Entry();

    @Override
    public boolean add(PdfCrossReference reference) {
      int number = reference.hashCode();
      if (number >= entries.length) {
        entries = Arrays.copyOf(entries, Math.max(number + 1, entries.length + entries.length / 2));
      }
      if (entries[number] != 0) {
        return false;
      }
      entries[number] = pack(reference);
      size++;
      return true;
    }

    @Override
    public boolean remove(Object o) {
      if (!contains(o)) {
        return false;
      }
      entries[o.hashCode()] = 0;
      size--;
      return true;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof PdfCrossReference reference
          && reference.hashCode() >= 0
          && reference.hashCode() < entries.length
          && entries[reference.hashCode()] != 0;
    }

    @Override
    public boolean addAll(Collection<? extends PdfCrossReference> references) {
      boolean changed = false;
      for (PdfCrossReference reference : references) {
        changed |= add(reference);
      }
      return changed;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean isEmpty() {
      return size == 0;
    }

    @Override
    public void clear() {
      Arrays.fill(entries, 0);
      size = 0;
    }

    @Override
    public PdfCrossReference first() {
      for (int number = 0; number < entries.length; number++) {
        if (entries[number] != 0) {
          return unpack(number, entries[number]);
        }
      }
      throw new NoSuchElementException();
    }

    @Override
    public PdfCrossReference last() {
      for (int number = entries.length - 1; number >= 0; number--) {
        if (entries[number] != 0) {
          return unpack(number, entries[number]);
        }
      }
      throw new NoSuchElementException();
    }

    @Override
    public Iterator<PdfCrossReference> iterator() {
      return new Iterator<>() {
        private int next = following(0);

        private int following(int from) {
          int number = from;
          while (number < entries.length && entries[number] == 0) {
            number++;
          }
          return number;
        }

        @Override
        public boolean hasNext() {
          return next < entries.length;
        }

        @Override
        public PdfCrossReference next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          PdfCrossReference reference = unpack(next, entries[next]);
          next = following(next + 1);
          return reference;
        }
      };
    }

    @Override
    public Spliterator<PdfCrossReference> spliterator() {
      return Spliterators.spliterator(
          this, Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL);
    }

    @Override
    public Comparator<? super PdfCrossReference> comparator() {
      return null;
    }

    /**
     * The entry's type, offset and generation as OpenPDF writes them in a cross-reference stream.
     */
    private long pack(PdfCrossReference reference) {
      Entry entry = reading.reset();
      try {
        reference.toPdf(8, entry);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      if (entry.offset < 0 || entry.offset > LARGEST_OFFSET) {
        throw new IllegalArgumentException("An offset beyond 8 TB: " + entry.offset);
      }
      return entry.offset << 20 | (long) entry.generation << 4 | (long) entry.type << 1 | 1L;
    }

    private static PdfCrossReference unpack(int number, long packed) {
      int type = (int) (packed >>> 1 & 0x7);
      int generation = (int) (packed >>> 4 & 0xFFFF);
      long offset = packed >>> 20;
      return new PdfCrossReference(type, number, offset, generation);
    }

    /** Reads one entry as OpenPDF writes it: a type byte, eight of offset, two of generation. */
    private static final class Entry extends OutputStream {
      private int written;
      private int type;
      private long offset;
      private int generation;

      Entry reset() {
        written = 0;
        type = 0;
        offset = 0;
        generation = 0;
        return this;
      }

      @Override
      public void write(int b) {
        int value = b & 0xFF;
        if (written == 0) {
          type = value;
        } else if (written <= 8) {
          offset = offset << 8 | value;
        } else {
          generation = generation << 8 | value;
        }
        written++;
      }
    }

    @Override
    public PdfCrossReference pollFirst() {
      throw refused();
    }

    @Override
    public PdfCrossReference pollLast() {
      throw refused();
    }

    @Override
    public PdfCrossReference lower(PdfCrossReference e) {
      throw refused();
    }

    @Override
    public PdfCrossReference floor(PdfCrossReference e) {
      throw refused();
    }

    @Override
    public PdfCrossReference ceiling(PdfCrossReference e) {
      throw refused();
    }

    @Override
    public PdfCrossReference higher(PdfCrossReference e) {
      throw refused();
    }

    @Override
    public Iterator<PdfCrossReference> descendingIterator() {
      throw refused();
    }

    @Override
    public NavigableSet<PdfCrossReference> descendingSet() {
      throw refused();
    }

    @Override
    public NavigableSet<PdfCrossReference> subSet(
        PdfCrossReference from, boolean fromInclusive, PdfCrossReference to, boolean toInclusive) {
      throw refused();
    }

    @Override
    public NavigableSet<PdfCrossReference> headSet(PdfCrossReference to, boolean inclusive) {
      throw refused();
    }

    @Override
    public NavigableSet<PdfCrossReference> tailSet(PdfCrossReference from, boolean inclusive) {
      throw refused();
    }

    @Override
    public SortedSet<PdfCrossReference> subSet(PdfCrossReference from, PdfCrossReference to) {
      throw refused();
    }

    @Override
    public SortedSet<PdfCrossReference> headSet(PdfCrossReference to) {
      throw refused();
    }

    @Override
    public SortedSet<PdfCrossReference> tailSet(PdfCrossReference from) {
      throw refused();
    }

    @Override
    public Object clone() {
      throw refused();
    }

    private static UnsupportedOperationException refused() {
      return new UnsupportedOperationException("not asked of the cross-reference table by OpenPDF");
    }
  }

  /**
   * The marks of one finished page, for the parent tree: the object number of each structure
   * element marked on it, written as the array of references OpenPDF would write.
   */
  static final class PageMarks extends PdfArray {

    private int[] numbers;
    private int count;

    PageMarks(PdfArray marks) {
      numbers = new int[Math.max(marks.size(), 4)];
      for (PdfObject mark : marks.getElements()) {
        add(mark);
      }
    }

    @Override
    public boolean add(PdfObject mark) {
      if (!(mark instanceof PdfIndirectReference reference) || reference.getGeneration() != 0) {
        throw new IllegalArgumentException("A page's mark is a reference to an element: " + mark);
      }
      if (count == numbers.length) {
        numbers = Arrays.copyOf(numbers, count * 2);
      }
      numbers[count++] = reference.getNumber();
      return true;
    }

    @Override
    public int size() {
      return count;
    }

    @Override
    public boolean isEmpty() {
      return count == 0;
    }

    @Override
    public void toPdf(PdfWriter writer, OutputStream os) throws IOException {
      os.write('[');
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          os.write(' ');
        }
        os.write((numbers[i] + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
      }
      os.write(']');
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("[");
      for (int i = 0; i < count; i++) {
        text.append(i > 0 ? " " : "").append(numbers[i]).append(" 0 R");
      }
      return text.append(']').toString();
    }
  }
}
