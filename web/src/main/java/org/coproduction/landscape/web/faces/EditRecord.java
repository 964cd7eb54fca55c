package org.coproduction.landscape.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduction.landscape.audit.AuditEntry;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.platform.EditConflictException;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.RecordMergedException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.register.Registry;
import org.omnifaces.util.Components;

/**
 * Adding a record or editing one, the same way for every kind of record. What the person typed is
 * never lost: a rule broken is shown beside its field, and when someone else saved the record first
 * the page says who, shows their version beside this person's, and keeps this person's input until
 * they choose to save it over theirs or to start again from theirs.
 *
 * <p>A form for one kind of record says which register keeps it, what a blank one looks like, how
 * its form fields that are not the record's own (codes of areas, chosen sectors...) are filled from
 * the record and written back, and which fields the side-by-side view compares.
 */
public abstract class EditRecord<T extends Recorded> implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog audit;

  @Inject protected FacesContext faces;

  @Inject protected Text text;

  @Inject protected Formats formats;

  private final Class<T> type;
  private final String formId;
  private final String viewPage;
  private final String newTitleKey;

  private Long id;
  private T record;
  private T theirs;
  private boolean conflict;
  private boolean deletedMeanwhile;
  private String theirAuthor;

  /**
   * @param type the kind of record the form edits
   * @param formId the id of the page's form, e.g. {@code network}
   * @param viewPage the record's own page, e.g. {@code /networks/view}
   * @param newTitleKey the bundle key of the page's title when adding ("Add a network")
   */
  protected EditRecord(Class<T> type, String formId, String viewPage, String newTitleKey) {
    this.type = type;
    this.formId = formId;
    this.viewPage = viewPage;
    this.newTitleKey = newTitleKey;
  }

  /** The register that finds, checks and saves this kind of record. */
  protected abstract Registry<T> registry();

  /** A new record for the form to fill. */
  protected abstract T blank();

  /**
   * Fills the form's own fields from a record just read, and reads what the form shows of it while
   * it is at hand.
   */
  protected void loaded(T record) {}

  /**
   * Writes the form's own fields into the record before it is saved.
   *
   * @throws InvalidRecordException naming the field whose input cannot be used
   */
  protected void beforeSave(T record) {}

  /** The fields the side-by-side view compares, the saved version against this person's. */
  protected abstract void compare(Comparison c, T theirs, T yours);

  public void load() throws IOException {
    if (record != null) {
      return;
    }
    if (id == null) {
      record = blank();
      loaded(record);
      return;
    }
    try {
      record = registry().find(id);
    } catch (RecordMergedException e) {
      MergedRecord.redirect(faces, e);
      return;
    } catch (RecordNotFoundException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
      return;
    }
    loaded(record);
  }

  /** Saves the form; on a conflict, keeps the input and shows the other version. */
  public String save() {
    return store();
  }

  /** After a conflict: this person's version replaces the one saved meanwhile. */
  public String saveOverTheirs() {
    if (theirs != null) {
      record.setVersion(theirs.getVersion());
    }
    return store();
  }

  /** After a conflict: drops this person's changes and starts again from the saved version. */
  public void takeTheirs() {
    record = registry().find(record.getId());
    loaded(record);
    conflict = false;
    theirs = null;
    // The inputs still hold what this person typed (the button skips their processing): emptied,
    // they show the saved version.
    Components.resetInputs(faces.getViewRoot().findComponent(formId));
  }

  private String store() {
    boolean isNew = record.isNew();
    UIComponent form = faces.getViewRoot().findComponent(formId);
    try {
      beforeSave(record);
      T saved = registry().save(record);
      conflict = false;
      theirs = null;
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text.format(isNew ? "edit.created" : "edit.saved", saved.label()),
              null));
      return viewPage + "?faces-redirect=true&id=" + saved.getId();
    } catch (InvalidRecordException e) {
      forgetIdIfNew(isNew);
      FieldMessages.show(faces, form, e);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, text.format("record.invalid", kind()), null));
    } catch (EditConflictException e) {
      conflict = true;
      deletedMeanwhile = false;
      theirs =
          type.isInstance(e.current()) ? type.cast(e.current()) : registry().find(record.getId());
      theirAuthor =
          audit.historyOf(type.getSimpleName(), record.getId(), 0, 1).items().stream()
              .findFirst()
              .map(AuditEntry::getActor)
              .orElse(text.get("edit.conflict.someone"));
      faces.validationFailed();
    } catch (RecordNotFoundException e) {
      conflict = true;
      deletedMeanwhile = true;
      theirs = null;
      faces.validationFailed();
    } catch (EJBAccessException e) {
      forgetIdIfNew(isNew);
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get("error.forbidden.text"), null));
      faces.validationFailed();
    }
    return null;
  }

  /**
   * A new record that failed to save must stay new: the id the database gave it was rolled back.
   */
  private void forgetIdIfNew(boolean isNew) {
    if (isNew) {
      record.setId(null);
      record.setVersion(0);
    }
  }

  /** The kind of record in words, e.g. "network", "grant". */
  public String kind() {
    return text.get("record.kind." + type.getSimpleName());
  }

  /**
   * The fields that differ between the saved version and this person's, for the side-by-side view.
   */
  public List<Difference> getDifferences() {
    Comparison c = new Comparison();
    if (theirs != null) {
      compare(c, theirs, record);
    }
    return c.rows;
  }

  /**
   * One field of the side-by-side view: its name, the saved value, this person's value, whether
   * they differ.
   */
  public record Difference(String field, String theirs, String yours, boolean differs)
      implements Serializable {}

  /** The rows of the side-by-side view, as a form adds them. */
  public final class Comparison {

    private final List<Difference> rows = new ArrayList<>();

    /** A field by its label's key in the bundle, with the two values as people read them. */
    public Comparison add(String key, Object theirs, Object yours) {
      String t = shown(theirs);
      String y = shown(yours);
      rows.add(new Difference(text.get(key), t, y, !Objects.equals(t, y)));
      return this;
    }

    /** A field holding several values, shown by name, sorted, joined by commas. */
    public <E> Comparison addAll(
        String key, Collection<E> theirs, Collection<E> yours, Function<E, String> name) {
      return add(key, joined(theirs, name), joined(yours, name));
    }

    private String shown(Object value) {
      if (value == null) {
        return "";
      }
      if (value instanceof Enum<?> e) {
        return text.of(e);
      }
      if (value instanceof java.time.LocalDate d) {
        return formats.date(d);
      }
      if (value instanceof java.time.LocalDateTime t) {
        return formats.dateTime(t);
      }
      if (value instanceof Recorded r) {
        return Objects.toString(r.label(), "");
      }
      return value.toString();
    }

    private <E> String joined(Collection<E> values, Function<E, String> name) {
      return values == null
          ? ""
          : values.stream().map(name).sorted().collect(Collectors.joining(", "));
    }
  }

  public String getTitle() {
    return record == null || record.isNew()
        ? text.get(newTitleKey)
        : text.format("edit.title", record.label());
  }

  /** The heading of the conflict panel, e.g. "Someone else changed this grant". */
  public String getConflictTitle() {
    return text.format("record.conflict.title", kind());
  }

  /** What happened, naming who saved first. */
  public String getConflictText() {
    return deletedMeanwhile
        ? text.format("record.conflict.deleted", kind())
        : text.format("record.conflict.text", theirAuthor, kind());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** The record the form edits. */
  public T getRecord() {
    return record;
  }

  public T getTheirs() {
    return theirs;
  }

  public boolean isConflict() {
    return conflict;
  }

  public boolean isDeletedMeanwhile() {
    return deletedMeanwhile;
  }

  /** Who saved the other version, from the history ("someone" when the history does not say). */
  public String getTheirAuthor() {
    return theirAuthor;
  }
}
