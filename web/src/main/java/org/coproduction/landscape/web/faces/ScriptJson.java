package org.coproduction.landscape.web.faces;

import jakarta.json.JsonValue;

/**
 * JSON that a page writes inside a {@code <script>} (the dashboard's charts): the only way a page
 * embeds data in a script. JSON escapes quotes but not {@code </script>}, {@code <!--} or the two
 * characters that end a line in older JavaScript, so a name such as {@code </script><meta
 * http-equiv="refresh">} would close the script and become markup. Here {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 become {@code \}{@code u003c} and so on: the same value to a JSON or
 * JavaScript parser, and nothing an HTML parser reads as a tag, an entity or a comment.
 */
public final class ScriptJson {

  private ScriptJson() {}

  /** The value as JSON that is safe inside a script element. */
  public static String of(JsonValue value) {
    return escape(value.toString());
  }

  /**
   * JSON text made safe inside a script element. Only meaningful for JSON: the characters replaced
   * can only stand inside its strings, where the escape means the same character.
   */
  public static String escape(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      String escaped =
          switch (c) {
            case '<' -> "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> null;
          };
      if (escaped != null && out == null) {
        out = new StringBuilder(json.length() + 16).append(json, 0, i);
      }
      if (out != null) {
        if (escaped != null) {
          out.append(escaped);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? json : out.toString();
  }
}
