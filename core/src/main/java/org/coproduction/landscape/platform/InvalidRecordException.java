package org.coproduction.landscape.platform;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A record that breaks a rule: one message per field, nothing written. */
@ApplicationException(rollback = true)
public class InvalidRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> messages;

  public InvalidRecordException(Map<String, String> messages) {
    super(String.join("; ", messages.values()));
    this.messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
  }

  public InvalidRecordException(String field, String message) {
    this(Map.of(field, message));
  }

  /** Field name to message, in the order the fields appear. */
  public Map<String, String> messages() {
    return messages;
  }
}
