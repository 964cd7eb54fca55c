package org.coproduction.landscape.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduction.landscape.web.imports.SpreadsheetReader;
import org.coproduction.landscape.web.imports.UploadLimit;

/**
 * An upload to {@code /api/imports} larger than an import may be is refused with 413 before it is
 * read: by its Content-Length when it says one, else (a chunked upload) as soon as more than the
 * limit has arrived, which is kept in a temporary file until then. The connection is closed after
 * the answer, so the rest of a large upload is never read.
 */
@WebFilter(filterName = "ImportRequestLimit", urlPatterns = "/api/imports/*")
public class ImportRequestLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The file and the few fields of the form around it. */
  static final long MAX_REQUEST_BYTES = UploadLimit.MAX_REQUEST_BYTES;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    long length = request.getContentLengthLong();
    if (length > MAX_REQUEST_BYTES) {
      tooLarge(response);
      return;
    }
    if (length >= 0) {
      chain.doFilter(request, response);
      return;
    }
    Path spooled = Files.createTempFile("landscape-import-request", ".part");
    try {
      long size =
          SpreadsheetReader.copyAtMost(request.getInputStream(), spooled, MAX_REQUEST_BYTES);
      if (size > MAX_REQUEST_BYTES) {
        tooLarge(response);
        return;
      }
      chain.doFilter(new Spooled(request, spooled, size), response);
    } finally {
      Files.deleteIfExists(spooled);
    }
  }

  private static void tooLarge(HttpServletResponse response) throws IOException {
    response.setHeader("Connection", "close");
    Errors.write(
        response,
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        0,
        "The request is larger than "
            + SpreadsheetReader.MAX_BYTES / (1024 * 1024)
            + " MB, the most an import may send: split the file.");
    response.flushBuffer();
  }

  /** The request with its body read back from the temporary file. */
  private static final class Spooled extends HttpServletRequestWrapper {
    private final Path body;
    private final long size;

    Spooled(HttpServletRequest request, Path body, long size) {
      super(request);
      this.body = body;
      this.size = size;
    }

    @Override
    public long getContentLengthLong() {
      return size;
    }

    @Override
    public int getContentLength() {
      return (int) size;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      InputStream in = Files.newInputStream(body);
      return new ServletInputStream() {
        private boolean finished;

        @Override
        public int read() throws IOException {
          int b = in.read();
          finished = b < 0;
          return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = in.read(b, off, len);
          finished = n < 0;
          return n;
        }

        @Override
        public void close() throws IOException {
          in.close();
        }

        @Override
        public boolean isFinished() {
          return finished;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("The spooled request is read blocking");
        }
      };
    }
  }
}
