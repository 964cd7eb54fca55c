package org.coproduction.landscape.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which server answered: every response names it in {@value #HEADER} (set by {@code
 * security.SecurityHeaders}, and by {@code security.LandscapeAuthentication} for the answers it
 * gives before any filter runs), so that behind a balancer an operator can tell which server
 * answered a request.
 *
 * <p>The name is the first of: {@code LANDSCAPE_NODE} ({@code landscape.node}); on Payara Micro its
 * instance name; on Payara Server the instance's name ({@code com.sun.aas.instanceName}); the host
 * name. Only letters, digits, {@code -}, {@code _} and {@code .} are kept (any other character
 * becomes {@code -}), at most {@value #LONGEST} of them.
 */
public final class ServerNode {

  /** The response header that names the server. */
  public static final String HEADER = "X-Landscape-Node";

  /** The configuration key (environment variable {@code LANDSCAPE_NODE}). */
  public static final String KEY = "landscape.node";

  static final int LONGEST = 64;

  private static final Logger LOG = Logger.getLogger(ServerNode.class.getName());

  private ServerNode() {}

  /** This server's name, a safe header value. */
  public static String name() {
    return Chosen.NAME;
  }

  /** The name, chosen when first asked for. */
  private static final class Chosen {
    static final String NAME =
        ServerNode.name(
            key ->
                ConfigProvider.getConfig(ServerNode.class.getClassLoader())
                    .getOptionalValue(key, String.class),
            ServerNode::microInstanceName,
            System::getProperty);
  }

  /**
   * The first usable name of: the configuration, Payara Micro's instance name, Payara Server's
   * instance name, the host name, {@code "unknown"}.
   */
  static String name(
      Function<String, Optional<String>> config,
      Supplier<Optional<String>> micro,
      Function<String, String> systemProperty) {
    String chosen =
        config
            .apply(KEY)
            .flatMap(ServerNode::safe)
            .or(() -> micro.get().flatMap(ServerNode::safe))
            .or(
                () ->
                    Optional.ofNullable(systemProperty.apply("com.sun.aas.instanceName"))
                        .flatMap(ServerNode::safe))
            .or(() -> hostName().flatMap(ServerNode::safe))
            .orElse("unknown");
    LOG.info(() -> "This server answers as " + HEADER + ": " + chosen);
    return chosen;
  }

  /** The name as a header may carry it, or empty when nothing of it is left. */
  static Optional<String> safe(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String safe = name.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    if (safe.length() > LONGEST) {
      safe = safe.substring(0, LONGEST);
    }
    return safe.isEmpty() ? Optional.empty() : Optional.of(safe);
  }

  /**
   * Payara Micro's instance name when it has one ({@code --name}, or the one it makes up when it
   * joins a cluster; with {@code --nocluster} and no {@code --name} it has none), when this runs on
   * Payara Micro: asked of its runtime ({@code PayaraMicroImpl}, or the {@code PayaraMicro} of a
   * server started from code) without creating anything.
   */
  private static Optional<String> microInstanceName() {
    for (String type :
        List.of("fish.payara.micro.impl.PayaraMicroImpl", "fish.payara.micro.PayaraMicro")) {
      for (ClassLoader loader :
          List.of(ServerNode.class.getClassLoader(), ClassLoader.getSystemClassLoader())) {
        try {
          Class<?> micro = Class.forName(type, false, loader);
          Object instance = micro.getMethod("getInstance", boolean.class).invoke(null, false);
          if (instance != null
              && micro.getMethod("getInstanceName").invoke(instance) instanceof String name) {
            return Optional.of(name);
          }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
          // Not Payara Micro, or not visible from here.
        }
      }
    }
    return Optional.empty();
  }

  /** The host's name: the last resort, since it may be an address. */
  private static Optional<String> hostName() {
    try {
      return Optional.of(InetAddress.getLocalHost().getHostName());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
