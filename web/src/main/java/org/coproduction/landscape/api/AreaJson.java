package org.coproduction.landscape.api;

import org.coproduction.landscape.geography.Area;

/**
 * A nation or an English region: its GSS code (what records use), ITL1 code (none for England as a
 * whole), name, level (NATION or REGION) and the GSS code of the nation it lies in.
 */
public record AreaJson(String gss, String itl1, String name, String level, String nation) {

  static AreaJson of(Area a) {
    return new AreaJson(
        a.gssCode(), a.itl1Code(), a.displayName(), a.level().name(), a.nation().gssCode());
  }
}
