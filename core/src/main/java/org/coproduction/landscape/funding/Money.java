package org.coproduction.landscape.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in a currency: pounds and pence, never a floating-point approximation. Amounts of
 * different currencies are never added together.
 */
public record Money(BigDecimal amount, Currency currency)
    implements Serializable, Comparable<Money> {

  public static final Currency GBP = Currency.getInstance("GBP");

  public Money {
    Objects.requireNonNull(amount, "An amount is required");
    Objects.requireNonNull(currency, "A currency is required");
    if (amount.scale() > currency.getDefaultFractionDigits()) {
      BigDecimal scaled = amount.stripTrailingZeros();
      if (scaled.scale() > currency.getDefaultFractionDigits()) {
        throw new IllegalArgumentException(
            amount.toPlainString()
                + " has more decimal places than "
                + currency.getCurrencyCode()
                + " allows");
      }
    }
    amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
  }

  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  public static Money pounds(String amount) {
    return new Money(new BigDecimal(amount), GBP);
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    sameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    sameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean exceeds(Money other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(Money other) {
    sameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "Cannot combine "
              + currency.getCurrencyCode()
              + " with "
              + other.currency.getCurrencyCode());
    }
  }

  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
