package org.coproduction.landscape.vocabulary;

import jakarta.ejb.Stateless;
import org.coproduction.landscape.register.ListRegistry;

/** The list of sectors that staff keep. */
@Stateless
public class Sectors extends ListRegistry<Sector> {

  @Override
  protected String kind() {
    return "sector";
  }

  @Override
  protected Class<Sector> type() {
    return Sector.class;
  }
}
