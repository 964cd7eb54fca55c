package org.coproduction.landscape.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coproduction.landscape.api.ServedOperations.Served;
import org.coproduction.landscape.testing.Api;
import org.coproduction.landscape.testing.Api.Answer;
import org.coproduction.landscape.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code /openapi} document as a client generator reads it: a valid OpenAPI 3 document that
 * lists, at its real path, every operation the application serves (found by reflection over the
 * JAX-RS resources of the built WAR, not from a list kept here), with their parameters and bodies,
 * and nothing the application does not serve. Then the document is taken at its word: every
 * operation is called anonymously, by a viewer with a broken body, and by an administrator with ids
 * that do not exist or the wrong media type, and every status the server answers must be one the
 * document names for that operation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

  private static final Set<String> VERBS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @ArquillianResource private URL url;

  @Deployment
  static WebArchive deployment() {
    return Deployments.landscape();
  }

  @Test
  void theDocumentIsValidOpenApi3InJsonAndInYaml() {
    // Payara serves YAML as text/plain unless JSON is asked for.
    for (String mediaType : List.of("application/json", "text/plain")) {
      String text = fetch(mediaType);
      assertEquals(mediaType.endsWith("json"), text.strip().startsWith("{"), text);
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
      assertEquals(List.of(), parsed.getMessages(), mediaType + " document:\n" + text);
      assertTrue(
          parsed.getOpenAPI().getOpenapi().startsWith("3."), parsed.getOpenAPI()::getOpenapi);
      assertEquals("Landscape API", parsed.getOpenAPI().getInfo().getTitle());
    }
  }

  @Test
  void everyOperationServedIsDescribedAtItsRealPathAndNothingElse() {
    Set<String> served =
        ServedOperations.of(war()).stream()
            .map(Served::key)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> described = new TreeSet<>(described().keySet());
    assertFalse(served.isEmpty());
    assertEquals(
        String.join("\n", served), String.join("\n", described), "served (expected) vs described");
  }

  @Test
  void everyParameterAndBodyOfTheResourcesIsDescribed() {
    Map<String, JsonObject> described = described();
    List<String> wrong = new ArrayList<>();
    for (Served served : ServedOperations.of(war())) {
      JsonObject operation = described.get(served.key());
      if (operation == null) {
        wrong.add(served.key() + ": not described");
        continue;
      }
      Set<String> parameters = new TreeSet<>();
      for (JsonValue p : parametersOf(operation)) {
        JsonObject parameter = p.asJsonObject();
        parameters.add(parameter.getString("in") + " " + parameter.getString("name"));
        if (parameter.getString("in").equals("path") && !parameter.getBoolean("required", false)) {
          wrong.add(served.key() + ": path parameter " + parameter + " is not required");
        }
      }
      if (!parameters.equals(served.parameters())) {
        wrong.add(
            served.key() + ": parameters " + parameters + " but served " + served.parameters());
      }
      boolean body = operation.containsKey("requestBody");
      if (body != served.body()) {
        wrong.add(served.key() + (served.body() ? ": body not described" : ": no body served"));
      }
      if (body) {
        Set<String> types =
            operation.getJsonObject("requestBody").getJsonObject("content").keySet();
        if (!types.equals(served.consumes())) {
          wrong.add(served.key() + ": body as " + types + " but served " + served.consumes());
        }
      }
      JsonObject responses = operation.getJsonObject("responses");
      if (responses == null || responses.keySet().stream().noneMatch(s -> s.startsWith("2"))) {
        wrong.add(served.key() + ": no successful answer described");
      }
    }
    assertEquals(List.of(), wrong, String.join("\n", wrong));
  }

  @Test
  void everyAnswerToAnonymousBrokenOrStrayRequestsIsOneTheDocumentNames() {
    Api anonymous = Api.at(url);
    Api admin = anonymous.asAdmin();
    Api viewer = admin.newAccount("VIEWER");
    List<String> unnamed = new ArrayList<>();
    for (var entry : described().entrySet()) {
      String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
      String path = entry.getKey().substring(method.length() + 1);
      JsonObject operation = entry.getValue();
      Set<String> named = operation.getJsonObject("responses").keySet();
      String uri = root().resolve(filled(path, types(operation))).toString();
      boolean json =
          operation.containsKey("requestBody")
              && operation
                  .getJsonObject("requestBody")
                  .getJsonObject("content")
                  .containsKey("application/json");
      List<Answer> answers = new ArrayList<>();
      answers.add(anonymous.send(method, uri, json ? "{}" : null));
      if (!method.equals("GET")) {
        // Nothing a viewer sends here may change anything; whatever it is refused with is named.
        answers.add(viewer.send(method, uri, json ? "{\"name\": " : null));
      }
      if (json) {
        answers.add(admin.send(method, uri, "{\"name\": "));
        answers.add(
            admin.sendAsIs(
                method, uri, Map.of("Content-Type", "text/plain", "Accept", "*/*"), "name"));
      } else if (method.equals("GET") && path.contains("{")) {
        answers.add(admin.send(method, uri, null, "Accept", "*/*"));
      }
      for (Answer answer : answers) {
        if (!named.contains(String.valueOf(answer.status()))) {
          unnamed.add(
              answer.request() + " answered " + answer.status() + "; the document names " + named);
        }
      }
    }
    assertEquals(List.of(), unnamed, String.join("\n", unnamed));
  }

  /** The operations of the document, by "METHOD /context/path", with the path item's parameters. */
  private Map<String, JsonObject> described() {
    JsonObject document = Json.parse(fetch("application/json"));
    String prefix = serverPath(document);
    Map<String, JsonObject> operations = new TreeMap<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (verb, operation) -> {
                          if (VERBS.contains(verb)) {
                            JsonObject withShared =
                                Json.withParameters(
                                    operation.asJsonObject(),
                                    item.asJsonObject().getJsonArray("parameters"));
                            operations.put(verb.toUpperCase() + " " + prefix + path, withShared);
                          }
                        }));
    return operations;
  }

  /** The path of the document's first server (the application's context root), or "". */
  private static String serverPath(JsonObject document) {
    if (!document.containsKey("servers") || document.getJsonArray("servers").isEmpty()) {
      return "";
    }
    String server = document.getJsonArray("servers").getJsonObject(0).getString("url");
    String path = URI.create(server).getPath();
    return path == null || path.equals("/") ? "" : path.replaceAll("/$", "");
  }

  private static List<JsonValue> parametersOf(JsonObject operation) {
    return operation.containsKey("parameters") ? operation.getJsonArray("parameters") : List.of();
  }

  /** The schema type of each path parameter ("integer", "string"...). */
  private static Map<String, String> types(JsonObject operation) {
    Map<String, String> types = new TreeMap<>();
    for (JsonValue p : parametersOf(operation)) {
      JsonObject parameter = p.asJsonObject();
      if (parameter.getString("in").equals("path") && parameter.containsKey("schema")) {
        types.put(
            parameter.getString("name"),
            parameter.getJsonObject("schema").getString("type", "string"));
      }
    }
    return types;
  }

  /** The path with its templates filled with values no record has. */
  private static String filled(String path, Map<String, String> types) {
    StringBuilder filled = new StringBuilder();
    var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
    while (matcher.find()) {
      String type = types.getOrDefault(matcher.group(1), "string");
      String value =
          type.equals("integer") || type.equals("number") ? "0" : "no-such-" + Api.uniqueToken();
      matcher.appendReplacement(filled, value);
    }
    matcher.appendTail(filled);
    return filled.substring(1);
  }

  private URI root() {
    return Api.at(url).server();
  }

  private String fetch(String mediaType) {
    HttpRequest request =
        HttpRequest.newBuilder(root().resolve("/openapi"))
            .header("Accept", mediaType)
            .timeout(Duration.ofSeconds(60))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path war() {
    return Path.of(System.getProperty("test.war"));
  }

  /** Small JSON-P helpers. */
  private static final class Json {

    static JsonObject parse(String text) {
      try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
        return reader.readObject();
      }
    }

    /** The operation with the path item's parameters added to its own. */
    static JsonObject withParameters(JsonObject operation, jakarta.json.JsonArray shared) {
      if (shared == null || shared.isEmpty()) {
        return operation;
      }
      var all = jakarta.json.Json.createArrayBuilder(shared);
      if (operation.containsKey("parameters")) {
        operation.getJsonArray("parameters").forEach(all::add);
      }
      return jakarta.json.Json.createObjectBuilder(operation).add("parameters", all).build();
    }
  }
}
