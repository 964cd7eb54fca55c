package org.coproduction.landscape.reports.sheet;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The "About" sheet of a workbook: what it is, where its data comes from, when it was made, what
 * its figures mean, and a line for every column of every sheet written before it.
 */
public final class About {

  /** Where every workbook's data comes from. */
  public static final String SOURCE =
      "The Landscape record of UK co-production networks, kept by programme staff of the convening organisation";

  private About() {}

  public static void write(
      WorkbookWriter book, String title, LocalDateTime generated, List<String> notes) {
    List<WorkbookWriter.Described> sheets = book.described();
    SheetWriter about =
        book.sheet(
            "About",
            "About this workbook: " + title + ", its source, and what every column means",
            List.of(
                Column.text("Sheet", 16, "The sheet described"),
                Column.text("Item", 28, "A column of that sheet, or a fact about the workbook"),
                Column.wrapped("Meaning", 100, "What it means")));
    about.row().text("About").text("Title").text(title);
    about.row().text("About").text("Source").text(SOURCE);
    about
        .row()
        .text("About")
        .text("Generated")
        .text(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(generated) + " (UK time)");
    for (String note : notes) {
      about.row().text("About").text("Note").text(note);
    }
    for (WorkbookWriter.Described sheet : sheets) {
      for (Column c : sheet.columns()) {
        about.row().text(sheet.sheet()).text(c.title()).text(c.meaning());
      }
    }
    about.filter();
  }
}
