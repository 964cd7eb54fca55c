package org.coproduction.landscape.reports.workbook;

import static org.coproduction.landscape.reports.sheet.SheetWriter.letter;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduction.landscape.dashboard.LandscapeFigure;
import org.coproduction.landscape.geography.Area;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.reports.Filter;
import org.coproduction.landscape.reports.Giving360;
import org.coproduction.landscape.reports.LandscapeFigures;
import org.coproduction.landscape.reports.LandscapeFigures.Grid;
import org.coproduction.landscape.reports.LandscapeFigures.SectorRef;
import org.coproduction.landscape.reports.Population;
import org.coproduction.landscape.reports.Report;
import org.coproduction.landscape.reports.ReportFormat;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.ReportSource;
import org.coproduction.landscape.reports.TableArea;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.reports.sheet.About;
import org.coproduction.landscape.reports.sheet.Column;
import org.coproduction.landscape.reports.sheet.SheetWriter;
import org.coproduction.landscape.reports.sheet.WorkbookWriter;

/**
 * The landscape workbook for civil servants: a Summary of active networks per area and sector (with
 * formulas that total), then one sheet per kind of record, the code list of areas and an About
 * sheet. Codes stand beside names; cells are typed; no personal data beyond public roles.
 */
@ApplicationScoped
public class LandscapeWorkbook implements Report {

  public static final List<String> SHEETS =
      List.of(
          "Summary",
          "Networks",
          "Organisations",
          "Funding",
          "Events",
          "Insights",
          "Areas",
          "About");

  @Override
  public String name() {
    return "landscape.xlsx";
  }

  @Override
  public String title() {
    return "Landscape workbook";
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.XLSX;
  }

  @Override
  public void write(ReportSource source, ReportParameters parameters, OutputStream out)
      throws IOException {
    LocalDateTime generated = LocalDateTime.now(source.clock());
    try (WorkbookWriter book = new WorkbookWriter()) {
      LandscapeFigures figures = new LandscapeFigures(source);
      Map<LandscapeFigure, BigDecimal> money = figures.money();
      summary(book, figures, figures.eventsByArea());
      records(book, source, RecordSheet.NETWORKS);
      records(book, source, RecordSheet.ORGANISATIONS);
      Giving360.fundingSheet(
          book,
          RecordSheet.GRANTS.title(),
          "Funding: every grant recorded, awarded or not, in 360Giving's column titles",
          source,
          new Filter(),
          true);
      records(book, source, RecordSheet.EVENTS);
      records(book, source, RecordSheet.INSIGHTS);
      areas(book);
      About.write(book, "Landscape workbook", generated, notes(money));
      book.write(out);
    }
  }

  private static List<String> notes(Map<LandscapeFigure, BigDecimal> money) {
    NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
    pounds.setMaximumFractionDigits(0);
    List<String> notes = new ArrayList<>();
    for (LandscapeFigure f : LandscapeFigure.values()) {
      notes.add(f.label() + ": " + pounds.format(money.get(f)) + " (" + f.definition() + ").");
    }
    notes.addAll(
        List.of(
            "Summary: active networks (status ACTIVE) per nation or English region and sector. A network working in"
                + " several sectors counts once in each sector; 'Sector entries' adds the sector cells (a formula);"
                + " 'Active networks' counts each network once. A zero cell is a gap (shaded). 'Events held'"
                + " counts each event once in every area it served (an event with no area as UK-wide).",
            "Areas are ONS GSS codes (ITL1 codes beside them). London boroughs count in London; Welsh, Scottish and"
                + " Northern Irish local authorities in their nation; other English local authorities and England as a"
                + " whole in 'England, region not recorded'; the UK as a whole, or no area, in 'UK-wide'.",
            "Money figures are in pounds: grants in another currency are not added to them.",
            "Population: " + Population.SOURCE + ".",
            "Personal data: people appear only in public roles (hosts and facilitators of events); no e-mail"
                + " addresses or participants' names."));
    return notes;
  }

