package org.coproduction.landscape.platform;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the record after this person opened it. Nothing was written; the person's own
 * changes are theirs to keep and re-apply to {@link #current()}.
 */
@ApplicationException(rollback = true)
public class EditConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Object current;

  public EditConflictException(String label, Object current) {
    super("'" + label + "' was changed by someone else after you opened it");
    this.current = current;
  }

  /** The record as it now stands in the database (may be null if it has been deleted). */
  public Object current() {
    return current;
  }
}
