package id.alurkinerja.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.platform.json.CanonicalJson;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Idempotency-Key on creating POSTs: the first successful answer is stored per user and key; the
 * same request again gets the same answer (header {@code Idempotent-Replayed: true}) and creates
 * nothing; the same key with a different body is refused with 422.
 */
@ApplicationScoped
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";

  @Inject ObjectMapper mapper;
  @Inject Clock clock;

  public Response run(long userId, String key, Object request, Supplier<Response> action) {
    if (key == null) {
      return action.get();
    }
    if (key.isBlank() || key.length() > 200) {
      throw ProblemException.invalid(HEADER, FieldErrorCode.IDEMPOTENCY_KEY);
    }
    String hash = CanonicalJson.sha256(CanonicalJson.write(mapper, request));
    IdempotencyRecord previous = QuarkusTransaction.requiringNew().call(() ->
        IdempotencyRecord.<IdempotencyRecord>find("userId = ?1 and key = ?2", userId, key).firstResult());
    if (previous != null) {
      if (!previous.requestSha256.equals(hash)) {
        throw new ProblemException(ProblemType.UNPROCESSABLE,
            "This Idempotency-Key was used for a different request; use a new key");
      }
      Response.ResponseBuilder replay = Response.status(previous.status)
          .type(MediaType.APPLICATION_JSON).entity(previous.body).header("Idempotent-Replayed", "true");
      if (previous.location != null) {
        replay.location(URI.create(previous.location));
      }
      return replay.build();
    }
    Response response = action.get();
    if (response.getStatus() / 100 == 2) {
      remember(userId, key, hash, response);
    }
    return response;
  }

  private void remember(long userId, String key, String hash, Response response) {
    try {
      String body = response.getEntity() == null ? null : mapper.writeValueAsString(response.getEntity());
      QuarkusTransaction.requiringNew().run(() -> {
        IdempotencyRecord record = new IdempotencyRecord();
        record.userId = userId;
        record.key = key;
        record.requestSha256 = hash;
        record.status = response.getStatus();
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        record.body = body;
        record.createdAt = clock.instant();
        record.persist();
      });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (RuntimeException raced) {
      // a concurrent request with the same key stored its answer first; ours stands as given
    }
  }
}