  private static void summary(
      WorkbookWriter book, LandscapeFigures figures, Map<String, Long> events) {
    Grid grid = figures.grid();
    List<Column> columns = new ArrayList<>();
    columns.add(Column.code("GSS code", 11, "ONS GSS code of the nation or English region"));
    columns.add(
        Column.code("ITL1 code", 9, "ITL1 code of the same area (none for England as a whole)"));
    columns.add(Column.text("Area", 30, "Name of the nation or English region"));
    columns.add(Column.text("Nation", 16, "The nation the area lies in"));
    for (SectorRef s : grid.sectors()) {
      columns.add(
          Column.integer(
              s.name(),
              Math.max(10, Math.min(24, s.name().length() + 2)),
              "Active networks working in the sector "
                  + s.name()
                  + " ("
                  + s.code()
                  + "); 0 is a gap"));
    }
    columns.add(
        Column.integer("Sector entries", 10, "Sum of the sector cells of the row (a formula)"));
    columns.add(
        Column.integer("Active networks", 10, "Active networks in the area, each counted once"));
    columns.add(
        Column.integer("Gaps", 7, "Sectors with no active network in the area (a formula)"));
    columns.add(
        Column.integer(
            "Events held",
            8,
            "Events that served the area, each once in every area it served; an event with no area"
                + " counts as UK-wide"));
    SheetWriter sheet =
        book.sheet(
            "Summary",
            "Active networks by nation or English region and by sector, with the gaps and the"
                + " events held",
            columns);
    int firstSector = 4;
    int lastSector = firstSector + grid.sectors().size() - 1;
    int firstRow = sheet.rowNumber() + 1;
    // The column totals, kept beside the formulas so that each formula carries its value.
    long[] totals = new long[grid.sectors().size() + 4];
    int eventsColumn = totals.length - 1;
    for (TableArea area : grid.areas()) {
      sheet.row().text(area.gssCode()).text(area.itl1Code()).text(area.name()).text(area.nation());
      long entries = 0;
      long gaps = 0;
      for (int s = 0; s < grid.sectors().size(); s++) {
        long n = grid.count(area, grid.sectors().get(s));
        sheet.count(n, area.inUkTable());
        totals[s] += n;
        entries += n;
        gaps += n == 0 ? 1 : 0;
      }
      int r = sheet.rowNumber();
      long held = events.getOrDefault(area.gssCode(), 0L);
      totals[eventsColumn] += held;
      if (grid.sectors().isEmpty()) {
        sheet.number(0).number(grid.networks(area)).blank().number(held);
        continue;
      }
      String range = letter(firstSector) + r + ":" + letter(lastSector) + r;
      sheet.formula("SUM(" + range + ")", entries).number(grid.networks(area));
      totals[eventsColumn - 3] += entries;
      totals[eventsColumn - 2] += grid.networks(area);
      if (area.inUkTable()) {
        sheet.formula("COUNTIF(" + range + ",0)", gaps);
        totals[eventsColumn - 1] += gaps;
      } else {
        sheet.blank();
      }
      sheet.number(held);
    }
    int lastRow = sheet.rowNumber();
    sheet.totalRow().text("K02000001").blank().text("Total").text("United Kingdom");
    for (int c = 0; c < totals.length; c++) {
      String column = letter(firstSector + c);
      sheet.formula("SUM(" + column + firstRow + ":" + column + lastRow + ")", totals[c]);
    }
    sheet.filter();
  }

  /** A sheet of every record of a kind, in the sheet's own order. */
  private static void records(WorkbookWriter book, ReportSource source, RecordSheet kind) {
    SheetWriter sheet =
        book.sheet(
            kind.title(),
            kind.title()
                + ": every record in the landscape (the About sheet says what each column"
                + " means)",
            kind.columns());
    source.each(kind.everySql(), r -> kind.write(source, r, sheet));
    sheet.filter();
  }

  private static void areas(WorkbookWriter book) {
    SheetWriter sheet =
        book.sheet(
            "Areas",
            "Areas: the nations and English regions, with their GSS and ITL1 codes",
            List.of(
                Column.code("GSS code", 11, "ONS GSS code (or prefix, for local authorities)"),
                Column.code("ITL1 code", 9, "ITL1 code"),
                Column.text("Name", 36, "Name of the area or kind of local authority"),
                Column.text("Level", 18, "Nation, English region, local authority prefix"),
                Column.text("Nation", 16, "The nation it lies in"),
                Column.text("In UK table", 11, "Yes for the twelve areas of a UK table")));
    for (Area a : Area.values()) {
      sheet
          .row()
          .text(a.gssCode())
          .text(a.itl1Code())
          .text(a.displayName())
          .text(a.level() == Area.Level.NATION ? "Nation" : "English region")
          .text(a.nation().displayName())
          .text(Area.ukTable().contains(a) ? "Yes" : "No");
    }
    sheet
        .row()
        .text(AreaCode.UNITED_KINGDOM)
        .blank()
        .text("United Kingdom")
        .text("Country")
        .blank()
        .text("No");
    AreaCode.LOCAL_AUTHORITY_PREFIXES.entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(
            e ->
                sheet
                    .row()
                    .text(e.getKey())
                    .blank()
                    .text(e.getValue())
                    .text("Local authority prefix")
                    .text(nationOfPrefix(e.getKey()))
                    .text("No"));
    sheet.filter();
  }

  private static String nationOfPrefix(String prefix) {
    return switch (prefix.charAt(0)) {
      case 'W' -> "Wales";
      case 'S' -> "Scotland";
      case 'N' -> "Northern Ireland";
      default -> "England";
    };
  }
}
