package id.alurkinerja.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.platform.json.CanonicalJson;
import id.alurkinerja.platform.problem.DatabaseErrors;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Idempotency-Key on creating POSTs. The key is claimed in the action's own transaction, before the
 * action runs: a concurrent request with the same key waits on that claim and then replays the first
 * answer, and a crash between commit and answer leaves the record for the retry to replay — the
 * action never runs twice. The same key with a different body is refused with 422. A refused action
 * (a problem) keeps nothing, so the key may be used again.
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
    for (int attempt = 0; ; attempt++) {
      Optional<Response> replay = QuarkusTransaction.requiringNew().call(() -> replay(userId, key, hash));
      if (replay.isPresent()) {
        return replay.get();
      }
      try {
        return QuarkusTransaction.requiringNew().call(() -> claimAndRun(userId, key, hash, action));
      } catch (PersistenceException e) {
        if (!DatabaseErrors.isDuplicate(e) || attempt > 0) {
          throw e;
        }
        // a concurrent request with this key committed first: replay its answer
      }
    }
  }

  private Optional<Response> replay(long userId, String key, String hash) {
    IdempotencyRecord previous = IdempotencyRecord.<IdempotencyRecord>find("userId = ?1 and key = ?2", userId, key)
        .firstResult();
    if (previous == null) {
      return Optional.empty();
    }
    if (!previous.requestSha256.equals(hash)) {
      throw new ProblemException(ProblemType.UNPROCESSABLE,
          "This Idempotency-Key was used for a different request; use a new key");
    }
    Response.ResponseBuilder replay = Response.status(previous.status)
        .type(MediaType.APPLICATION_JSON).entity(previous.body).header("Idempotent-Replayed", "true");
    if (previous.location != null) {
      replay.location(URI.create(previous.location));
    }
    return Optional.of(replay.build());
  }

  private Response claimAndRun(long userId, String key, String hash, Supplier<Response> action) {
    IdempotencyRecord record = new IdempotencyRecord();
    record.userId = userId;
    record.key = key;
    record.requestSha256 = hash;
    record.createdAt = clock.instant();
    record.persistAndFlush(); // the claim: a second request with this key waits here
    Response response = action.get();
    if (response.getStatus() / 100 != 2) {
      record.delete();
      return response;
    }
    record.status = response.getStatus();
    record.location = response.getLocation() == null ? null : response.getLocation().toString();
    try {
      record.body = response.getEntity() == null ? null : mapper.writeValueAsString(response.getEntity());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return response;
  }
}
