package org.coproduction.landscape.web.faces;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.Recorded;

/**
 * What every list screen of records does: free text and named filters taken from the page's URL (a
 * GET form, a link, a bookmark), and a lazy table over the register. A list says which filters it
 * has and how to ask its register. The page binds {@code <f:viewParam name="area"
 * value="#{xList.filters.area}"/>} and calls {@link #load()}.
 */
public abstract class RecordList<T extends Recorded>
    implements Serializable, RegistryDataModel.Question {

  private static final long serialVersionUID = 1L;

  private String q;
  private final Map<String, String> filters = new HashMap<>();
  private RegistryDataModel<T> model;

  /** The filters this list offers, in the order of its form. */
  protected abstract String[] filterNames();

  /** One page from the register. */
  protected abstract Page<T> list(ListQuery query);

  /**
   * A filter's value as the register takes it, or null to drop it: by default the value trimmed. A
   * list whose filters are codes may drop values it does not know rather than show an empty list.
   */
  protected String normalise(String name, String value) {
    return value;
  }

  public void load() {
    filters.keySet().retainAll(java.util.Set.of(filterNames()));
    filters.replaceAll((k, v) -> v == null || v.isBlank() ? null : normalise(k, v.trim()));
    filters.values().removeIf(v -> v == null);
    q = q == null || q.isBlank() ? null : q.trim();
    model = new RegistryDataModel<>(this::list, () -> this);
  }

  @Override
  public String text() {
    return q;
  }

  @Override
  public Map<String, String> filters() {
    Map<String, String> f = new LinkedHashMap<>();
    for (String name : filterNames()) {
      f.put(name, filters.get(name));
    }
    return f;
  }

  public boolean isFiltered() {
    return q != null || !filters.isEmpty();
  }

  /** The filters by name, for the page's view parameters and form. */
  public Map<String, String> getFilters() {
    return filters;
  }

  public RegistryDataModel<T> getModel() {
    return model;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
