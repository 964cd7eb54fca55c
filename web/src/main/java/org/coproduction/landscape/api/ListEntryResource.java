package org.coproduction.landscape.api;

import java.util.Map;
import java.util.function.Supplier;
import org.coproduction.landscape.platform.ListEntry;

/** The lists staff keep (sectors, themes): other records name an entry by its code. */
public abstract class ListEntryResource<E extends ListEntry>
    extends RecordResource<E, ListEntryJson> {

  protected ListEntryResource(Class<E> type, Supplier<E> blank) {
    super(type, blank, Map.of());
  }

  @Override
  protected ListEntryJson toJson(E e) {
    return new ListEntryJson(e.getId(), e.getVersion(), e.getCode(), e.getName());
  }

  @Override
  protected void apply(ListEntryJson json, E e, Problems problems) {
    e.setCode(json.code() == null ? null : json.code().strip().toUpperCase());
    e.setName(json.name());
  }
}
