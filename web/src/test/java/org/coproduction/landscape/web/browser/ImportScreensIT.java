package org.coproduction.landscape.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A member of staff imports organisations from an Excel workbook and then grants to them from a CSV
 * file: first files with mistakes (every problem shown by row and column, nothing written), then
 * the corrected files (everything written and shown in the lists). axe-core checks the import
 * screen with its problems showing; the pictures are kept under {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportScreensIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  @ArquillianResource URL deployed;

  URL url;

  private static String token;
  private static String staff;
  private static String password;
  private static Path files;

  @BeforeEach
  void staffAccount() throws Exception {
    url = new URL("http", "localhost", deployed.getPort(), deployed.getPath());
    if (token != null) {
      return;
    }
    token = Api.uniqueToken();
    staff = "importer-" + token;
    password = "Import-password-" + token.toUpperCase(Locale.ROOT);
    Api.at(url)
        .asAdmin()
        .post(
            "users",
            Api.object()
                .add("username", staff)
                .add("password", password)
                .add("role", "STAFF")
                .build())
        .expect(201);
    files = Files.createTempDirectory("landscape-imports");
  }

  private Api api() {
    return Api.at(url).as(staff, password);
  }

  private long total(String kind) {
    return api()
        .get(kind + "?q=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
        .expect(200)
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  /** The cells of each row of the problem table, as "row|column|problem". */
  private static List<String> problems(Browser b) {
    return b.all("#problems tbody tr").stream()
        .map(
            tr ->
                String.join(
                    "|",
                    tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()))
        .toList();
  }

  private void upload(Browser b, String kind, Path file) {
    new Select(b.find("#upload\\:kind")).selectByValue(kind);
    b.find("#upload\\:file").sendKeys(file.toAbsolutePath().toString());
    b.clickAndWait("#upload\\:check");
  }

  @Test
  @Order(1)
  void organisationsFromAWorkbookWithMistakesWriteNothingAndThenAllAreWritten() throws Exception {
    Path bad =
        workbook(
            "organisations-with-mistakes.xlsx",
            new String[][] {
              {"Funder " + token, "Funder", "GB-CHC-F" + token, "E12000003", "funder"},
              {"Group " + token, "spaceship", "GB-CHC-G" + token + "|XX-1", "E12000007", ""},
            });
    Path good =
        workbook(
            "organisations.xlsx",
            new String[][] {
              {"Funder " + token, "Funder", "GB-CHC-F" + token, "E12000003", "funder"},
              {"Group " + token, "community group", "GB-CHC-G" + token, "W92000004", ""},
            });
    try (Browser b = new Browser(url)) {
      b.signIn(staff, password);
      b.open("/");
      b.clickAndWait(".site-nav a[href$='import/index.xhtml']");
      assertEquals("Import records", b.text("h1"));
      b.check("import-01-page");

      Path large = files.resolve("large.csv");
      Files.writeString(large, "name,type\n" + ("x".repeat(99) + ",CHARITY\n").repeat(60_000));
      upload(b, "ORGANISATIONS", large);
      assertTrue(b.text(".messages").contains("The file is larger than 5 MB"), b.text(".messages"));
      assertFalse(b.has("#importResult"), "a file too large is not read");

      upload(b, "ORGANISATIONS", bad);
      List<String> problems = problems(b);
      assertTrue(
          problems.stream().anyMatch(p -> p.startsWith("3|type|") && p.contains("'spaceship'")),
          problems.toString());
      assertTrue(
          problems.stream().anyMatch(p -> p.startsWith("3|org_id|") && p.contains("XX-1")),
          problems.toString());
      assertTrue(
          problems.stream().noneMatch(p -> p.startsWith("2|")), "row 2 is fine: " + problems);
      assertFalse(
          b.has("#confirm\\:importAll"), "nothing can be imported while a row has a problem");
      b.check("import-02-organisation-problems");
      assertEquals(0, total("organisations"), "nothing was written");

      upload(b, "ORGANISATIONS", good);
      assertTrue(b.text("#importValid").contains("All 2 rows are valid"), b.text("main"));
      assertTrue(b.text("#sample").contains("community group"), b.text("#sample"));
      b.clickAndWait("#confirm\\:importAll");
      assertTrue(
          b.text(".messages").contains("Imported 2 organisations from organisations.xlsx"),
          b.text(".messages"));
      assertTrue(b.has("#imported a[href*='organisations/view.xhtml?id=']"), b.text("main"));
      b.check("import-03-organisations-written");
      assertEquals(2, total("organisations"));

      // The same funder again, its name written differently: named before anything is imported.
      Path twice = files.resolve("twice.csv");
      Files.writeString(twice, "name,type\nThe FUNDER " + token + " Ltd.,funder\n");
      upload(b, "ORGANISATIONS", twice);
      assertTrue(b.text("#importWarned").contains("Before importing, look at the rows below (1)"));
      assertTrue(
          b.text("#warnings").contains("Likely already in the record as 'Funder " + token + "'"),
          b.text("#warnings"));
      b.check("import-03-organisation-warnings");
      assertEquals(2, total("organisations"), "a warning writes nothing");

      b.open("/organisations/list.xhtml?q=" + token);
      String list = b.text("#list\\:records");
      assertTrue(
          list.contains("Funder " + token)
              && list.contains("Group " + token)
              && list.contains("GB-CHC-F" + token),
          list);
    }
  }

  @Test
  @Order(2)
  void grantsFromACsvFileReferToTheImportedOrganisations() throws Exception {
    String header =
        "Identifier,Title,Description,Funding Org:Identifier,Recipient Org:Name,Amount Awarded,Award Date\n";
    Path bad = files.resolve("grants-with-mistakes.csv");
    Files.writeString(
        bad,
        header
            + "360G-IMP-"
            + token
            + "-1,Start-up,To begin,GB-CHC-F"
            + token
            + ",Group "
            + token
            + ",\"£12,500.50\",19/11/2020\n"
            + "360G-IMP-"
            + token
            + "-2,Second year,To go on,GB-CHC-NOBODY"
            + token
            + ",Nobody "
            + token
            + ",5000,31/02/2021\n");
    Path good = files.resolve("grants.csv");
    Files.writeString(
        good,
        header
            + "360G-IMP-"
            + token
            + "-1,Start-up,To begin,GB-CHC-F"
            + token
            + ",Group "
            + token
            + ",\"£12,500.50\",19/11/2020\n"
            + "360G-IMP-"
            + token
            + "-2,Second year,To go on,GB-CHC-F"
            + token
            + ",Group "
            + token
            + ",5000,28/02/2021\n");
    try (Browser b = new Browser(url)) {
      b.signIn(staff, password);
      b.open("/import/index.xhtml");
      upload(b, "GRANTS", bad);
      List<String> problems = problems(b);
      assertTrue(
          problems.stream()
              .anyMatch(
                  p ->
                      p.startsWith("3|Funding Org:Identifier|")
                          && p.contains("No organisation in the record holds")),
          problems.toString());
      assertTrue(
          b.text("#warnings")
              .contains("'Nobody " + token + "' is not in the record: it will be added"),
          "a recipient not recorded would be added: " + b.text("#warnings"));
      assertTrue(
          problems.stream().anyMatch(p -> p.startsWith("3|Award Date|")), problems.toString());
      assertFalse(b.has("#confirm\\:importAll"));
      b.check("import-04-grant-problems");
      assertEquals(0, total("grants"), "nothing was written");

      upload(b, "GRANTS", good);
      assertTrue(b.text("#importValid").contains("All 2 rows are valid"), b.text("main"));
      b.clickAndWait("#confirm\\:importAll");
      assertTrue(
          b.text(".messages").contains("Imported 2 grants from grants.csv"), b.text(".messages"));
      assertEquals(2, total("grants"));

      // The same file again: both rows update the grants they name, nothing is entered twice.
      upload(b, "GRANTS", good);
      assertTrue(
          b.text("#importUpdates").contains("2 of them update grants already recorded"),
          b.text("#importResult"));
      assertEquals("Update", b.text("#sample tbody tr:first-child td:nth-child(2)"));
      b.clickAndWait("#confirm\\:importAll");
      assertEquals(2, total("grants"), "updated, not entered twice");
      b.open("/funding/list.xhtml?q=360G-IMP-" + token);
      String list = b.text("#list\\:records");
      assertTrue(
          list.contains("Start-up")
              && list.contains("Second year")
              && list.contains("Funder " + token)
              && list.contains("£12,500.50"),
          list);
    }
  }

  /** A workbook as a spreadsheet program would save it: titles in the first row, typed cells. */
  private static Path workbook(String name, String[][] rows) throws IOException {
    Path file = files.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Organisations");
      String[] titles = {"Name", "Type", "Org_ID", "Area", "Roles"};
      Row header = sheet.createRow(0);
      for (int i = 0; i < titles.length; i++) {
        header.createCell(i).setCellValue(titles[i]);
      }
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }
    return file;
  }
}
