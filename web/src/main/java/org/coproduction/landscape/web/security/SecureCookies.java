package org.coproduction.landscape.web.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * A response to a browser that reached the application over HTTPS through a trusted proxy, which
 * passed the request on over plain HTTP: the server does not know the connection is secure and
 * sends its cookies (the session's, set by the server itself at any point before the answer leaves)
 * without the {@code Secure} flag. This response adds the flag to every {@code Set-Cookie} header
 * just before anything is sent.
 */
final class SecureCookies extends HttpServletResponseWrapper {

  private static final String SET_COOKIE = "Set-Cookie";

  private PrintWriter writer;
  private ServletOutputStream stream;

  SecureCookies(HttpServletResponse response) {
    super(response);
  }

  /** Marks every cookie Secure, while the headers can still change. */
  void beforeCommit() {
    if (isCommitted()) {
      return;
    }
    List<String> cookies = List.copyOf(getHeaders(SET_COOKIE));
    if (cookies.stream().allMatch(SecureCookies::isSecure)) {
      return;
    }
    for (int i = 0; i < cookies.size(); i++) {
      String cookie = cookies.get(i);
      String secured = isSecure(cookie) ? cookie : cookie + "; Secure";
      if (i == 0) {
        super.setHeader(SET_COOKIE, secured);
      } else {
        super.addHeader(SET_COOKIE, secured);
      }
    }
  }

  static boolean isSecure(String cookie) {
    for (String attribute : cookie.split(";")) {
      if (attribute.strip().equalsIgnoreCase("Secure")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void addCookie(Cookie cookie) {
    cookie.setSecure(true);
    super.addCookie(cookie);
  }

  @Override
  public void flushBuffer() throws IOException {
    beforeCommit();
    super.flushBuffer();
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    beforeCommit();
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    beforeCommit();
    super.sendError(sc);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    beforeCommit();
    super.sendRedirect(location);
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      writer =
          new PrintWriter(super.getWriter()) {
            @Override
            public void write(int c) {
              beforeCommit();
              super.write(c);
            }

            @Override
            public void write(char[] buf, int off, int len) {
              beforeCommit();
              super.write(buf, off, len);
            }

            @Override
            public void write(String s, int off, int len) {
              beforeCommit();
              super.write(s, off, len);
            }

            @Override
            public void flush() {
              beforeCommit();
              super.flush();
            }

            @Override
            public void close() {
              beforeCommit();
              super.close();
            }
          };
    }
    return writer;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      ServletOutputStream out = super.getOutputStream();
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
              beforeCommit();
              out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              beforeCommit();
              out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
              beforeCommit();
              out.flush();
            }

            @Override
            public void close() throws IOException {
              beforeCommit();
              out.close();
            }

            @Override
            public boolean isReady() {
              return out.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              out.setWriteListener(listener);
            }
          };
    }
    return stream;
  }
}
