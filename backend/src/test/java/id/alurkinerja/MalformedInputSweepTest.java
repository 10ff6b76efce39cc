package id.alurkinerja;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the published contract (the document {@code openapi.yaml} is checked against)
 * with what a careless or hostile client sends: no token, a forged token, ids that are not numbers or
 * belong to another kecamatan, bodies of the wrong shape and type, huge strings, NUL and lone
 * surrogates. The answers: never a 5xx, always problem+json, never a stack trace, and no row of the
 * database changed.
 */
@QuarkusTest
class MalformedInputSweepTest extends ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HUGE = "x".repeat(200_000);

  @Inject EntityManager em;

  private JsonNode api;
  private final List<String> failures = new ArrayList<>();
  private int requests;

  @Test
  void noMalformedRequestIsA5xxOrChangesAnything() throws Exception {
    World w = Fixtures.world();
    World neighbour = Fixtures.neighbourOf(w);
    Map<String, String> neighbourIds = neighbourIds(neighbour);
    api = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
        .extract().asString());
    List<String> tokens = List.of(w.token(Role.ADMIN), w.token(Role.STAF), w.token(Role.KASI),
        w.token(Role.CAMAT), w.token(Role.KABUPATEN));

    Map<String, String> before = fingerprint();
    int operations = 0;
    for (var path : iterable(api.get("paths").fields())) {
      for (var op : iterable(path.getValue().fields())) {
        String method = op.getKey().toUpperCase();
        if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
          continue;
        }
        operations++;
        sweep(method, path.getKey(), op.getValue(), tokens, neighbourIds);
      }
    }
    Map<String, String> after = fingerprint();

    assertTrue(operations > 60, "swept " + operations + " operations");
    assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " requests answered badly:\n"
        + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    assertEquals(before, after, "a malformed request changed the database");
  }

  private void sweep(String method, String template, JsonNode op, List<String> tokens,
      Map<String, String> neighbourIds) {
    boolean open = isPublic(op);
    List<String> pathParams = new ArrayList<>();
    for (JsonNode p : iterable(op.path("parameters").elements())) {
      if ("path".equals(p.path("in").asText())) {
        pathParams.add(p.path("name").asText());
      }
    }
    String bogus = fill(template, pathParams, name -> "999999999");

    // tokens: none, garbage, unsigned ("alg": "none"), signed by nobody we know
    JsonNode content = op.path("requestBody").path("content");
    String type = content.size() == 0 ? null : content.fieldNames().next();
    String empty = type == null ? null : "{}";
    // (a body-less POST from RestAssured carries a form content type, which a JSON resource refuses first)
    int unauthenticated = type == null && !method.equals("GET") && !method.equals("DELETE") ? -1 : 401;
    if (!open) {
      send(method, bogus, null, type, empty, unauthenticated);
      send(method, bogus, "garbage", type, empty, unauthenticated);
      send(method, bogus, unsignedToken(), type, empty, unauthenticated);
    }
    // ids that are no ids, and ids of another kecamatan, for each role
    for (String bad : List.of("abc", "-1", "1.5", "9".repeat(30), "%00", "1;DROP TABLE form", HUGE.substring(0, 3000))) {
      send(method, fill(template, pathParams, name -> bad), tokens.get(0), null, null, 0);
    }
    if (!pathParams.isEmpty() && pathParams.stream().anyMatch(neighbourIds::containsKey)) {
      String foreign = fill(template, pathParams, name -> neighbourIds.getOrDefault(name, "999999999"));
      for (String token : tokens) {
        send(method, foreign, token, "application/json", "{}", 0);
      }
    }
    // query parameters of the wrong type or size
    for (JsonNode p : iterable(op.path("parameters").elements())) {
      if ("query".equals(p.path("in").asText())) {
        String name = p.path("name").asText();
        for (String bad : List.of("abc", "-1", "9".repeat(30), "\u0000", HUGE.substring(0, 6000))) {
          send(method, bogus + "?" + name + "=" + encode(bad), tokens.get(0), null, null, 0);
        }
      }
    }
    // bodies
    if (content.has("application/json")) {
      JsonNode schema = resolve(content.get("application/json").path("schema"));
      for (String body : badBodies(schema)) {
        send(method, bogus, tokens.get(0), "application/json", body, 0);
      }
      send(method, bogus, tokens.get(0), "text/plain", "code=X", 0);
    } else if (type != null) {
      send(method, bogus, tokens.get(0), type, "{\"not\": \"" + type + "\"}", 0);
      send(method, bogus, tokens.get(0), "application/json", "{}", 0);
    }
  }

  /** The bodies no client should send: not an object, broken JSON, and each field wrong in turn. */
  private List<String> badBodies(JsonNode schema) {
    List<String> bodies = new ArrayList<>(List.of("[]", "\"text\"", "42", "{", "{\"a\":", "null",
        "{\"unknownField\": 1}", "[".repeat(5000) + "]".repeat(5000)));
    for (var property : iterable(schema.path("properties").fields())) {
      String name = JSON.valueToTree(property.getKey()).toString();
      JsonNode type = resolve(property.getValue());
      for (String value : wrongValues(type)) {
        bodies.add("{" + name + ": " + value + "}");
      }
    }
    return bodies;
  }

  private static List<String> wrongValues(JsonNode schema) {
    String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
    return switch (type) {
      case "string" -> List.of("12345", "true", "{}", "[]", "\"" + HUGE + "\"", "\"\\u0000\"", "\"\\ud800\"",
          "\"\\u202e\\u200b\"", "\"2026-13-45\"");
      case "integer" -> List.of("\"2026\"", "2026.5", "true", "1e400", "99999999999999999999999", "[]");
      case "number" -> List.of("\"12\"", "true", "1e400", "{}");
      case "boolean" -> List.of("\"true\"", "1", "\"ya\"");
      case "array" -> List.of("{}", "\"a\"", "[" + "1,".repeat(20_000) + "1]", "[null]", "[{}]");
      default -> List.of("[]", "\"text\"", "1", "{\"unknownField\": 1}");
    };
  }

  private void send(String method, String path, String token, String contentType, String body, int expected) {
    RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.contentType(contentType + (contentType.startsWith("text/") ? "; charset=UTF-8" : ""));
      if (contentType.startsWith("application/x-www-form-urlencoded")) {
        request.body(body); // RestAssured encodes a form from text only
      } else {
        request.body(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    Response response;
    try {
      response = request.request(method, path);
    } catch (RuntimeException e) {
      failures.add(method + " " + abbreviate(path) + " -> client error " + e);
      return;
    }
    requests++;
    int status = response.statusCode();
    String text = response.asString();
    String what = method + " " + abbreviate(path) + (body == null ? "" : " " + abbreviate(body)) + " -> " + status;
    if (status >= 500) {
      failures.add(what + " " + abbreviate(text));
    } else if (expected == -1 ? status != 401 && status != 415 : expected != 0 && status != expected) {
      failures.add(what + " (expected " + expected + ")");
    } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith(PROBLEM)) {
      failures.add(what + " is " + response.contentType() + ", not problem+json");
    } else if (text.contains("\tat ") || text.contains(".java:") || text.contains("Exception")) {
      failures.add(what + " shows a stack trace or exception: " + abbreviate(text));
    }
  }

  /** Each table's checksum: any row written, changed or deleted shows. */
  private Map<String, String> fingerprint() {
    return QuarkusTransaction.requiringNew().call(() -> {
      @SuppressWarnings("unchecked")
      List<String> tables = em.createNativeQuery("SELECT table_name FROM information_schema.tables "
          + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'").getResultList();
      // by content: CHECKSUM TABLE was seen to change on InnoDB with every row the same
      Map<String, String> sums = new TreeMap<>();
      for (String table : tables) {
        List<String> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT * FROM `" + table + "`").getResultList()) {
          Object[] cells = row instanceof Object[] a ? a : new Object[] {row};
          StringBuilder text = new StringBuilder();
          for (Object cell : cells) {
            text.append(cell instanceof byte[] b ? "bytes:" + java.util.Arrays.hashCode(b) : String.valueOf(cell))
                .append('\u0001');
          }
          rows.add(text.toString());
        }
        java.util.Collections.sort(rows);
        sums.put(table, rows.size() + " rows, " + Integer.toHexString(rows.hashCode()));
      }
      return sums;
    });
  }

  private static Map<String, String> neighbourIds(World neighbour) {
    long form = SubmissionWorkflowTest.dispatchedForm(neighbour, true);
    long submission = SubmissionWorkflowTest.submissionOf(neighbour, form, neighbour.seksiUnitId());
    int cycle = as(neighbour.token(Role.STAF)).get("/api/v1/forms/" + form).then().statusCode(200)
        .extract().path("cycleId");
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("kecamatanId", String.valueOf(neighbour.kecamatanId()));
    ids.put("cycleId", String.valueOf(cycle));
    ids.put("formId", String.valueOf(form));
    ids.put("submissionId", String.valueOf(submission));
    ids.put("unitId", String.valueOf(neighbour.seksiUnitId()));
    ids.put("userId", String.valueOf(neighbour.user(Role.KASI).id));
    return ids;
  }

  private JsonNode resolve(JsonNode schema) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
      return api.path("components").path("schemas").path(name);
    }
    if (schema.has("allOf") && schema.get("allOf").size() == 1) {
      return resolve(schema.get("allOf").get(0));
    }
    return schema;
  }

  private static boolean isPublic(JsonNode op) {
    for (JsonNode requirement : iterable(op.path("security").elements())) {
      if (requirement.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String fill(String template, List<String> names, java.util.function.UnaryOperator<String> value) {
    String path = template;
    for (String name : names) {
      path = path.replace("{" + name + "}", encode(value.apply(name)));
    }
    return path;
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String unsignedToken() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String claims = b64.encodeToString(("{\"sub\":\"1\",\"upn\":\"admin\",\"groups\":[\"ADMIN\"],"
        + "\"iss\":\"alur-kinerja\",\"aud\":\"alur-kinerja-api\",\"exp\":4102444800}").getBytes(StandardCharsets.UTF_8));
    return header + "." + claims + ".";
  }

  private static String abbreviate(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
    return () -> iterator;
  }
}
