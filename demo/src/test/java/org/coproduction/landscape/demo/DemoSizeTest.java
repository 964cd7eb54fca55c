package org.coproduction.landscape.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoSizeTest {

  @AfterEach
  void clearSettings() {
    System.clearProperty("landscape.demo.size");
    System.clearProperty("landscape.demo.grants");
    System.clearProperty("LANDSCAPE_DEMO_SIZE");
    System.clearProperty("landscape.demo");
    System.clearProperty("LANDSCAPE_DEMO");
  }

  @Test
  void sizesFollowTheNumberOfNetworks() {
    assertEquals(
        new DemoSize(100_000, 30_000, 10_000, 100_000, 5_000, 50_000), DemoSize.of(100_000));
    assertEquals(250_000, DemoSize.of(100_000).withGrants(250_000).grants());
    assertTrue(DemoSize.of(0).isEmpty());
  }

  @Test
  void sizesThatCannotBeGeneratedAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new DemoSize(-1, 1, 1, 1, 1, 1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new DemoSize(10, 0, 1, 10, 1, 1));
    assertTrue(e.getMessage().contains("organisation"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DemoSize.of(10).withPeople(0));
  }

  @Test
  void theSizeAndTheGrantsAreReadFromTheSettings() {
    assertEquals(Optional.empty(), DemoSize.fromSettings());
    System.setProperty("landscape.demo.size", "100000");
    System.setProperty("landscape.demo.grants", "100_000");
    assertEquals(Optional.of(DemoSize.of(100_000)), DemoSize.fromSettings());
    System.clearProperty("landscape.demo.size");
    System.setProperty("LANDSCAPE_DEMO_SIZE", "2000");
    assertEquals(2_000, DemoSize.fromSettings().orElseThrow().networks());
    assertEquals(100_000, DemoSize.fromSettings().orElseThrow().grants());
  }

  @Test
  void aSizeThatIsNotANumberIsNamedInTheMessage() {
    System.setProperty("landscape.demo.size", "lots");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, DemoSize::fromSettings);
    assertTrue(
        e.getMessage().contains("LANDSCAPE_DEMO_SIZE") && e.getMessage().contains("lots"),
        e.getMessage());
  }

  @Test
  void demoDataIsOffUnlessAskedFor() {
    assertFalse(DemoSettings.enabled(), "no setting: a production database stays empty");
    System.setProperty("LANDSCAPE_DEMO", "true");
    assertTrue(DemoSettings.enabled());
    System.setProperty("LANDSCAPE_DEMO", "false");
    assertFalse(DemoSettings.enabled());
    System.clearProperty("LANDSCAPE_DEMO");
    System.setProperty("landscape.demo", "FALSE");
    assertFalse(DemoSettings.enabled());
  }

  @Test
  void aSizeAsksForTheDemoUnlessTheDemoIsSwitchedOff() {
    System.setProperty("LANDSCAPE_DEMO_SIZE", "0");
    assertFalse(DemoSettings.enabled(), "a size of 0 generates nothing and asks for nothing");
    System.setProperty("LANDSCAPE_DEMO_SIZE", "23000");
    assertTrue(DemoSettings.enabled());
    System.setProperty("LANDSCAPE_DEMO", "false");
    assertFalse(DemoSettings.enabled());
  }
}
