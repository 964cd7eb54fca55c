package org.coproduction.landscape.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the screens, in British English, from the bundle that pages read as {@code #{text[...]}}. */
@ApplicationScoped
public class Text {

  public static final String BUNDLE = "org.coproduction.landscape.web.text";
  public static final Locale LOCALE = Locale.UK;

  public String get(String key) {
    try {
      return ResourceBundle.getBundle(BUNDLE, LOCALE).getString(key);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }

  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), LOCALE).format(arguments);
  }

  /** The name people read for an enum constant: {@code enum.<Type>.<CONSTANT>} in the bundle. */
  public String of(Enum<?> value) {
    return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }
}
