package org.coproduction.landscape.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.coproduction.landscape.platform.ListEntry;

/**
 * What an insight is about: understanding of co-production, power and decision-making, co-option,
 * Covid impact, funding, the gap between policy and practice... Staff keep the list; records refer
 * to an entry by its code.
 */
@Entity
@Table(name = "theme")
public class Theme extends ListEntry {

  private static final long serialVersionUID = 1L;

  protected Theme() {}

  public Theme(String code, String name) {
    super(code, name);
  }
}
