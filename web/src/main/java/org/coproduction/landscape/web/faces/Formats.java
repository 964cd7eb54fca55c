package org.coproduction.landscape.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;

/** Dates, times, numbers and money as people in the UK write them: 19 November 2020, £1,000.50. */
@Named
@ApplicationScoped
public class Formats {

  public static final ZoneId UK = ZoneId.of("Europe/London");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Text.LOCALE);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Text.LOCALE);

  public String date(TemporalAccessor date) {
    if (date == null) {
      return "";
    }
    if (date instanceof Instant instant) {
      return DATE.format(instant.atZone(UK));
    }
    return DATE.format(date);
  }

  public String dateTime(Object time) {
    if (time instanceof Instant instant) {
      return DATE_TIME.format(instant.atZone(UK));
    }
    if (time instanceof LocalDateTime local) {
      return DATE_TIME.format(local);
    }
    if (time instanceof LocalDate day) {
      return DATE.format(day);
    }
    return "";
  }

  /** An amount in its currency, e.g. £1,000.50; pounds unless said otherwise. */
  public String money(BigDecimal amount, String currency) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(Text.LOCALE);
    format.setCurrency(Currency.getInstance(currency == null ? "GBP" : currency));
    return format.format(amount);
  }

  public String pounds(BigDecimal amount) {
    return money(amount, "GBP");
  }

  /** Whole pounds for headline figures: £12,500. */
  public String wholePounds(BigDecimal amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Text.LOCALE);
    format.setMaximumFractionDigits(0);
    return format.format(amount == null ? BigDecimal.ZERO : amount);
  }

  /** A share between 0 and 1 with two decimals, as a network's betweenness or closeness. */
  public String share(Double value) {
    return value == null ? "" : String.format(java.util.Locale.UK, "%.2f", value);
  }

  public String number(long n) {
    return NumberFormat.getIntegerInstance(Text.LOCALE).format(n);
  }

  /** A text of several lines (a change in the history, one field per line) as its lines. */
  public String[] lines(String text) {
    return text == null || text.isBlank() ? new String[0] : text.split("\n");
  }
}
