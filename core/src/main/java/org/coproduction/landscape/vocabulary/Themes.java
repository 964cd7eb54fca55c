package org.coproduction.landscape.vocabulary;

import jakarta.ejb.Stateless;
import org.coproduction.landscape.register.ListRegistry;

/** The list of themes that staff keep. */
@Stateless
public class Themes extends ListRegistry<Theme> {

  @Override
  protected String kind() {
    return "theme";
  }

  @Override
  protected Class<Theme> type() {
    return Theme.class;
  }
}
