package org.coproduction.landscape.reports.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Writes iCalendar content lines (RFC 5545, section 3.1): CRLF line ends, and every line longer
 * than 75 octets folded by CRLF and one space, never inside a UTF-8 character. A content line holds
 * no control character but the tab (section 3.1, CONTROL): any other left in a value is dropped
 * here as the last guard, so that no bare CR or LF ever reaches the file.
 */
final class ContentLines {

  static final int MAX_OCTETS = 75;
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] FOLD = {'\r', '\n', ' '};
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F]");

  private final OutputStream out;

  ContentLines(OutputStream out) {
    this.out = out;
  }

  /** Writes unfolded text whose lines end in CRLF or LF (as ical4j gives a component). */
  void write(String unfolded) throws IOException {
    for (String line : unfolded.split("\r?\n")) {
      if (!line.isEmpty()) {
        line(line);
      }
    }
  }

  void line(String line) throws IOException {
    byte[] bytes = CONTROL.matcher(line).replaceAll("").getBytes(StandardCharsets.UTF_8);
    int start = 0;
    int limit = MAX_OCTETS;
    while (bytes.length - start > limit) {
      int end = start + limit;
      while ((bytes[end] & 0xC0) == 0x80) {
        end--; // do not split a UTF-8 character: back up to its first byte
      }
      out.write(bytes, start, end - start);
      out.write(FOLD);
      start = end;
      limit = MAX_OCTETS - 1; // a continuation line starts with the folding space
    }
    out.write(bytes, start, bytes.length - start);
    out.write(CRLF);
  }
}
