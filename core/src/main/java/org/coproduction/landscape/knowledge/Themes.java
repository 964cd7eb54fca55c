package org.coproduction.landscape.knowledge;

import jakarta.ejb.Stateless;
import org.coproduction.landscape.platform.ListRegistry;

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
