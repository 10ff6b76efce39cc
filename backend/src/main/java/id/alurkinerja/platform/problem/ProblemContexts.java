package id.alurkinerja.platform.problem;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The facts a problem carries in its {@code context}, one schema per problem type that has any. */
public final class ProblemContexts {

  private ProblemContexts() {}

  @Schema(name = "InvalidStateContext", description = "Context of invalid-state: where the document stands")
  public record InvalidState(
      @Schema(required = true, description = "The document's state now") String state,
      @Schema(description = "Every transition possible from it") List<String> allowedTransitions,
      @Schema(description = "Those the current user may make") List<String> yourTransitions) {}

  @Schema(name = "VersionChangedContext",
      description = "Context of version-changed: the version to read and decide on instead")
  public record VersionChanged(
      @Schema(required = true) int currentVersion,
      @Schema(required = true) String currentSha256) {}

  @Schema(name = "PreconditionFailedContext", description = "Context of precondition-failed: the ETag to read")
  public record PreconditionFailed(@Schema(required = true) String currentETag) {}

  @Schema(name = "ForbiddenContext", description = "Context of forbidden: the verb the action needs")
  public record Forbidden(@Schema(required = true, examples = "form.sign") String verb) {}

  @Schema(name = "ConflictContext", description = "Context of conflict: what already exists or happened")
  public record Conflict(
      @Schema(description = "The object that already exists, e.g. the cycle's form") Long existingId,
      @Schema(description = "When it happened, e.g. a receipt already confirmed") Instant at) {}

  @Schema(name = "IncidentContext", description = "Context of internal-error: the incident to quote")
  public record Incident(@Schema(required = true) String incident) {}
}
