package org.coproduction.landscape.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Stores {@link Instant} attributes as SQL timestamps. The EclipseLink inside Payara 6.2025.9
 * (4.0.1.payara-p4) does not map {@code Instant} itself and would write it as serialized bytes,
 * which H2 and PostgreSQL refuse for a timestamp column. Applies to every {@code Instant} attribute
 * of the persistence unit.
 *
 * <p>Reading accepts what the drivers hand back: a {@code Timestamp}, or (H2 for {@code TIMESTAMP
 * WITH TIME ZONE}) an {@code OffsetDateTime}; hence the database side is {@code Object}.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

  @Override
  public Object convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof LocalDateTime local) {
      return local.atZone(java.time.ZoneId.systemDefault()).toInstant();
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant();
    }
    throw new IllegalArgumentException(
        "Cannot read a " + value.getClass().getName() + " as an instant");
  }
}
