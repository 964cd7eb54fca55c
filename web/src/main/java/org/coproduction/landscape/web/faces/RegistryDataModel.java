package org.coproduction.landscape.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.platform.Recorded;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over a register's {@code list(ListQuery)}: only the rows of the page
 * shown are read, and the database pages, sorts and filters. The filters come from the screen's own
 * fields (which follow the URL), not from the table's column filters, so that a link can say what
 * the list shows.
 *
 * <p>PrimeFaces asks for the count, then the page; the first page's answer is kept for the request,
 * so that showing it costs one count and one select.
 */
public class RegistryDataModel<T extends Recorded> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /**
   * The question a screen asks: text, filters by name and default sort; serialisable with the view.
   */
  public interface Question extends Serializable {
    String text();

    Map<String, String> filters();

    /** The order the list was opened with ({@code -name}), until the table is sorted; or null. */
    default String sort() {
      return null;
    }
  }

  private final SerializableFunction<ListQuery, Page<T>> lister;
  private final SerializableSupplier<Question> question;

  /** The order the table last asked for ({@code name}, {@code -name}), or null for the default. */
  private String sort;

  public interface SerializableFunction<A, B> extends Function<A, B>, Serializable {}

  public interface SerializableSupplier<A> extends Supplier<A>, Serializable {}

  public RegistryDataModel(
      SerializableFunction<ListQuery, Page<T>> lister, SerializableSupplier<Question> question) {
    this.lister = lister;
    this.question = question;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    int size = getPageSize() > 0 ? Math.min(getPageSize(), ListQuery.MAX_SIZE) : 25;
    try {
      return (int) Math.min(Integer.MAX_VALUE, page(query(0, size, null)).total());
    } catch (InvalidRecordException e) {
      refused(e);
      return 0;
    }
  }

  /** A filter or sort the register does not understand: say so above the list, show nothing. */
  private static void refused(InvalidRecordException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      e.messages()
          .values()
          .forEach(
              m -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
    }
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, ListQuery.MAX_SIZE));
    String sort = null;
    for (SortMeta s : sortBy.values()) {
      if (s.getOrder() != SortOrder.UNSORTED) {
        sort = (s.getOrder() == SortOrder.DESCENDING ? "-" : "") + s.getField();
        break;
      }
    }
    if (sort == null) {
      sort = question.get().sort();
    }
    this.sort = sort;
    try {
      Page<T> page = page(query(first / size, size, sort));
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
      return page.items();
    } catch (InvalidRecordException e) {
      refused(e);
      setRowCount(0);
      return List.of();
    }
  }

  private ListQuery query(int page, int size, String sort) {
    Question q = question.get();
    return ListQuery.of(page, size, sort, q.text(), q.filters());
  }

  /** The page for the query, read once per request (the count and the first page share it). */
  @SuppressWarnings("unchecked")
  private Page<T> page(ListQuery q) {
    String key =
        RegistryDataModel.class.getName()
            + "@"
            + System.identityHashCode(this)
            + ":"
            + q.page()
            + "|"
            + q.size()
            + "|"
            + q.sort()
            + "|"
            + q.descending()
            + "|"
            + q.text()
            + "|"
            + q.filters();
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, Object> request = faces == null ? null : faces.getExternalContext().getRequestMap();
    if (request != null && request.get(key) instanceof Page<?> cached) {
      return (Page<T>) cached;
    }
    Page<T> page = lister.apply(q);
    if (request != null) {
      request.put(key, page);
    }
    return page;
  }

  /**
   * The order the table shows now, as a list's {@code sort} parameter says it; null for its own.
   */
  public String getSort() {
    return sort;
  }

  @Override
  public String getRowKey(T record) {
    return String.valueOf(record.getId());
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    if (rows != null) {
      for (T row : rows) {
        if (String.valueOf(row.getId()).equals(rowKey)) {
          return row;
        }
      }
    }
    return null;
  }
}
