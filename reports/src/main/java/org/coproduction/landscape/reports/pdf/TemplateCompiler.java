package org.coproduction.landscape.reports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles the report templates at build time ({@code exec-maven-plugin}, phase process-classes):
 * every {@code .jrxml} of the source folder becomes a {@code .jasper} of the same name in the
 * target folder. Loading a compiled template takes a fraction of a second; compiling takes seconds
 * and a Java compiler, which the server need not have.
 *
 * <p>Arguments: the folder of the templates, the folder of the compiled reports.
 */
public final class TemplateCompiler {

  private TemplateCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    Path from = Path.of(args[0]);
    Path to = Path.of(args[1]);
    Files.createDirectories(to);
    List<Path> templates;
    try (Stream<Path> files = Files.list(from)) {
      templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path template : templates) {
      String name = template.getFileName().toString().replace(".jrxml", ".jasper");
      Path compiled = to.resolve(name);
      if (Files.exists(compiled)
          && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(template))
              > 0) {
        continue;
      }
      JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
      System.out.println("Compiled " + template.getFileName() + " -> " + compiled);
    }
  }
}
