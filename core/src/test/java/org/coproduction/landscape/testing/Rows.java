package org.coproduction.landscape.testing;

import java.util.HashMap;
import java.util.Map;

/** A row of an import as a test writes it: column, cell, column, cell... */
public final class Rows {

  private Rows() {}

  public static Map<String, String> row(String... columnsAndCells) {
    if (columnsAndCells.length % 2 != 0) {
      throw new IllegalArgumentException("A column without its cell");
    }
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < columnsAndCells.length; i += 2) {
      row.put(columnsAndCells[i], columnsAndCells[i + 1]);
    }
    return row;
  }
}
