package org.coproduction.landscape.platform;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total number of records that match. */
public record Page<T>(List<T> items, int page, int size, long total) implements Serializable {

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), page, size, total);
  }
}
