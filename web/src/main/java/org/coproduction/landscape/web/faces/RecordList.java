package org.coproduction.landscape.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.reports.lists.ListDownloads;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.searches.SavedSearches;

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
  private String sort;
  private final Map<String, String> filters = new HashMap<>();
  private RegistryDataModel<T> model;
  private String searchName;
  private boolean searchShared;

  @Inject SavedSearches savedSearches;

  @Inject Text text;

  /** The kind of record this list shows, as its downloads name it. */
  protected abstract RecordSheet sheet();

  /** The filters this list offers, in the order of its form. */
  protected abstract String[] filterNames();

  /** One page from the register. */
  protected abstract Page<T> list(ListQuery query);

  /**
   * The order the list shows until the person sorts it ({@code -startsAt}), or null for the
   * register's own; its downloads keep the same order.
   */
  protected String defaultSort() {
    return null;
  }

  /** The query with this list's default order when the person has not chosen one. */
  protected ListQuery ordered(ListQuery query) {
    return query.sort() != null || defaultSort() == null
        ? query
        : ListQuery.of(query.page(), query.size(), defaultSort(), query.text(), query.filters());
  }

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
    sort = sort == null || !sort.strip().matches("-?[A-Za-z]{1,40}") ? null : sort.strip();
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

  /**
   * "Download these rows": sends the browser to the download of the list as it stands, with its
   * text, filters and the order the table shows ({@link ListDownload}).
   *
   * @param extension {@code xlsx} or {@code csv}
   */
  public void download(String extension) throws IOException {
    ListDownloads.Format format = ListDownloads.Format.of(extension);
    if (format == null) {
      throw new IllegalArgumentException("No download as " + extension);
    }
    String parameters = parameters();
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    context.redirect(
        context.getRequestContextPath()
            + "/download/"
            + sheet().kind()
            + "."
            + format.extension()
            + (parameters.isEmpty() ? "" : "?" + parameters));
  }

  /** The list as it stands (text, filters, the table's order) as address parameters. */
  String parameters() {
    String order = model == null || model.getSort() == null ? defaultSort() : model.getSort();
    return ListQuery.of(0, 1, order, q, filters()).parameters();
  }

  /**
   * "Save this search": the list as it stands under the name typed, private or shared; it then
   * appears on the dashboard with its count. A name already used, or a list of people for someone
   * who is not an administrator, is refused with a message.
   */
  public void saveSearch() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      SavedSearches.Found saved =
          savedSearches.save(searchName, sheet().kind(), parameters(), searchShared);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text.format("list.search.saved", saved.search().getName()),
              null));
      searchName = null;
      searchShared = false;
    } catch (InvalidRecordException e) {
      e.messages()
          .forEach(
              (field, message) ->
                  faces.addMessage(
                      field.equals("name") ? "list:searchName" : null,
                      new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message)));
    }
  }

  @Override
  public String sort() {
    return sort;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getSearchName() {
    return searchName;
  }

  public void setSearchName(String searchName) {
    this.searchName = searchName;
  }

  public boolean isSearchShared() {
    return searchShared;
  }

  public void setSearchShared(boolean searchShared) {
    this.searchShared = searchShared;
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
