package org.coproduction.landscape.platform;

/** The three roles of the people who keep the landscape's record. */
public final class Roles {

  /** Everything, including the accounts of other people. */
  public static final String ADMIN = "ADMIN";

  /** Programme staff: edit records and run reports. */
  public static final String STAFF = "STAFF";

  /** Reads the record and runs reports; changes nothing. */
  public static final String VIEWER = "VIEWER";

  private Roles() {}
}
