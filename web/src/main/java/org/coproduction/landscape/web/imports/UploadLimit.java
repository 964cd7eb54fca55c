package org.coproduction.landscape.web.imports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * An upload to the import screen that is plainly too large is turned away before the server reads
 * it, back to the screen with the message that says so, rather than the server's own refusal (its
 * multipart limit in web.xml, which stays as the last guard).
 */
@WebFilter(filterName = "UploadLimit", urlPatterns = "/import/*")
public class UploadLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The most a request may carry: the file and the few fields of the form around it. */
  public static final long MAX_REQUEST_BYTES = SpreadsheetReader.MAX_BYTES + 64 * 1024;

  /** Past this, an upload is not even read to its end: the connection closes. */
  static final long MAX_DRAINED_BYTES = 32L * 1024 * 1024;

  /**
   * Reads what the browser sends and throws it away, so that it reads the answer rather than a
   * connection closed in the middle of its upload.
   */
  private static void drain(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_DRAINED_BYTES) {
      return;
    }
    byte[] buffer = new byte[64 * 1024];
    try (var in = request.getInputStream()) {
      while (in.read(buffer) >= 0) {
        // discarded
      }
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if ("POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
        && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
      drain(request);
      response.sendRedirect(
          request.getContextPath() + "/import/index.xhtml?refused=" + ImportRecords.TOO_LARGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
