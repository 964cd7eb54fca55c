package org.coproduction.landscape.geography;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an area by its GSS code. */
@Converter(autoApply = true)
public class AreaCodeConverter implements AttributeConverter<AreaCode, String> {

  @Override
  public String convertToDatabaseColumn(AreaCode area) {
    return area == null ? null : area.code();
  }

  @Override
  public AreaCode convertToEntityAttribute(String code) {
    return code == null ? null : new AreaCode(code);
  }
}
