package org.coproduction.landscape.testing.micro;

import java.util.List;
import org.coproduction.landscape.testing.Deployments;

/**
 * The Java options of every Payara Micro the web module's tests start, through Arquillian ({@link
 * SharedMicro}) or as a process of their own ({@code reliability.Server}).
 *
 * <p>A test server lives for minutes. Profiled on two cores, its server compiler (C2) took 27% to
 * 40% of its CPU (docs/testing.md), optimising framework code that the tests run a few hundred
 * times. The directives file ({@code .mvn/test-compiler.json}, named by the build's {@code
 * test.compiler}) keeps C2 for the JDK's cryptography alone: passwords are hashed as in production
 * (PBKDF2 at 600,000 iterations, 0.13 s under C2 against 1 s under C1 alone), and everything else
 * is compiled by the client compiler (C1).
 */
public final class MicroJvm {

  private MicroJvm() {}

  /** The options, before {@code -jar payara-micro.jar}. */
  public static List<String> options() {
    return List.of(
        "-XX:+UnlockDiagnosticVMOptions",
        "-XX:CompilerDirectivesFile=" + Deployments.required("test.compiler"));
  }
}
