package org.coproduction.landscape.reports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRDataset;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JRDesignDataset;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Compiles the report templates at build time ({@code exec-maven-plugin}, phase process-classes):
 * every {@code .jrxml} of the source folder becomes a {@code .jasper} of the same name in the
 * target folder. Loading a compiled template takes a fraction of a second; compiling takes seconds
 * and a Java compiler, which the server need not have.
 *
 * <p>The datasets the reports share (the money by area, sector or status; insights by theme; the
 * quoted insights) are declared once, in {@value #SHARED}, and added to every template before it is
 * compiled: JRXML has no include of its own. A template that declares one of them again is refused,
 * so that two reports cannot drift apart on what a row of funding holds.
 *
 * <p>Arguments: the folder of the templates, the folder of the compiled reports.
 */
public final class TemplateCompiler {

  /** The shared datasets, relative to the templates' folder. */
  static final String SHARED = "shared/datasets.jrxml";

  private TemplateCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    Path from = Path.of(args[0]);
    Path to = Path.of(args[1]);
    Files.createDirectories(to);
    Path shared = from.resolve(SHARED);
    List<Path> templates;
    try (Stream<Path> files = Files.list(from)) {
      templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path template : templates) {
      String name = template.getFileName().toString().replace(".jrxml", ".jasper");
      Path compiled = to.resolve(name);
      if (Files.exists(compiled)
          && newer(compiled, template)
          && (!Files.exists(shared) || newer(compiled, shared))) {
        continue;
      }
      JasperCompileManager.compileReportToFile(design(template, shared), compiled.toString());
      System.out.println("Compiled " + template.getFileName() + " -> " + compiled);
    }
  }

  /** A template with the shared datasets added (where there are any). */
  static JasperDesign design(Path template, Path shared) throws JRException {
    JasperDesign design = JRXmlLoader.load(template.toFile());
    if (!Files.exists(shared)) {
      return design;
    }
    for (JRDataset dataset : JRXmlLoader.load(shared.toFile()).getDatasetsList()) {
      if (design.getDatasetMap().containsKey(dataset.getName())) {
        throw new JRException(
            template.getFileName()
                + " declares the dataset '"
                + dataset.getName()
                + "' that every report shares: remove it there, it is declared once in "
                + SHARED);
      }
      design.addDataset((JRDesignDataset) dataset);
    }
    return design;
  }

  private static boolean newer(Path a, Path b) throws IOException {
    return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) > 0;
  }
}
