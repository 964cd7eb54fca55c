package org.coproduction.landscape.api;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.ReportsBusyException;
import org.coproduction.landscape.reports.lists.ListDownloads;
import org.coproduction.landscape.reports.lists.RecordSheet;

/**
 * How a report or a list becomes a download: checked first (unknown funder 404, missing filter
 * 400), then produced into a temporary file, then sent, never cached, with its file name. Every
 * download is recorded in the audit log by {@link Reports} or {@link ListDownloads}.
 *
 * <p>Producing holds one of the few report slots, a database connection and a transaction; sending
 * takes as long as the client reads. So the document is produced whole first, and the slot and the
 * connection are released before the first byte goes out: a slow or stalled reader keeps only its
 * file (deleted once sent, or when the client goes away) and a request thread, never a slot.
 */
@ApplicationScoped
public class Downloads {

  private static final Logger LOG = Logger.getLogger(Downloads.class.getName());

  /** A file older than this is one whose sending never started: deleted by the next download. */
  static final Duration ABANDONED = Duration.ofHours(1);

  @Inject Reports reports;

  @Inject ListDownloads lists;

  private Path folder;

  @PostConstruct
  void createFolder() {
    try {
      folder = Files.createTempDirectory("landscape-downloads-");
    } catch (IOException e) {
      throw new UncheckedIOException("No folder for the documents being sent", e);
    }
  }

  @PreDestroy
  void deleteFolder() {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(Downloads::delete);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the folder of documents being sent " + folder, e);
    }
  }

  /** The documents produced and not yet sent (or being sent) in this server. */
  List<Path> waiting() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  Response of(String name, ReportParameters parameters) {
    Reports.Download d = reports.describe(name, parameters);
    return send(
        produce(out -> reports.produce(name, parameters, out)), d.fileName(), d.mediaType());
  }

  /** A list as a file: {@link ListDownloads}, produced whole before it is sent. */
  Response ofList(RecordSheet sheet, ListQuery query, ListDownloads.Format format) {
    ListDownloads.Download d = lists.describe(sheet, format);
    return send(
        produce(out -> lists.write(sheet, query, format, out)), d.fileName(), d.mediaType());
  }

  /**
   * A list as a file for a screen's download ({@code web.faces.ListDownload}): produced whole, then
   * written to {@code response}, then deleted.
   */
  public void sendList(
      RecordSheet sheet, ListQuery query, ListDownloads.Format format, HttpServletResponse response)
      throws IOException {
    ListDownloads.Download d = lists.describe(sheet, format);
    Path file = produce(out -> lists.write(sheet, query, format, out));
    try {
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      response.setContentType(d.mediaType());
      response.setContentLengthLong(Files.size(file));
      response.setHeader("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
      Files.copy(file, response.getOutputStream());
    } finally {
      delete(file);
    }
  }

  /** Writes a whole document into a stream. */
  @FunctionalInterface
  interface Producer {
    void write(OutputStream out) throws IOException;
  }

  private Response send(Path file, String fileName, String mediaType) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException(e);
    }
    StreamingOutput body =
        out -> {
          try {
            Files.copy(file, out);
          } finally {
            delete(file);
          }
        };
    return Response.ok(body, mediaType)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(HttpHeaders.CONTENT_LENGTH, size)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  /**
   * The whole document in a new file, within the report slot and transaction of the boundary that
   * writes it.
   */
  private Path produce(Producer producer) {
    sweep();
    Path file = null;
    try {
      file = Files.createTempFile(folder, "download-", ".part");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
        producer.write(out);
      }
      return file;
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      delete(file);
      throw e;
    }
  }

  /**
   * Deletes the files whose sending never started (a request that failed between producing and
   * sending): none is kept longer than {@link #ABANDONED}.
   */
  private void sweep() {
    FileTime before = FileTime.from(Instant.now().minus(ABANDONED));
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(
              f -> {
                try {
                  return Files.getLastModifiedTime(f).compareTo(before) < 0;
                } catch (IOException e) {
                  return false;
                }
              })
          .forEach(Downloads::delete);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not list the documents being sent in " + folder, e);
    }
  }

  private static void delete(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete " + file, e);
    }
  }

  /** The filters of a download, from query parameters; dates are YYYY-MM-DD. */
  static ReportParameters parameters(Long funder, Long programme, String from, String to) {
    try {
      return new ReportParameters(funder, programme, date("from", from), date("to", to));
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException("to", e.getMessage());
    }
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException(
          name, "'" + value + "' is not a date: write it as YYYY-MM-DD");
    }
  }

  /** 503 with Retry-After: the server is producing as many documents as it may at once. */
  @Provider
  public static class Busy implements ExceptionMapper<ReportsBusyException> {
    @Override
    public Response toResponse(ReportsBusyException e) {
      return Errors.response(Status.SERVICE_UNAVAILABLE, null, e.getMessage())
          .header(HttpHeaders.RETRY_AFTER, "60")
          .build();
    }
  }
}
