package org.coproduction.landscape.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

  static final String CLOSES_THE_SCRIPT =
      "</script><meta http-equiv=\"refresh\" content=\"0;url=https://example.org\">";
  static final String IMAGE = "<img src=x onerror=alert(1)>";
  static final String LINE_ENDS = "one\u2028two\u2029three";

  @Test
  void nothingInTheJsonCanEndTheScriptOrTheLine() {
    JsonObject value =
        Json.createObjectBuilder()
            .add("labels", Json.createArrayBuilder().add(CLOSES_THE_SCRIPT).add(IMAGE))
            .add("other", LINE_ENDS + " & <!-- -->")
            .build();

    String json = ScriptJson.of(value);

    for (String unsafe : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
      assertFalse(json.contains(unsafe), unsafe + " is left in " + json);
    }
    assertEquals(
        "{\"labels\":[\"\\u003c/script\\u003e\\u003cmeta http-equiv=\\\"refresh\\\""
            + " content=\\\"0;url=https://example.org\\\"\\u003e\","
            + "\"\\u003cimg src=x onerror=alert(1)\\u003e\"],"
            + "\"other\":\"one\\u2028two\\u2029three \\u0026 \\u003c!-- --\\u003e\"}",
        json);
    assertEquals(
        value,
        Json.createReader(new StringReader(json)).readObject(),
        "a JSON parser reads the same value");
  }

  @Test
  void aBackslashBeforeAnEscapedCharacterStaysABackslash() {
    JsonObject value = Json.createObjectBuilder().add("path", "C:\\<dir>").build();
    String json = ScriptJson.of(value);
    assertEquals("{\"path\":\"C:\\\\\\u003cdir\\u003e\"}", json);
    assertEquals(value, Json.createReader(new StringReader(json)).readObject());
  }

  @Test
  void plainJsonIsLeftAsItIs() {
    String json = "{\"type\":\"bar\",\"data\":[1,2,3]}";
    assertSame(json, ScriptJson.escape(json));
  }
}
