package org.coproduction.landscape.reports.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Rows of typed cells, left to right, one row after another: what a sheet's rows are written
 * through ({@link SheetWriter}), so that the same rows may be written elsewhere (the reports
 * benchmark writes them with other libraries).
 */
public interface Cells {

  /** Starts the next row. */
  Cells row();

  /** A text cell; null or empty leaves the cell empty. */
  Cells text(String value);

  /** A whole number; null leaves the cell empty. */
  Cells number(Long value);

  /** An amount of money in pounds and pence; null leaves the cell empty. */
  Cells money(BigDecimal value);

  /** A date; null leaves the cell empty. */
  Cells date(LocalDate value);

  /** A date and time, UK local time; null leaves the cell empty. */
  Cells dateTime(LocalDateTime value);

  /** Leaves the next cell empty. */
  Cells blank();
}
