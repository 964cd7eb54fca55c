package org.coproduction.landscape.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the screens, in British English, from the bundle that pages read as {@code
 * #{text[...]}}.
 */
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

  /**
   * The name people read for an enum constant: {@code enum.<Type>.<CONSTANT>} in the bundle, else
   * the constant in words ({@code PUBLIC_EVENT} is "Public event").
   */
  public String of(Enum<?> value) {
    if (value == null) {
      return "";
    }
    try {
      return ResourceBundle.getBundle(BUNDLE, LOCALE)
          .getString("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    } catch (MissingResourceException e) {
      String words = value.name().replace('_', ' ').toLowerCase(LOCALE);
      return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
  }
}
