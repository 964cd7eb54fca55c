package org.coproduction.landscape.platform;

import jakarta.ejb.ApplicationException;

/** Nobody has recorded a record of that kind with that id (or it has been deleted). */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String kind, Object id) {
    super("No " + kind + " with id " + id);
  }

  /** A record that is gone for a reason its message says in full. */
  protected RecordNotFoundException(String message, boolean whole) {
    super(message);
  }
}
