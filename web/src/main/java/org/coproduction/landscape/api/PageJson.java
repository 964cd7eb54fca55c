package org.coproduction.landscape.api;

import java.util.List;
import org.coproduction.landscape.platform.Page;

/**
 * One page of a list: {@code items}, the page number from 0, the page size, and how many records
 * match.
 */
public record PageJson<T>(List<T> items, int page, int size, long total) {

  static <T> PageJson<T> of(Page<T> page) {
    return new PageJson<>(page.items(), page.page(), page.size(), page.total());
  }
}
