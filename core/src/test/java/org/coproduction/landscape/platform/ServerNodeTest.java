package org.coproduction.landscape.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerNodeTest {

  private static final Map<String, String> PAYARA_SERVER =
      Map.of("com.sun.aas.instanceName", "instance-2");

  @Test
  void theOperatorsNameWinsThenPayaraMicrosThenPayaraServers() {
    assertEquals(
        "node-a",
        ServerNode.name(
            key -> Optional.of("node-a"), () -> Optional.of("Clever-Boar"), PAYARA_SERVER::get));
    assertEquals(
        "Clever-Boar",
        ServerNode.name(
            key -> Optional.empty(), () -> Optional.of("Clever-Boar"), PAYARA_SERVER::get));
    assertEquals(
        "instance-2",
        ServerNode.name(key -> Optional.empty(), Optional::empty, PAYARA_SERVER::get));
    // Nothing from Payara: the host's name, never empty.
    String host = ServerNode.name(key -> Optional.empty(), Optional::empty, name -> null);
    assertTrue(host.matches("[A-Za-z0-9._-]{1,64}"), host);
  }

  @Test
  void onlyASafeTokenGoesIntoTheHeader() {
    assertEquals(Optional.of("node-1-eu_west.2"), ServerNode.safe(" node 1\r\neu_west.2 "));
    assertEquals(Optional.of("a-b"), ServerNode.safe("a\u00e9b"));
    assertEquals(Optional.empty(), ServerNode.safe(" \r\n "));
    assertEquals(ServerNode.LONGEST, ServerNode.safe("x".repeat(500)).orElseThrow().length());
    // A name with nothing safe in it gives way to the next one.
    assertEquals(
        "instance-2",
        ServerNode.name(key -> Optional.of("\r\n"), Optional::empty, PAYARA_SERVER::get));
    assertFalse(
        ServerNode.name(key -> Optional.of("x\r\nSet-Cookie: a=b"), Optional::empty, n -> null)
            .contains(" "));
  }
}
