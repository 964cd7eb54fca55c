package org.coproduction.landscape.api;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * A yes-or-no field read as JSON {@code true} or {@code false} only. JSON-B on its own reads any
 * other string as false, so {@code "enabled": "yes"} would switch an account off.
 */
public final class StrictBoolean implements JsonbDeserializer<Boolean> {

  static final String MESSAGE = "Write true or false, without quotes";

  @Override
  public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonValue value = parser.getValue();
    return switch (value.getValueType()) {
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      default -> throw new JsonbException(MESSAGE);
    };
  }
}
