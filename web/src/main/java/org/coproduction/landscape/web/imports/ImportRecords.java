package org.coproduction.landscape.web.imports;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.register.RowImport;
import org.coproduction.landscape.web.faces.Text;
import org.coproduction.landscape.web.imports.ImportFiles.Kind;

/**
 * Importing networks, organisations or grants from a CSV file or an Excel workbook: the person
 * chooses what the file holds, every row is checked and every problem listed with its row and
 * column, and the records are written only when no row has a problem, all in one transaction.
 */
@Named
@ViewScoped
public class ImportRecords implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Why the screen was shown again after an upload it turned away ({@link UploadLimit}). */
  static final String TOO_LARGE = "tooLarge";

  /** How many of the records written are linked one by one after an import. */
  static final int LINKS = 20;

  @Inject ImportFiles imports;

  @Inject FacesContext faces;

  @Inject Text text;

  private Kind kind = Kind.NETWORKS;
  private transient Part file;
  private String fileName;
  private Kind checked;
  private ArrayList<Map<String, String>> rows;
  private RowImport.Check check;
  private ArrayList<RowImport.Written> written;
  private Kind writtenKind;
  private String refused;

  /** Says why an upload was turned away before it was read, when it was. */
  public void load() {
    if (TOO_LARGE.equals(refused) && !faces.isPostback()) {
      error(text.get("import.tooLarge"));
    }
  }

  /** Reads and checks the uploaded file; writes nothing. */
  public void preview() {
    rows = null;
    check = null;
    written = null;
    if (file == null || file.getSize() == 0) {
      error(text.get("import.noFile"));
      return;
    }
    fileName = file.getSubmittedFileName();
    if (file.getSize() > SpreadsheetReader.MAX_BYTES) {
      error(text.get("import.tooLarge"));
      return;
    }
    ImportFiles.Checked read;
    try (InputStream in = file.getInputStream()) {
      read = imports.check(kind, fileName, in);
    } catch (SpreadsheetReader.Refused e) {
      error(text.format(e.key(), e.arguments()));
      return;
    } catch (IOException e) {
      error(text.get("import.unreadable"));
      return;
    }
    rows = new ArrayList<>(read.rows());
    checked = kind;
    check = read.check();
  }

  /** Writes every row, when every row is valid. */
  public void importAll() {
    if (rows == null || check == null || !check.valid()) {
      error(text.get("import.fixFirst"));
      return;
    }
    try {
      written = new ArrayList<>(imports.importAll(checked, rows));
      writtenKind = checked;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text.format("import.done." + checked.name(), written.size(), fileName),
              null));
      rows = null;
      check = null;
    } catch (SpreadsheetReader.Refused e) {
      error(text.format(e.key(), e.arguments()));
    } catch (InvalidRecordException e) {
      e.messages().values().forEach(this::error);
    } catch (EJBAccessException e) {
      error(text.get("error.forbidden.text"));
    }
  }

  private void error(String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /** The columns each kind of file may have, for the page's guidance. */
  public String columnsOf(Kind k) {
    return String.join(", ", imports.importer(k).columns());
  }

  public Kind[] getKinds() {
    return Kind.values();
  }

  /** The columns of the file checked, in the order the import understands them. */
  public List<String> getColumns() {
    return checked == null ? List.of() : imports.importer(checked).columns();
  }

  /** The first rows of the file, to show what was read. */
  public List<Map<String, String>> getSample() {
    return rows == null ? List.of() : rows.subList(0, Math.min(10, rows.size()));
  }

  /**
   * What a row of the file checked would write, as the preview says it: a new record, an update of
   * one already there, or nothing (a row with a problem).
   */
  public String writes(int row) {
    if (check == null) {
      return "";
    }
    return check.records().stream()
        .filter(p -> p.row() == row)
        .findFirst()
        .map(p -> text.get(p.updates() ? "import.writes.update" : "import.writes.new"))
        .orElse(text.get("import.writes.nothing"));
  }

  /** The first records written, each linked to where it is shown. */
  public List<RowImport.Written> getWrittenLinks() {
    return written == null ? List.of() : written.subList(0, Math.min(LINKS, written.size()));
  }

  /** Where a record written by the import is shown. */
  public String linkTo(RowImport.Written w) {
    return switch (writtenKind) {
      case NETWORKS -> "/networks/view.xhtml?id=" + w.id();
      case ORGANISATIONS -> "/organisations/view.xhtml?id=" + w.id();
      case GRANTS -> "/funding/view.xhtml?id=" + w.id();
      case PEOPLE -> "/people/view.xhtml?id=" + w.id();
      case PROGRAMMES -> "/programmes/view.xhtml?id=" + w.id();
      case EVENTS -> "/events/view.xhtml?id=" + w.id();
      case INSIGHTS -> "/knowledge/view.xhtml?id=" + w.id();
    };
  }

  /** The list of the kind of records written. */
  public String getListOfWritten() {
    return switch (writtenKind) {
      case NETWORKS -> "/networks/list.xhtml";
      case ORGANISATIONS -> "/organisations/list.xhtml";
      case GRANTS -> "/funding/list.xhtml";
      case PEOPLE -> "/people/list.xhtml";
      case PROGRAMMES -> "/programmes/list.xhtml";
      case EVENTS -> "/events/list.xhtml";
      case INSIGHTS -> "/knowledge/list.xhtml";
    };
  }

  public String getRefused() {
    return refused;
  }

  public void setRefused(String refused) {
    this.refused = refused;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
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

  public Kind getChecked() {
    return checked;
  }

  public RowImport.Check getCheck() {
    return check;
  }

  public List<RowImport.Written> getWritten() {
    return written;
  }

  public Kind getWrittenKind() {
    return writtenKind;
  }
}
