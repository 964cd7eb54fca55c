package org.coproduction.landscape.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.reports.exchange.Giving360Workbook;
import org.coproduction.landscape.reports.exchange.KumuWorkbook;
import org.coproduction.landscape.reports.workbook.LandscapeWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbooks as a civil servant sees them in LibreOffice Calc: each is opened by LibreOffice
 * (headless) and every sheet saved as CSV the way Calc shows it (formatted dates and money, the
 * values of formulas), then read back.
 *
 * <p>LibreOffice is found where {@code .mvn/test-tools.sh} finds it ({@link TestTools}), or at
 * {@code -Dlandscape.soffice=...}. Where it is not installed the tests fail, naming the command
 * that installs it (a full test run refuses to start without it: the parent pom runs that script
 * first).
 */
class LibreOfficeTest {

  private static final Path DIR = Path.of("target", "libreoffice");

  private static Path soffice;

  @BeforeAll
  static void findLibreOffice() {
    soffice =
        TestTools.program("landscape.soffice", "soffice")
            .orElseGet(
                () ->
                    fail(
                        "LibreOffice (soffice) is missing: install it with "
                            + TestTools.installCommand()));
  }

  @Test
  void landscapeWorkbookOpensWithEverySheetNamedAndCodesBesideNames() throws Exception {
    Map<String, List<CSVRecord>> sheets = open(new LandscapeWorkbook());
    assertEquals(LandscapeWorkbook.SHEETS, List.copyOf(sheets.keySet()));

    List<CSVRecord> networks = sheets.get("Networks");
    assertTrue(
        networks.get(0).get(0).startsWith("Networks: every record"),
        "the title row, then the column titles");
    List<String> header = networks.get(1).toList();
    CSVRecord camden = row(networks, header.indexOf("Name"), "Camden Health Forum");
    assertEquals("E09000007", camden.get(header.indexOf("Area codes")));
    assertEquals("London borough", camden.get(header.indexOf("Areas")));
    assertEquals("2017-03-01", camden.get(header.indexOf("Founded")), "a date, shown as one");

    List<CSVRecord> funding = sheets.get("Funding");
    List<String> titles = funding.get(1).toList();
    CSVRecord paused = row(funding, 0, "360G-cft-003");
    assertEquals("40,000.00", paused.get(titles.indexOf("Amount Awarded")), "money, in pounds");
    assertEquals("Paused", paused.get(titles.indexOf("Status")));
    assertEquals("W92000004", paused.get(titles.indexOf("Beneficiary Location:0:Geographic Code")));
    CSVRecord lost = row(funding, 0, "360G-cft-004");
    assertEquals("Lost", lost.get(titles.indexOf("Status")));
    assertEquals("Funding withdrawn during Covid-19", lost.get(titles.indexOf("Covid Impact")));
  }

  @Test
  void summaryTotalsAddUpAsCalcShowsThem() throws Exception {
    List<CSVRecord> summary = open(new LandscapeWorkbook()).get("Summary");
    List<String> header = summary.get(1).toList();
    int active = header.indexOf("Active networks");
    CSVRecord total = summary.get(summary.size() - 1);
    assertEquals("Total", total.get(header.indexOf("Area")));
    long sum = 0;
    for (CSVRecord r : summary.subList(2, summary.size() - 1)) {
      sum += Long.parseLong(r.get(active).replace(" (gap)", ""));
    }
    CSVRecord london =
        summary.stream().filter(r -> r.get(0).equals("E12000007")).findFirst().orElseThrow();
    assertEquals(
        "0 (gap)",
        london.get(header.indexOf("Housing")),
        "Calc shows a gap in words, not by its shade alone");
    assertTrue(sum > 0, "the seeded networks are counted");
    assertEquals(sum, Long.parseLong(total.get(active)), "the total is the sum of the areas");
    assertTrue(
        summary.stream().anyMatch(r -> r.get(0).equals("E12000007") && r.get(2).equals("London")),
        "London by its GSS code");
  }

