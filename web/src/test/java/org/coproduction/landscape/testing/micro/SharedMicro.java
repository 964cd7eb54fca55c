package org.coproduction.landscape.testing.micro;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.coproduction.landscape.testing.Deployments;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro, started once per test JVM for all the test classes that deploy the shared archive
 * ({@link Deployments#landscape()}) instead of once per class: Payara Micro cannot redeploy, so its
 * Arquillian connector starts a new Micro process at every deployment and stops it at every
 * undeployment, about half a minute each on two cores.
 *
 * <p>The first shared deployment in a JVM starts Micro; later ones, in whatever Arquillian suite
 * (the build's test runner may start a suite per class), get the same server and address. It stops
 * with the test JVM (a shutdown hook of its own). A deployment of another archive ({@link
 * Deployments#ownServer()}) runs on a Micro of its own beside it, stopped at its undeployment.
 */
public class SharedMicro extends PayaraMicroDeployableContainer {

  private static final Logger LOG = Logger.getLogger(SharedMicro.class.getName());

  /** The shared server's address, once started in this JVM. */
  private static ProtocolMetaData sharedServer;

  /**
   * Every server this container starts runs with {@link MicroJvm#options()}, after any {@code
   * cmdOptions} of {@code arquillian.xml}.
   */
  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    String given = configuration.getCmdOptions();
    String ours = String.join(" ", MicroJvm.options());
    configuration.setCmdOptions(given == null || given.isBlank() ? ours : given + " " + ours);
    super.setup(configuration);
  }

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (!Deployments.isShared(archive)) {
      return super.deploy(archive);
    }
    synchronized (SharedMicro.class) {
      if (sharedServer == null) {
        sharedServer = super.deploy(archive);
        stopAtExit(process());
      } else {
        LOG.info("Reusing the running Payara Micro for " + archive.getName());
      }
      return sharedServer;
    }
  }

  /**
   * Stops a server of its own and waits until its process has ended. The connector only asks the
   * process to stop: a server still shutting down would share the test database with the next
   * class's server, and could take up (and fail) the report runs that class asks for.
   */
  @Override
  public void undeploy(Archive<?> archive) throws DeploymentException {
    if (Deployments.isShared(archive)) {
      return;
    }
    Process process = process();
    super.undeploy(archive);
    if (process == null) {
      return;
    }
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        LOG.warning("Payara Micro did not stop within 2 minutes; killing it");
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeploymentException("Interrupted while Payara Micro stopped", e);
    }
  }

  /**
   * Stops the shared server when the test JVM ends. The connector's own shutdown hook stops the
   * process it started last, which by then may be another class's server of its own, long stopped:
   * the shared server would outlive the build, holding its port and memory.
   */
  private static void stopAtExit(Process shared) {
    if (shared == null) {
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  shared.destroy();
                  try {
                    if (!shared.waitFor(20, TimeUnit.SECONDS)) {
                      shared.destroyForcibly();
                    }
                  } catch (InterruptedException e) {
                    shared.destroyForcibly();
                  }
                },
                "stop the shared Payara Micro"));
  }

  /**
   * The connector's Micro process (a private field of the connector, read once at undeployment).
   */
  private Process process() {
    try {
      Field field = PayaraMicroDeployableContainer.class.getDeclaredField("payaraMicroProcess");
      field.setAccessible(true);
      return (Process) field.get(this);
    } catch (ReflectiveOperationException e) {
      LOG.warning("Cannot see Payara Micro's process to wait for it: " + e);
      return null;
    }
  }
}
