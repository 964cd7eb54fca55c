package org.coproduction.landscape.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The JSON API as a client sees it: HTTP with Basic credentials (or none), answers parsed with
 * JSON-P.
 */
public final class Api {

  /** The first administrator (created at start-up with LANDSCAPE_ADMIN_PASSWORD). */
  public static final String ADMIN = "admin";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private final String username;
  private final String authorization;

  private Api(URI base, String username, String authorization) {
    this.base = base;
    this.username = username;
    this.authorization = authorization;
  }

  /**
   * The API of the deployment at {@code application} (its context root), as an anonymous caller.
   */
  /**
   * The application on the loopback address, whatever host the container reported: tests talk to
   * this machine only.
   */
  public static Api at(URL application) {
    return at("http://localhost:" + application.getPort() + application.getPath());
  }

  public static Api at(String application) {
    String root = application.endsWith("/") ? application : application + "/";
    return new Api(URI.create(root + "api/"), null, null);
  }

  public Api as(String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(base, username, "Basic " + token);
  }

  /** Who this client signs in as (null for anonymous). */
  public String username() {
    return username;
  }

  /**
   * A new account with that role, created through {@code POST /api/users} by this client (an
   * administrator), and the API as its holder.
   */
  public Api newAccount(String role) {
    String name = role.toLowerCase() + "-" + uniqueToken();
    String password = "Secret " + uniqueToken() + " " + uniqueToken();
    post(
            "users",
            object().add("username", name).add("password", password).add("role", role).build())
        .expect(201);
    return as(name, password);
  }

  public Api asAdmin() {
    return as(ADMIN, adminPassword());
  }

  /** The password the build gives the server (and the client) for the first administrator. */
  public static String adminPassword() {
    return Optional.ofNullable(System.getProperty("test.admin.password"))
        .or(() -> Optional.ofNullable(System.getenv("LANDSCAPE_ADMIN_PASSWORD")))
        .orElseThrow(
            () -> new IllegalStateException("No test.admin.password / LANDSCAPE_ADMIN_PASSWORD"));
  }

  /** The server's root, e.g. for {@code /openapi}. */
  public URI server() {
    return base.resolve("/");
  }

  /**
   * A token that makes names unique to this run: the test database may be shared and never empty.
   */
  public static String uniqueToken() {
    String letters = "abcdefghijkmnpqrstuvwxyz";
    StringBuilder token = new StringBuilder("t");
    for (int i = 0; i < 7; i++) {
      token.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
    }
    return token.toString();
  }

  public Answer get(String path) {
    return send("GET", path, null);
  }

  public Answer post(String path, Object body) {
    return send("POST", path, body);
  }

  public Answer put(String path, Object body) {
    return send("PUT", path, body);
  }

  public Answer delete(String path) {
    return send("DELETE", path, null);
  }

