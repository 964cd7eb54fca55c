package org.coproduction.landscape.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.coproduction.landscape.platform.ListEntry;

/**
 * A field of public service where co-production is practised (health, social care, housing...).
 * Staff keep the list; records refer to an entry by its code.
 */
@Entity
@Table(name = "sector")
public class Sector extends ListEntry {

  private static final long serialVersionUID = 1L;

  protected Sector() {}

  public Sector(String code, String name) {
    super(code, name);
  }
}