  @Test
  void aNameThatLooksLikeAFormulaIsShownAsTextInEveryWorkbook() throws Exception {
    for (Report workbook :
        List.of(new LandscapeWorkbook(), new Giving360Workbook(), new KumuWorkbook())) {
      List<String> shown = new ArrayList<>();
      open(workbook).values().forEach(rows -> rows.forEach(r -> r.forEach(shown::add)));
      assertTrue(
          shown.contains(LandscapeFixture.FORMULA_NAME),
          workbook.name() + " shows the organisation's name as typed");
      assertFalse(
          shown.stream().anyMatch(v -> v.contains("HYPERLINK") && !v.contains("example.invalid")),
          workbook.name() + ": no cell shows the formula's result");
    }
  }

  @Test
  void exchangeWorkbooksOpenWithTheirSheets() throws Exception {
    for (Report report : List.of(new Giving360Workbook(), new KumuWorkbook())) {
      Map<String, List<CSVRecord>> shown = open(report);
      // The sheets of the very file LibreOffice opened, as POI reads them.
      List<String> written = new ArrayList<>();
      try (XSSFWorkbook book = Documents.workbook(Files.readAllBytes(file(report)))) {
        for (Sheet s : book) {
          written.add(s.getSheetName());
        }
      }
      assertEquals(written, List.copyOf(shown.keySet()), report.name());
      for (Map.Entry<String, List<CSVRecord>> sheet : shown.entrySet()) {
        assertTrue(sheet.getValue().size() > 1, report.name() + " " + sheet.getKey() + " has rows");
      }
    }
  }

  private static final Map<String, Map<String, List<CSVRecord>>> OPENED = new LinkedHashMap<>();

  /**
   * A report's workbook opened by LibreOffice (once per test class): each sheet's rows as shown,
   * sheets in order.
   */
  private static synchronized Map<String, List<CSVRecord>> open(Report report)
      throws IOException, InterruptedException {
    if (!OPENED.containsKey(report.name())) {
      OPENED.put(report.name(), convert(report));
    }
    return OPENED.get(report.name());
  }

  /** Where a report's workbook is written for LibreOffice to open. */
  private static Path file(Report report) {
    String name = report.name().replace(".xlsx", "");
    return DIR.resolve(name).resolve(name + ".xlsx");
  }

  private static Map<String, List<CSVRecord>> convert(Report report)
      throws IOException, InterruptedException {
    Path xlsx = file(report);
    Path out = xlsx.getParent();
    Files.createDirectories(out);
    Files.write(xlsx, Documents.produce(report, ReportParameters.none()));
    Path log = out.resolve("soffice.log");
    Process p =
        new ProcessBuilder(
                soffice.toString(),
                "--headless",
                "--norestore",
                "-env:UserInstallation=" + DIR.resolve("profile").toAbsolutePath().toUri(),
                "--convert-to",
                // Comma-separated, UTF-8, cells as shown (formatted), one file per sheet.
                "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1",
                "--outdir",
                out.toAbsolutePath().toString(),
                xlsx.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("LibreOffice did not convert " + xlsx + " within 120 s");
    }
    String said = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), said);
    Map<String, List<CSVRecord>> sheets = new LinkedHashMap<>();
    Matcher m = Pattern.compile("Writing sheet (.+?) -> (.+\\.csv)").matcher(said);
    while (m.find()) {
      try (Reader r = Files.newBufferedReader(Path.of(m.group(2)), StandardCharsets.UTF_8)) {
        sheets.put(m.group(1), CSVFormat.DEFAULT.parse(r).getRecords());
      }
    }
    assertFalse(sheets.isEmpty(), "LibreOffice wrote no sheet: " + said);
    return sheets;
  }

  private static CSVRecord row(List<CSVRecord> rows, int column, String value) {
    return rows.stream()
        .filter(r -> r.size() > column && r.get(column).equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + value));
  }
}
