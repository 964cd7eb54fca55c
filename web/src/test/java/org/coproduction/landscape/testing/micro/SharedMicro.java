package org.coproduction.landscape.testing.micro;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.coproduction.landscape.testing.Deployments;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro, started once per test JVM for all the test classes (they deploy the one archive of
 * {@link Deployments#landscape()}) instead of once per class: Payara Micro cannot redeploy, so its
 * Arquillian connector starts a new Micro process at every deployment and stops it at every
 * undeployment, about half a minute each on two cores.
 *
 * <p>The first deployment in a JVM starts Micro; later ones, in whatever Arquillian suite (the
 * build's test runner may start a suite per class), get the same server and address. It stops with
 * the test JVM (the connector's shutdown hook).
 */
public class SharedMicro extends PayaraMicroDeployableContainer {

  private static final Logger LOG = Logger.getLogger(SharedMicro.class.getName());

  /** The shared server's address, once started in this JVM. */
  private static ProtocolMetaData sharedServer;

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    synchronized (SharedMicro.class) {
      if (sharedServer == null) {
        sharedServer = super.deploy(archive);
      } else {
        LOG.info("Reusing the running Payara Micro for " + archive.getName());
      }
      return sharedServer;
    }
  }

  /** Nothing: the server goes on serving the next class, and stops with the JVM. */
  @Override
  public void undeploy(Archive<?> archive) {}
}
