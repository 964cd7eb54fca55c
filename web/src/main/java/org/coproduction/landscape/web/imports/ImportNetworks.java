package org.coproduction.landscape.web.imports;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.coproduction.landscape.network.NetworkImport;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.web.faces.Text;

/**
 * Importing networks from a CSV file: the file is read as a stream (at most {@link #MAX_BYTES} and
 * {@link NetworkImport#MAX_ROWS} rows, UTF-8 text only), every row is checked and every problem
 * listed with its row and column, and the networks are written only when no row has a problem, all
 * in one transaction.
 */
@Named
@ViewScoped
public class ImportNetworks implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest file accepted (web.xml's multipart limit says the same to the server). */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  @EJB NetworkImport importer;

  @Inject FacesContext faces;

  @Inject Text text;

  private transient Part file;
  private String fileName;
  private ArrayList<Map<String, String>> rows;
  private NetworkImport.Check check;

  /** Reads and checks the uploaded file; writes nothing. */
  public void preview() {
    rows = null;
    check = null;
    if (file == null || file.getSize() == 0) {
      error(text.get("import.noFile"));
      return;
    }
    fileName = file.getSubmittedFileName();
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv")) {
      error(text.get("import.notCsv"));
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      error(text.get("import.tooLarge"));
      return;
    }
    try (InputStream in = file.getInputStream()) {
      rows = read(in);
    } catch (ImportException e) {
      error(e.getMessage());
      return;
    } catch (IOException e) {
      error(text.get("import.unreadable"));
      return;
    }
    check = importer.check(rows);
  }

  /** Writes every row, when every row is valid. */
  public String importAll() {
    if (rows == null || check == null || !check.valid()) {
      error(text.get("import.fixFirst"));
      return null;
    }
    try {
      int count = importer.importAll(rows).size();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, text.format("import.done", count, fileName), null));
      return "/networks/list?faces-redirect=true";
    } catch (InvalidRecordException e) {
      e.messages().values().forEach(this::error);
    } catch (EJBAccessException e) {
      error(text.get("error.forbidden.text"));
    }
    return null;
  }

  /**
   * The file's rows by column name; the header row must name known columns, including name and
   * scope.
   */
  ArrayList<Map<String, String>> read(InputStream in) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ArrayList<Map<String, String>> result = new ArrayList<>();
    try (Reader reader = new BufferedReader(new InputStreamReader(in, decoder));
        CSVParser parser =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(reader)) {
      List<String> header =
          parser.getHeaderNames().stream()
              .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
              .toList();
      for (String h : header) {
        if (!NetworkImport.COLUMNS.contains(h)) {
          throw new ImportException(
              text.format("import.unknownColumn", h, String.join(", ", NetworkImport.COLUMNS)));
        }
      }
      if (!header.contains("name") || !header.contains("scope")) {
        throw new ImportException(text.get("import.missingColumns"));
      }
      for (CSVRecord record : parser) {
        if (result.size() >= NetworkImport.MAX_ROWS) {
          throw new ImportException(text.format("import.tooManyRows", NetworkImport.MAX_ROWS));
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          row.put(header.get(i), record.get(i));
        }
        result.add(row);
      }
    } catch (CharacterCodingException e) {
      throw new ImportException(text.get("import.notUtf8"));
    } catch (java.io.UncheckedIOException e) {
      throw new ImportException(
          text.get(
              e.getCause() instanceof CharacterCodingException
                  ? "import.notUtf8"
                  : "import.unreadable"));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ImportException(text.get("import.unreadable"));
    }
    return result;
  }

  /** A file that cannot be imported at all, with the reason for the person who sent it. */
  static final class ImportException extends IOException {
    private static final long serialVersionUID = 1L;

    ImportException(String message) {
      super(message);
    }
  }

  private void error(String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public String getColumnList() {
    return String.join(", ", NetworkImport.COLUMNS);
  }

  public List<String> getColumns() {
    return NetworkImport.COLUMNS;
  }

  /** The first rows of the file, to show what was read. */
  public List<Map<String, String>> getSample() {
    return rows == null ? List.of() : rows.subList(0, Math.min(10, rows.size()));
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getFileName() {
    return fileName;
  }

  public NetworkImport.Check getCheck() {
    return check;
  }
}
