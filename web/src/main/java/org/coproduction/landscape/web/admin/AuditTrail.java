package org.coproduction.landscape.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.platform.ListQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The whole audit log for administrators: every change to the record, newest first, a page at a
 * time.
 */
@Named
@ViewScoped
public class AuditTrail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog audit;

  private LazyDataModel<AuditEntry> model;

  public void load() {
    model =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.all(0, 1).total());
          }

          @Override
          public List<AuditEntry> load(
              int first,
              int pageSize,
              Map<String, SortMeta> sortBy,
              Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, ListQuery.MAX_SIZE));
            var page = audit.all(first / size, size);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
          }

          @Override
          public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
          }
        };
  }

  /** The changes of an entry, one line per field. */
  public String[] lines(String changes) {
    return changes == null || changes.isBlank() ? new String[0] : changes.split("\n");
  }

  public LazyDataModel<AuditEntry> getModel() {
    return model;
  }
}
