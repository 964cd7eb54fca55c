package org.coproduction.landscape.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AreaTest {

  @Test
  void theUkTableHasTheNineEnglishRegionsThenWalesScotlandAndNorthernIreland() {
    List<Area> table = Area.ukTable();
    assertEquals(12, table.size());
    assertEquals(
        "E12000001 E12000002 E12000003 E12000004 E12000005 E12000006 E12000007 E12000008 E12000009"
            + " W92000004 S92000003 N92000002",
        table.stream().map(Area::gssCode).collect(Collectors.joining(" ")));
    assertTrue(table.stream().noneMatch(a -> a == Area.ENGLAND), "England is shown by its regions");
  }

  @Test
  void theTwelveAreasHaveTheirItl1Codes() {
    assertEquals(
        "TLC TLD TLE TLF TLG TLH TLI TLJ TLK TLL TLM TLN",
        Area.ukTable().stream().map(Area::itl1Code).collect(Collectors.joining(" ")));
    assertNull(Area.ENGLAND.itl1Code(), "England as a whole has no ITL1 code");
  }

  @Test
  void regionsLieInEnglandAndNationsInThemselves() {
    assertEquals(Area.ENGLAND, Area.LONDON.nation());
    assertEquals(Area.Level.REGION, Area.LONDON.level());
    assertEquals(Area.WALES, Area.WALES.nation());
    assertEquals(Area.Level.NATION, Area.SCOTLAND.level());
    assertEquals(
        4, List.of(Area.values()).stream().filter(a -> a.level() == Area.Level.NATION).count());
  }

  @Test
  void anAreaIsFoundByItsGssCode() {
    assertEquals(Optional.of(Area.NORTHERN_IRELAND), Area.ofGssCode("N92000002"));
    assertEquals(Optional.of(Area.YORKSHIRE_AND_THE_HUMBER), Area.ofGssCode("E12000003"));
    assertEquals(Optional.empty(), Area.ofGssCode("E12000010"));
    assertEquals("Yorkshire and The Humber", Area.YORKSHIRE_AND_THE_HUMBER.displayName());
  }
}
