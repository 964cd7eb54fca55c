package org.coproduction.landscape.web.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  @Test
  void noneByDefaultAndAddressesOfBothKinds() {
    assertDoesNotThrow(() -> TrustedProxies.of(null));
    assertDoesNotThrow(() -> TrustedProxies.of(" "));
    assertDoesNotThrow(() -> TrustedProxies.of("127.0.0.1, ::1,10.0.0.5 ,"));
  }

  @Test
  void aNameOrAWrongAddressIsRefusedNamingTheSettingAndTheEntry() {
    assertEquals(
        "landscape.proxies: 'proxy.example.org' is not an IP address",
        assertThrows(
                IllegalArgumentException.class,
                () -> TrustedProxies.of("127.0.0.1,proxy.example.org"))
            .getMessage());
    assertEquals(
        "landscape.proxies: '10.0.0.256' is not an IP address",
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("10.0.0.256"))
            .getMessage());
  }

  /** A request from {@code peer} with these X-Forwarded-For header lines (null for none). */
  private static HttpServletRequest from(String peer, String... forwardedFor) {
    List<String> lines =
        forwardedFor == null
            ? List.of()
            : Arrays.stream(forwardedFor).filter(l -> l != null).toList();
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> peer;
                  case "getHeader" ->
                      "X-Forwarded-For".equals(args[0]) && !lines.isEmpty() ? lines.get(0) : null;
                  case "getHeaders" ->
                      Collections.enumeration(
                          "X-Forwarded-For".equals(args[0]) ? lines : List.<String>of());
                  case "isSecure" -> false;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void theClientIsTheNearestUntrustedForwardedAddressAndOnlyBehindATrustedProxy() {
    TrustedProxies proxies = TrustedProxies.of("127.0.0.1,10.0.0.5");
    assertEquals("203.0.113.9", proxies.clientAddress(from("127.0.0.1", "203.0.113.9")));
    // What the client itself wrote at the left of the header counts for nothing.
    assertEquals(
        "198.51.100.7",
        proxies.clientAddress(from("127.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.5")));
    // A peer that is no proxy of ours cannot claim another address.
    assertEquals("127.0.0.2", proxies.clientAddress(from("127.0.0.2", "198.51.100.7")));
    assertEquals("127.0.0.1", proxies.clientAddress(from("127.0.0.1", (String) null)));
    assertEquals("127.0.0.1", proxies.clientAddress(from("127.0.0.1", "not-an-address")));
    assertEquals(
        "203.0.113.9", TrustedProxies.of("").clientAddress(from("203.0.113.9", "198.51.100.7")));
  }

  @Test
  void aProxyThatAddsItsOwnHeaderLineIsReadAfterTheLineTheClientWrote() {
    TrustedProxies proxies = TrustedProxies.of("127.0.0.1");
    // HAProxy's option forwardfor appends a line; the client's own line comes first.
    assertEquals(
        "203.0.113.9", proxies.clientAddress(from("127.0.0.1", "198.51.100.250", "203.0.113.9")));
    assertEquals(
        "203.0.113.9",
        proxies.clientAddress(from("127.0.0.1", "1.1.1.1, 198.51.100.250", "203.0.113.9")));
  }
}
