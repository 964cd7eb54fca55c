package org.coproduction.landscape.reports.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.reports.Documents;
import org.coproduction.landscape.reports.LandscapeFixture;
import org.coproduction.landscape.reports.ReportParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 360Giving package validated against the standard's schema, and the spreadsheet's column
 * titles.
 */
class Giving360Test {

  private static final String SCHEMA_BASE =
      "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";

  static JsonNode pkg;
  static byte[] json;

  @BeforeAll
  static void produce() throws IOException {
    json = Documents.produce(new Giving360Json(), ReportParameters.none());
    pkg = new ObjectMapper().readTree(json);
  }

  static JsonSchema packageSchema() throws IOException {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder.schemaMappers(
                    m ->
                        m.mapPrefix(SCHEMA_BASE + "1.4.2/schema/", "classpath:360giving/")
                            .mapPrefix(SCHEMA_BASE + "1.4.3/schema/", "classpath:360giving/")));
    try (InputStream in =
        Giving360Test.class.getResourceAsStream("/360giving/360-giving-package-schema.json")) {
      return factory.getSchema(
          in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }
  }

  @Test
  void thePackageValidatesAgainstTheStandardsSchema() throws IOException {
    Set<ValidationMessage> errors = packageSchema().validate(pkg);
    assertTrue(
        errors.isEmpty(), () -> "360Giving schema errors: " + errors + "\n" + new String(json));
  }

  @Test
  void theSchemaCatchesABrokenGrant() throws IOException {
    JsonNode broken = pkg.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("grants").get(0))
        .remove("awardDate");
    assertFalse(
        packageSchema().validate(broken).isEmpty(), "the validator really reads the grant schema");
  }

  @Test
  void holdsOnlyAwardedGrantsWith360GIdentifiers() {
    List<String> ids = new ArrayList<>();
    pkg.get("grants").forEach(g -> ids.add(g.get("id").asText()));
    assertEquals(
        List.of("360G-cft-001", "360G-cft-002", "360G-cft-003", "360G-cft-006", "360G-wt-1"), ids);
    for (JsonNode g : pkg.get("grants")) {
      assertTrue(
          g.get("recipientOrganization")
              .get(0)
              .get("id")
              .asText()
              .matches("(GB-[A-Z]+|360G-[A-Za-z0-9]+)-[A-Za-z0-9_.-]+"));
    }
    JsonNode network = pkg.get("grants").get(0).get("recipientOrganization").get(0);
    assertTrue(
        network.get("id").asText().startsWith("360G-coproduction-network-"), network.toString());
    JsonNode funder = pkg.get("grants").get(0).get("fundingOrganization").get(0);
    assertEquals("GB-CHC-1036733", funder.get("id").asText());
    JsonNode location = pkg.get("grants").get(0).get("beneficiaryLocation").get(0);
    assertEquals("E12000007", location.get("geoCode").asText());
    assertEquals("RGN", location.get("geoCodeType").asText());
    assertEquals(25000, pkg.get("grants").get(0).get("amountAwarded").asInt());
  }

  @Test
  void thePackageSaysWhatTheDataQualityChecksFindInIt() throws Exception {
    String description = pkg.get("description").asText();
    java.util.List<String> notes;
    try (java.sql.Connection c = LandscapeFixture.connection()) {
      notes =
          org.coproduction.landscape.reports.Giving360.qualityNotes(
              LandscapeFixture.source(c),
              org.coproduction.landscape.reports.Giving360.filter(ReportParameters.none()));
    }
    assertTrue(
        description.endsWith(
            "Data quality (the 360Giving checks): " + String.join("; ", notes) + "."),
        description);
    assertTrue(
        notes.stream().anyMatch(n -> n.startsWith("No grant programme: ")),
        "the fixture's grants outside a programme are named: " + notes);
  }

  @Test
  void aFormulaNameIsPlainTextInTheJson() {
    JsonNode recipient = pkg.get("grants").get(1).get("recipientOrganization").get(0);
    assertEquals(LandscapeFixture.FORMULA_NAME, recipient.get("name").asText());
    assertEquals("1164883", recipient.get("charityNumber").asText());
  }

  @Test
  void theSpreadsheetUsesTheStandardsColumnTitles() throws IOException {
    XSSFWorkbook book =
        Documents.workbook(Documents.produce(new Giving360Workbook(), ReportParameters.none()));
    Sheet grants = book.getSheet("grants");
    Set<String> standard = standardTitles();
    for (String title : Documents.header(grants)) {
      assertTrue(
          standard.contains(title.replaceAll(":\\d+:", ":")),
          "'" + title + "' is a 360Giving column title");
    }
    assertEquals(5, grants.getLastRowNum(), "the awarded grants");
    Row row = Documents.rowWith(grants, 0, "360G-cft-002");
    int recipient = Documents.header(grants).indexOf("Recipient Org:Name");
    assertEquals(CellType.STRING, row.getCell(recipient).getCellType());
    assertEquals(LandscapeFixture.FORMULA_NAME, row.getCell(recipient).getStringCellValue());
    assertTrue(row.getCell(recipient).getCellStyle().getQuotePrefixed());
    StringBuilder about = new StringBuilder();
    book.getSheet("About").forEach(r -> r.forEach(c -> about.append(c.toString()).append('\n')));
    assertTrue(
        about.toString().contains("Data quality (the 360Giving checks): No grant programme: "),
        "the About sheet says what the data quality checks find: " + about);
  }

  /** The column titles the standard defines: its titles joined by ':' (as its SOURCE note says). */
  static Set<String> standardTitles() throws IOException {
    JsonNode grant;
    try (InputStream in =
        Giving360Test.class.getResourceAsStream("/360giving/360-giving-schema.json")) {
      grant = new ObjectMapper().readTree(in);
    }
    Set<String> titles = new HashSet<>();
    collect(grant, grant.get("properties"), "", titles);
    return titles;
  }

  private static void collect(
      JsonNode root, JsonNode properties, String prefix, Set<String> titles) {
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      JsonNode p = it.next().getValue();
      if (!p.has("title") && p.has("$ref")) {
        p = root.at(p.get("$ref").asText().substring(1));
      }
      String title = p.has("title") ? prefix + p.get("title").asText() : null;
      if (title == null) {
        continue;
      }
      titles.add(title);
      JsonNode target = p.has("items") ? p.get("items") : p;
      if (target.has("$ref")) {
        target = root.at(target.get("$ref").asText().substring(1));
      }
      if (target.has("properties")) {
        collect(root, target.get("properties"), title + ":", titles);
      }
    }
  }
}
