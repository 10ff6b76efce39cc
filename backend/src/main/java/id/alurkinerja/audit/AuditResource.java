package id.alurkinerja.audit;

import id.alurkinerja.audit.AuditDtos.AuditPage;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail: who did what, when, in which capacity, each entry chained to the one before. */
@Path("/v1/audit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

  @Inject AuditTrail trail;

  @GET
  @Operation(operationId = "listAuditEntries", summary = "Entries of a kecamatan's (or kabupaten's) audit trail",
      description = "In chain order (oldest first), cursor-paginated: pass nextCursor as cursor for the next "
          + "page; entries sealed meanwhile appear at the end. kecamatanId may be left out by users who read the "
          + "audit trail of one kecamatan only; kabupatenId lists the kabupaten's own entries (e.g. its days "
          + "off). Filters combine; an unknown query parameter is 400.")
  @Extension(name = "x-required-verb", value = "audit.read")
  @APIResponse(responseCode = "200", description = "A page of entries",
      content = @Content(schema = @Schema(implementation = AuditPage.class)))
  public AuditPage list(
      @Parameter(description = "The kecamatan whose chain to list", schema = @Schema(type = SchemaType.INTEGER,
          format = "int64")) @QueryParam("kecamatanId") String kecamatanId,
      @Parameter(description = "The kabupaten whose own chain to list (not with kecamatanId)",
          schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("kabupatenId") String kabupatenId,
      @Parameter(description = "Kind of object, e.g. form, submission, recap, user, unit")
      @QueryParam("objectType") String objectType,
      @Parameter(description = "The object's id (with objectType)", schema = @Schema(type = SchemaType.INTEGER,
          format = "int64")) @QueryParam("objectId") String objectId,
      @Parameter(description = "What was done, e.g. form.paraf") @QueryParam("action") String action,
      @Parameter(description = "The user who acted", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
      @QueryParam("actorId") String actorId,
      @Parameter(description = "Entries at or after this instant (RFC 3339)", schema = @Schema(type = SchemaType.STRING,
          format = "date-time")) @QueryParam("from") String from,
      @Parameter(description = "Entries before this instant (RFC 3339)", schema = @Schema(type = SchemaType.STRING,
          format = "date-time")) @QueryParam("to") String to,
      @Parameter(description = "Page size, 1-200 (default 50)", schema = @Schema(type = SchemaType.INTEGER,
          minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    return trail.page(new AuditTrail.Query(kecamatanId, kabupatenId, objectType, objectId, action, actorId, from, to,
        limit, cursor));
  }
}
