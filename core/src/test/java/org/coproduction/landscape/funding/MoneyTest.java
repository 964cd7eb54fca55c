package org.coproduction.landscape.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void amountsAddUpExactly() {
    Money sum = Money.pounds("0.10").plus(Money.pounds("0.20"));
    assertEquals(new BigDecimal("0.30"), sum.amount());
    Money many = Money.pounds("0");
    for (int i = 0; i < 1000; i++) {
      many = many.plus(Money.pounds("0.01"));
    }
    assertEquals(Money.pounds("10.00"), many);
    assertEquals(Money.pounds("-0.50"), Money.pounds("1.00").minus(Money.pounds("1.50")));
    assertTrue(Money.pounds("1.00").minus(Money.pounds("1.50")).isNegative());
  }

  @Test
  void poundsAlwaysHaveTwoDecimalPlaces() {
    assertEquals("1.50", Money.pounds("1.5").amount().toPlainString());
    assertEquals("1.50", Money.pounds("1.500").amount().toPlainString());
    assertEquals(Money.pounds("1"), Money.pounds("1.00"));
    assertEquals("GBP 1200.00", Money.pounds("1200").toString());
  }

  @Test
  void fractionsOfAPennyAreRefusedRatherThanRounded() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Money.pounds("1.005"));
    assertTrue(e.getMessage().contains("1.005") && e.getMessage().contains("GBP"), e.getMessage());
  }

  @Test
  void eachCurrencyKeepsItsOwnScale() {
    assertEquals(0, Money.of("100", "JPY").amount().scale());
    assertThrows(IllegalArgumentException.class, () -> Money.of("100.5", "JPY"));
    assertEquals(2, Money.of("100", "EUR").amount().scale());
  }

  @Test
  void currenciesAreNeverMixed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Money.pounds("1.00").plus(Money.of("1.00", "EUR")));
    assertEquals("Cannot combine GBP with EUR", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Money.pounds("1.00").minus(Money.of("1.00", "EUR")));
    assertThrows(
        IllegalArgumentException.class,
        () -> Money.pounds("1.00").exceeds(Money.of("1.00", "EUR")));
  }

  @Test
  void moneyIsComparedByAmount() {
    assertTrue(Money.pounds("10.01").exceeds(Money.pounds("10")));
    assertFalse(Money.pounds("10").exceeds(Money.pounds("10.00")));
  }
}
