package org.coproduction.landscape.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The proxies in front of the application (a load balancer, a TLS terminator) whose {@code
 * X-Forwarded-*} headers are believed: configuration key {@value #KEY} (or the environment variable
 * {@value #ENVIRONMENT}), comma-separated IP addresses, none by default. A header from any other
 * address is ignored: anyone can send one.
 */
public final class TrustedProxies {

  public static final String KEY = "landscape.proxies";
  public static final String ENVIRONMENT = "LANDSCAPE_TRUSTED_PROXIES";

  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final Set<InetAddress> addresses;

  private TrustedProxies(Set<InetAddress> addresses) {
    this.addresses = Set.copyOf(addresses);
  }

  /** The proxies configured for this server. */
  public static TrustedProxies fromConfiguration() {
    String list =
        ConfigProvider.getConfig(TrustedProxies.class.getClassLoader())
            .getOptionalValue(KEY, String.class)
            .orElseGet(() -> System.getenv(ENVIRONMENT));
    return of(list);
  }

  /**
   * Proxies from a comma-separated list of IP addresses (no host names: trust must not hang on a
   * DNS answer).
   *
   * @throws IllegalArgumentException naming an entry that is not an IP address
   */
  public static TrustedProxies of(String list) {
    Set<InetAddress> addresses = new LinkedHashSet<>();
    for (String entry : list == null ? new String[0] : list.split(",")) {
      String address = entry.strip();
      if (!address.isEmpty()) {
        addresses.add(literal(address));
      }
    }
    return new TrustedProxies(addresses);
  }

  private static InetAddress literal(String address) {
    String wrong = KEY + ": '" + address + "' is not an IP address";
    // Only literals reach InetAddress, which would ask DNS about anything else.
    if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
      throw new IllegalArgumentException(wrong);
    }
    try {
      return InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(wrong, e);
    }
  }

  /** Whether the direct peer of this request is one of the proxies. */
  public boolean trusts(HttpServletRequest request) {
    if (addresses.isEmpty()) {
      return false;
    }
    try {
      return addresses.contains(literal(request.getRemoteAddr()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Whether the browser reached the application over HTTPS: directly, or through a trusted proxy
   * that says so in {@code X-Forwarded-Proto} (the last value of the last line, the one that proxy
   * added).
   */
  public boolean isSecure(HttpServletRequest request) {
    if (request.isSecure()) {
      return true;
    }
    String proto = allLines(request, "X-Forwarded-Proto");
    if (proto == null || !trusts(request)) {
      return false;
    }
    String last = proto.substring(proto.lastIndexOf(',') + 1).strip();
    return last.equalsIgnoreCase("https");
  }

  /**
   * The address of the person on the other end: the direct peer, or, when that peer is a trusted
   * proxy, the nearest address in {@code X-Forwarded-For} (read from the right) that is not itself
   * a trusted proxy. What an untrusted peer says in that header counts for nothing. A proxy that
   * adds its own header line (HAProxy's {@code option forwardfor} does) is read after the lines the
   * client sent, never instead of them.
   */
  public String clientAddress(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    String forwarded = allLines(request, "X-Forwarded-For");
    if (forwarded == null || !trusts(request)) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      InetAddress address;
      try {
        address = literal(hop);
      } catch (IllegalArgumentException e) {
        return peer;
      }
      if (!addresses.contains(address)) {
        return address.getHostAddress();
      }
    }
    return peer;
  }

  /**
   * Every line of a header joined in arrival order, as RFC 9110 reads repeated fields: the first
   * line alone would be the one the client wrote.
   */
  private static String allLines(HttpServletRequest request, String name) {
    Enumeration<String> lines = request.getHeaders(name);
    if (lines == null || !lines.hasMoreElements()) {
      return null;
    }
    StringJoiner joined = new StringJoiner(",");
    while (lines.hasMoreElements()) {
      joined.add(lines.nextElement());
    }
    return joined.toString();
  }
}
