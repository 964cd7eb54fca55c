package org.coproduction.landscape.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.coproduction.landscape.testing.Deployments;
import org.coproduction.landscape.testing.micro.MicroJvm;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Landscape in a Payara Micro process of its own, as an operator runs it: the test deployment as a
 * WAR file, {@code java -jar payara-micro.jar --deploy}, the database named by environment
 * variables. The tests here kill it and stop its database under it, which an Arquillian container
 * would not survive.
 */
final class Server implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path folder;
  private final Map<String, String> environment;
  private final int port;
  private Process process;
  private int starts;

  /**
   * A server whose WAR, Micro roots and logs go into {@code folder}; the environment replaces the
   * test JVM's {@code LANDSCAPE_*} variables (null values remove one).
   */
  Server(Path folder, Map<String, String> environment) {
    this.folder = folder;
    this.environment = environment;
    this.port = freePort();
  }

  /** The application's root, e.g. {@code http://localhost:41234/landscape/}. */
  String application() {
    return "http://localhost:" + port + "/" + Deployments.NAME + "/";
  }

  /** The server's root, where Payara answers {@code /health}. */
  URI root() {
    return URI.create("http://localhost:" + port + "/");
  }

  /** Starts the server and waits until the application answers (at most {@code timeout}). */
  Server start(Duration timeout) throws IOException, InterruptedException {
    Path war = folder.resolve(Deployments.NAME + ".war");
    if (!Files.exists(war)) {
      Files.createDirectories(folder);
      Deployments.landscape().as(ZipExporter.class).exportTo(war.toFile(), true);
    }
    starts++;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.addAll(MicroJvm.options());
    command.add("-jar");
    command.add(Deployments.required("payara.microJar").toString());
    command.addAll(
        List.of(
            "--deploy",
            war.toString(),
            "--port",
            Integer.toString(port),
            "--nocluster",
            // A root of its own for each start, as Micro makes one when none is given: a root kept
            // from an earlier start holds that start's deployment, which Micro deploys again
            // before the one asked for here (the application started twice, about 20 s more).
            "--rootdir",
            folder.resolve("micro-" + starts).toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
    environment.forEach(
        (name, value) -> {
          if (value == null) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    process = builder.start();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro ended with " + process.exitValue() + " while starting: see " + log());
      }
      if (status("login.xhtml") == 200 && status(root().resolve("health/ready")) == 200) {
        return this;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "Landscape did not answer within " + timeout + ": see " + log());
  }

  /** The log of the latest start. */
  Path log() {
    return folder.resolve("micro-" + starts + ".log");
  }

  /** Kills the process the way {@code kill -9} does; returns its exit status (137 for SIGKILL). */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("The server outlived SIGKILL");
    }
    return process.exitValue();
  }

  /** The HTTP status of a GET inside the application, or -1 when nothing answers. */
  int status(String path) {
    return status(URI.create(application()).resolve(path));
  }

  static int status(URI uri) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Stops the server if it still runs (SIGTERM, then SIGKILL). */
  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
