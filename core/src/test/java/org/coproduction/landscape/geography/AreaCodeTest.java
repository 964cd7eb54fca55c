package org.coproduction.landscape.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AreaCodeTest {

  @Test
  void everyNationAndRegionHasAValidCode() {
    for (Area area : Area.values()) {
      AreaCode code = AreaCode.of(area);
      assertEquals(Optional.of(area), code.area());
      assertFalse(code.isLocalAuthority());
      assertEquals(area.displayName(), code.displayName());
    }
  }

  @Test
  void theWholeUkHasItsOwnCode() {
    AreaCode uk = new AreaCode("K02000001");
    assertEquals("United Kingdom", uk.displayName());
    assertEquals(Optional.empty(), uk.area());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "E06000023",
        "E07000148",
        "E08000003",
        "E09000030",
        "E10000016",
        "W06000015",
        "S12000049",
        "N09000003"
      })
  void localAuthoritiesOfEveryKindAreAccepted(String value) {
    AreaCode code = new AreaCode(value);
    assertTrue(code.isLocalAuthority());
    assertEquals(AreaCode.LOCAL_AUTHORITY_PREFIXES.get(value.substring(0, 3)), code.displayName());
  }

  @Test
  void aCodeIsReadInCapitalsWithoutSurroundingSpaces() {
    assertEquals("E12000007", new AreaCode(" e12000007 ").code());
    assertEquals(new AreaCode("E12000007"), AreaCode.of(Area.LONDON));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "E1200000",
        "E120000071",
        "X12000001",
        "E12000010",
        "E05000001",
        "W07000001",
        "12000001E",
        "E12-00001",
        ""
      })
  void wrongShapesAndUnknownKindsAreRefusedWithTheCodeInTheMessage(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new AreaCode(value));
    assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("GSS code"), e.getMessage());
    assertFalse(AreaCode.isValid(value));
  }

  @Test
  void aMissingCodeIsRefused() {
    assertThrows(NullPointerException.class, () -> new AreaCode(null));
    assertFalse(AreaCode.isValid(null));
  }
}
