package org.coproduction.landscape.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRDataset;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports' shared datasets: declared once, in every compiled report, never declared twice. */
class TemplateCompilerTest {

  private static final Path TEMPLATES = Path.of("src", "main", "jasperreports");
  private static final Path SHARED = TEMPLATES.resolve(TemplateCompiler.SHARED);

  @Test
  void bothReportsCompileWithTheSharedDatasetsAndUseEachOfThem() throws Exception {
    Set<String> shared = names(JRXmlLoader.load(SHARED.toFile()).getDatasets());
    assertEquals(Set.of("funding", "themes", "quotes"), shared);
    for (String name : List.of("landscape.jrxml", "funder.jrxml")) {
      Path template = TEMPLATES.resolve(name);
      JasperDesign design = TemplateCompiler.design(template, SHARED);
      JasperReport report = JasperCompileManager.compileReport(design);
      assertTrue(names(report.getDatasets()).containsAll(shared), name);
      String text = Files.readString(template);
      for (String dataset : shared) {
        assertTrue(text.contains("subDataset=\"" + dataset + "\""), name + " reads " + dataset);
        assertTrue(
            !text.contains("<dataset name=\"" + dataset + "\""),
            name + " leaves " + dataset + " to the shared file");
      }
    }
  }

  @Test
  void aTemplateThatDeclaresASharedDatasetAgainIsRefusedByName(@TempDir Path dir) throws Exception {
    String landscape = Files.readString(TEMPLATES.resolve("landscape.jrxml"));
    Path drifted = dir.resolve("drifted.jrxml");
    Files.writeString(
        drifted,
        landscape.replace(
            "\t<dataset name=\"figures\">",
            "\t<dataset name=\"funding\">\n\t\t<field name=\"code\" class=\"java.lang.String\"/>\n"
                + "\t</dataset>\n\t<dataset name=\"figures\">"));
    JRException refused =
        assertThrows(JRException.class, () -> TemplateCompiler.design(drifted, SHARED));
    assertNotNull(refused.getMessage());
    assertTrue(refused.getMessage().contains("drifted.jrxml"), refused.getMessage());
    assertTrue(refused.getMessage().contains("'funding'"), refused.getMessage());
  }

  private static Set<String> names(JRDataset[] datasets) {
    return datasets == null
        ? Set.of()
        : Arrays.stream(datasets).map(JRDataset::getName).collect(Collectors.toSet());
  }
}
