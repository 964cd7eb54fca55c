package org.coproduction.landscape.geography;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a nation or English region by its GSS code, the code a spreadsheet reader expects. */
@Converter
public class AreaConverter implements AttributeConverter<Area, String> {

  @Override
  public String convertToDatabaseColumn(Area area) {
    return area == null ? null : area.gssCode();
  }

  @Override
  public Area convertToEntityAttribute(String code) {
    return code == null
        ? null
        : Area.ofGssCode(code)
            .orElseThrow(() -> new IllegalStateException("Unknown area code " + code));
  }
}
