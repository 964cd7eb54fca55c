package org.coproduction.landscape.platform;

import jakarta.ejb.ApplicationException;

/**
 * The record asked for was one entered twice, and has been merged into another: its old address
 * leads to {@link #into()}.
 */
@ApplicationException(rollback = true)
public class RecordMergedException extends RecordNotFoundException {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final long into;

  public RecordMergedException(String kind, long id, long into) {
    super("The " + kind + " " + id + " was merged into " + kind + " " + into, true);
    this.id = id;
    this.into = into;
  }

  /** The id that was asked for. */
  public long id() {
    return id;
  }

  /** The id of the record it was merged into. */
  public long into() {
    return into;
  }
}
