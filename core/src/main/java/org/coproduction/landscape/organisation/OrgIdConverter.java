package org.coproduction.landscape.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an organisation identifier as written, e.g. GB-CHC-1164883. */
@Converter(autoApply = true)
public class OrgIdConverter implements AttributeConverter<OrgId, String> {

  @Override
  public String convertToDatabaseColumn(OrgId id) {
    return id == null ? null : id.value();
  }

  @Override
  public OrgId convertToEntityAttribute(String value) {
    return value == null ? null : new OrgId(value);
  }
}
