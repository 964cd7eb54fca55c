package org.coproduction.landscape.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.coproduction.landscape.searches.SavedSearches;

/**
 * A saved search: its name, the list it searches ({@code networks}, {@code grants}...), the list's
 * address parameters ({@code area=E12000003&status=ACTIVE&sort=-name}), whether everyone sees it,
 * who saved it, and the number of records the list counts now; with the addresses of the list and
 * of its downloads.
 */
@JsonbPropertyOrder({"id", "name", "kind", "query", "shared", "owner", "mine", "count"})
public record SearchJson(
    Long id,
    String name,
    String kind,
    String query,
    Boolean shared,
    String owner,
    Boolean mine,
    Long count,
    Instant savedAt,
    String list,
    String xlsx,
    String csv) {

  static SearchJson of(SavedSearches.Found f) {
    var s = f.search();
    String kind = s.getKind().id();
    String query = s.getQuery().isEmpty() ? "" : "?" + s.getQuery();
    return new SearchJson(
        s.getId(),
        s.getName(),
        kind,
        s.getQuery(),
        s.isShared(),
        s.getOwner(),
        f.mine(),
        f.count(),
        s.getCreatedAt(),
        "/api/" + kind + query,
        "/api/" + kind + "/export.xlsx" + query,
        "/api/" + kind + "/export.csv" + query);
  }
}
