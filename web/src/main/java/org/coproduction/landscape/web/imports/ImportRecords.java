package org.coproduction.landscape.web.imports;

import jakarta.ejb.EJB;
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
import org.coproduction.landscape.funding.GrantImport;
import org.coproduction.landscape.network.NetworkImport;
import org.coproduction.landscape.organisation.OrganisationImport;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RowImport;
import org.coproduction.landscape.web.faces.Text;

/**
 * Importing networks, organisations or grants from a CSV file or an Excel workbook: the person
 * chooses what the file holds, every row is checked and every problem listed with its row and
 * column, and the records are written only when no row has a problem, all in one transaction.
 */
@Named
@ViewScoped
public class ImportRecords implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a file may hold. */
  public enum Kind {
    NETWORKS,
    ORGANISATIONS,
    GRANTS
  }

  /** Why the screen was shown again after an upload it turned away ({@link UploadLimit}). */
  static final String TOO_LARGE = "tooLarge";

  /** How many of the records written are linked one by one after an import. */
  static final int LINKS = 20;

  @EJB NetworkImport networks;

  @EJB OrganisationImport organisations;

  @EJB GrantImport grants;

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
    RowImport<?> importer = importer(kind);
    SpreadsheetReader reader =
        new SpreadsheetReader(importer.columns(), importer.requiredColumns(), RowImport.MAX_ROWS);
    try (InputStream in = file.getInputStream()) {
      rows = new ArrayList<>(reader.read(fileName, in));
    } catch (SpreadsheetReader.Refused e) {
      error(text.format(e.key(), e.arguments()));
      return;
    } catch (IOException e) {
      error(text.get("import.unreadable"));
      return;
    }
    checked = kind;
    check = importer.check(rows);
  }

  /** Writes every row, when every row is valid. */
  public void importAll() {
    if (rows == null || check == null || !check.valid()) {
      error(text.get("import.fixFirst"));
      return;
    }
    try {
      written = new ArrayList<>(importer(checked).importAll(rows));
      writtenKind = checked;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text.format("import.done." + checked.name(), written.size(), fileName),
              null));
      rows = null;
      check = null;
    } catch (InvalidRecordException e) {
      e.messages().values().forEach(this::error);
    } catch (EJBAccessException e) {
      error(text.get("error.forbidden.text"));
    }
  }

  private RowImport<?> importer(Kind k) {
    return switch (k) {
      case NETWORKS -> networks;
      case ORGANISATIONS -> organisations;
      case GRANTS -> grants;
    };
  }

  private void error(String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /** The columns each kind of file may have, for the page's guidance. */
  public String columnsOf(Kind k) {
    return String.join(", ", importer(k).columns());
  }

  public Kind[] getKinds() {
    return Kind.values();
  }

  /** The columns of the file checked, in the order the import understands them. */
  public List<String> getColumns() {
    return checked == null ? List.of() : importer(checked).columns();
  }

  /** The first rows of the file, to show what was read. */
  public List<Map<String, String>> getSample() {
    return rows == null ? List.of() : rows.subList(0, Math.min(10, rows.size()));
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
    };
  }

  /** The list of the kind of records written. */
  public String getListOfWritten() {
    return switch (writtenKind) {
      case NETWORKS -> "/networks/list.xhtml";
      case ORGANISATIONS -> "/organisations/list.xhtml";
      case GRANTS -> "/funding/list.xhtml";
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