  /**
   * POSTs a multipart/form-data request: {@code file} as the field "file" with its file name (none
   * when {@code fileName} is null), and the other fields as name, value pairs.
   */
  public Answer upload(String path, String fileName, byte[] file, String... fields) {
    String boundary = "----landscape" + uniqueToken();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> text =
        t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i + 1 < fields.length; i += 2) {
      text.accept("--" + boundary + "\r\n");
      text.accept("Content-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n");
      text.accept(fields[i + 1] + "\r\n");
    }
    if (file != null) {
      text.accept("--" + boundary + "\r\n");
      text.accept(
          "Content-Disposition: form-data; name=\"file\""
              + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
              + "\r\n");
      text.accept("Content-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(file);
      text.accept("\r\n");
    }
    text.accept("--" + boundary + "--\r\n");
    URI uri = base.resolve(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("X-Requested-With", "landscape-tests")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer("POST " + uri, response.statusCode(), response.headers(), response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The value of the Authorization header this client sends (null for anonymous). */
  public String authorization() {
    return authorization;
  }

  /** The API's root, e.g. {@code http://localhost:8080/landscape/api/}. */
  public URI base() {
    return base;
  }

  /** A DELETE of the record as read at {@code version}, sent in {@code If-Match}. */
  public Answer delete(String path, long version) {
    return send("DELETE", path, null, "If-Match", "\"" + version + "\"");
  }

  /**
   * {@code body} is a JSON-P value or a string sent as it is (e.g. broken JSON); {@code headers}
   * are further names and values, in pairs.
   */
  public Answer send(String method, String path, Object body, String... headers) {
    URI uri = path.startsWith("http") ? URI.create(path) : base.resolve(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body == null) {
      if (!method.equals("GET") && !method.equals("HEAD")) {
        // A change without a body: the API asks scripts to say so (api.FromScriptsOnly).
        request.header("X-Requested-With", "landscape-tests");
      }
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(
          method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }
    return exchange(request, method, uri);
  }

  /**
   * A request with exactly these headers (plus this client's credentials) and this body as it is,
   * null for none: what a browser's form or another site's script could send.
   */
  public Answer sendAsIs(String method, String path, Map<String, String> headers, String body) {
    URI uri = path.startsWith("http") ? URI.create(path) : base.resolve(path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return exchange(request, method, uri);
  }

  /** A file as a browser fetches it (any media type), its bytes whole. */
  public HttpResponse<byte[]> download(String path) {
    URI uri = path.startsWith("http") ? URI.create(path) : base.resolve(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).header("Accept", "*/*");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Answer exchange(HttpRequest.Builder request, String method, URI uri) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          method + " " + uri, response.statusCode(), response.headers(), response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An HTTP answer. */
  public record Answer(String request, int status, java.net.http.HttpHeaders headers, String body) {

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonArray array() {
      return (JsonArray) structure();
    }

    private JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The fields named in an error answer's {@code errors}. */
    public List<String> errorFields() {
      return json().getJsonArray("errors").stream()
          .map(JsonValue::asJsonObject)
          .map(e -> e.isNull("field") ? null : e.getString("field", null))
          .toList();
    }

    /** The message for one field of an error answer. */
    public String errorFor(String field) {
      return json().getJsonArray("errors").stream()
          .map(JsonValue::asJsonObject)
          .filter(e -> !e.isNull("field") && field.equals(e.getString("field", null)))
          .map(e -> e.getString("message"))
          .findFirst()
          .orElse(null);
    }

    /** The id of the record in the body. */
    public long id() {
      return json().getJsonNumber("id").longValue();
    }

    /** The version of the record in the body. */
    public long version() {
      return json().getJsonNumber("version").longValue();
    }

    /** The {@code items} of a page. */
    public List<JsonObject> items() {
      return json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    /** One string field of each item of a page. */
    public List<String> itemStrings(String field) {
      return items().stream().map(i -> i.getString(field, null)).toList();
    }

    /** Fails with the request and the body when the status is not the one expected. */
    public Answer expect(int expected) {
      if (status != expected) {
        throw new AssertionError(
            request + ": expected " + expected + " but was " + status + ": " + body);
      }
      return this;
    }
  }

  /** A JSON object builder, for request bodies. */
  public static jakarta.json.JsonObjectBuilder object() {
    return Json.createObjectBuilder();
  }

  /** A copy of {@code from} to change, for request bodies. */
  public static jakarta.json.JsonObjectBuilder object(JsonObject from) {
    return Json.createObjectBuilder(from);
  }

  /** A field that holds a list of strings. */
  public static List<String> strings(JsonObject o, String field) {
    return o.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  public static jakarta.json.JsonArrayBuilder array(Object... values) {
    var array = Json.createArrayBuilder();
    for (Object v : values) {
      if (v instanceof JsonValue j) {
        array.add(j);
      } else if (v instanceof jakarta.json.JsonObjectBuilder b) {
        array.add(b);
      } else if (v instanceof Number n) {
        array.add(n.longValue());
      } else {
        array.add(String.valueOf(v));
      }
    }
    return array;
  }
}
