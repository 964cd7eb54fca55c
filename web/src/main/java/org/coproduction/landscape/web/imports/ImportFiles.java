package org.coproduction.landscape.web.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coproduction.landscape.event.EventImport;
import org.coproduction.landscape.funding.GrantImport;
import org.coproduction.landscape.funding.ProgrammeImport;
import org.coproduction.landscape.knowledge.InsightImport;
import org.coproduction.landscape.network.NetworkImport;
import org.coproduction.landscape.organisation.OrganisationImport;
import org.coproduction.landscape.people.PersonImport;
import org.coproduction.landscape.register.RowImport;

/**
 * An import of a file, the same from the Import screen and the API: the file read by {@link
 * SpreadsheetReader} with the columns and row limit of its kind, the rows checked and written by
 * the core's {@link RowImport} (all or nothing, in one transaction), and never more than {@link
 * ImportSlots#AT_ONCE} imports at a time.
 */
@ApplicationScoped
public class ImportFiles {

  /** What a file may hold. */
  public enum Kind {
    NETWORKS,
    ORGANISATIONS,
    GRANTS,
    PEOPLE,
    PROGRAMMES,
    EVENTS,
    INSIGHTS;

    /**
     * The kind a path names: {@code networks}, {@code organisations}, {@code grants}, {@code
     * people}, {@code programmes}, {@code events} or {@code insights}.
     */
    public static Optional<Kind> named(String name) {
      for (Kind k : values()) {
        if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  /** The rows of a file and what checking them found. */
  public record Checked(List<Map<String, String>> rows, RowImport.Check check)
      implements Serializable {}

  @Inject NetworkImport networks;

  @Inject OrganisationImport organisations;

  @Inject GrantImport grants;

  @Inject PersonImport people;

  @Inject ProgrammeImport programmes;

  @Inject EventImport events;

  @Inject InsightImport insights;

  @Inject ImportSlots slots;

  public RowImport<?> importer(Kind kind) {
    return switch (kind) {
      case NETWORKS -> networks;
      case ORGANISATIONS -> organisations;
      case GRANTS -> grants;
      case PEOPLE -> people;
      case PROGRAMMES -> programmes;
      case EVENTS -> events;
      case INSIGHTS -> insights;
    };
  }

  /** Reads and checks a file; writes nothing. */
  public Checked check(Kind kind, String fileName, InputStream upload)
      throws SpreadsheetReader.Refused, IOException {
    slots.acquire();
    try {
      SpreadsheetReader reader = reader(kind);
      List<Map<String, String>> rows = reader.read(fileName, upload);
      return new Checked(rows, leftOut(reader, importer(kind).check(rows)));
    } finally {
      slots.release();
    }
  }

  /** Writes rows checked before, all or nothing; see {@link RowImport#importAll}. */
  public List<RowImport.Written> importAll(Kind kind, List<Map<String, String>> rows)
      throws SpreadsheetReader.Refused {
    slots.acquire();
    try {
      return importer(kind).importAll(rows);
    } finally {
      slots.release();
    }
  }

  /**
   * Reads a file and writes its records when every row is valid (or, as a dry run, only checks
   * them), in one turn.
   */
  public RowImport.Outcome importFile(
      Kind kind, String fileName, InputStream upload, boolean dryRun)
      throws SpreadsheetReader.Refused, IOException {
    slots.acquire();
    try {
      SpreadsheetReader reader = reader(kind);
      List<Map<String, String>> rows = reader.read(fileName, upload);
      RowImport<?> importer = importer(kind);
      RowImport.Outcome outcome =
          dryRun
              ? new RowImport.Outcome(importer.check(rows), List.of())
              : importer.importIfValid(rows);
      return new RowImport.Outcome(leftOut(reader, outcome.check()), outcome.written());
    } finally {
      slots.release();
    }
  }

  private SpreadsheetReader reader(Kind kind) {
    RowImport<?> importer = importer(kind);
    return new SpreadsheetReader(
        importer.columns(),
        importer.requiredColumns(),
        RowImport.MAX_ROWS,
        importer::columnFor,
        importer.leavesOutOtherColumns());
  }

  /** The check, telling first which of the file's columns were left out, if any were. */
  private static RowImport.Check leftOut(SpreadsheetReader reader, RowImport.Check check) {
    List<String> titles = reader.leftOut();
    return titles.isEmpty()
        ? check
        : check.warnedFirst(
            List.of(
                new RowImport.Problem(
                    1,
                    null,
                    "Columns this record does not keep, left out: " + String.join(", ", titles))));
  }
}
