package id.alurkinerja.integration;

import id.alurkinerja.integration.KabupatenReads.Filter;
import id.alurkinerja.integration.ReadDtos.CyclePage;
import id.alurkinerja.integration.ReadDtos.SignedRecapPage;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The kabupaten read API: one call answers "where is every kecamatan", another gives the signed
 * recaps' values. JSON or CSV by Accept; ETag and If-None-Match (304) on both; the next page in
 * {@code nextCursor} and in a {@code Link: rel="next"} header.
 */
@Path("/v1")
@Authenticated
@Tag(name = "integration")
public class KabupatenReadResource {

  static final String CSV = "text/csv";
  private static final String FORMATS = " JSON by default; Accept: text/csv gives CSV (UTF-8 with BOM, one header line). "
      + "Pages are in id order: new rows land at the end, so paging on while kecamatan work sees each row once. "
      + "Unknown query parameters are refused (400).";

  @Inject KabupatenReads reads;
  @Inject ChangesFeed feed;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Path("/kabupaten/{kabupatenId}/cycles")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @Operation(operationId = "listKabupatenCycles", summary = "Where every kecamatan's cycle stands",
      description = "Status, the SOP step with work open, whether the SOP is finished, and the signed recap, "
          + "for every cycle of the kabupaten's kecamatan." + FORMATS)
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "One page of cycles",
      headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Link", description = "The next page, rel=\"next\"", schema = @Schema(type = SchemaType.STRING))},
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CyclePage.class)),
          @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
  @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
  public Response cycles(@PathParam("kabupatenId") long kabupatenId,
      @Parameter(description = "Only this year") @QueryParam("year") Integer year,
      @Parameter(description = "Only this kecamatan") @QueryParam("kecamatanId") Long kecamatanId,
      @Parameter(description = "Only this status: NOT_STARTED, IN_PROGRESS, FINISHED, …") @QueryParam("status") String status,
      @Parameter(description = "Only cycles whose status or step changed at or after this instant (ISO-8601, e.g. "
          + "2026-12-01T00:00:00Z)") @QueryParam("updatedSince") String updatedSince,
      @Parameter(description = "Page size, 1-500") @QueryParam("limit") @DefaultValue("100") int limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    CyclePage page = reads.cycles(kabupatenId, new Filter(year, kecamatanId, status, updatedSince), limit, cursor);
    return answer(page, page.nextCursor(), ReadCsv::cycles);
  }

  @GET
  @Path("/kabupaten/{kabupatenId}/signed-recaps")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @Operation(operationId = "listKabupatenSignedRecaps", summary = "Signed recaps with their indicator values",
      description = "Every recap the Camat signed in the kabupaten's kecamatan (a ralat replaces the one it "
          + "corrects, which is then no longer listed), with target, realisasi and capaian of each indicator. "
          + "In CSV one line per indicator." + FORMATS)
  @Extension(name = "x-required-verb", value = "recap.read")
  @APIResponse(responseCode = "200", description = "One page of signed recaps",
      headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Link", description = "The next page, rel=\"next\"", schema = @Schema(type = SchemaType.STRING))},
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignedRecapPage.class)),
          @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
  @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
  public Response signedRecaps(@PathParam("kabupatenId") long kabupatenId,
      @Parameter(description = "Only this year") @QueryParam("year") Integer year,
      @Parameter(description = "Only this kecamatan") @QueryParam("kecamatanId") Long kecamatanId,
      @Parameter(description = "Only recaps signed at or after this instant (ISO-8601)") @QueryParam("updatedSince")
      String updatedSince,
      @Parameter(description = "Page size in recaps, 1-50") @QueryParam("limit") @DefaultValue("20") int limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    SignedRecapPage page = reads.signedRecaps(kabupatenId, new Filter(year, kecamatanId, null, updatedSince), limit,
        cursor);
    return answer(page, page.nextCursor(), ReadCsv::signedRecaps);
  }

  @GET
  @Path("/kabupaten/{kabupatenId}/sop-monitoring")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "listKabupatenSopMonitoring", summary = "The SOP monitoring sheet of every cycle",
      description = "For each cycle of the kabupaten's kecamatan: every step's working time against its mutu baku, "
          + "who did it and whether it was kept, and each unit's data against the tenggat, as GET "
          + "/cycles/{id}/sop-monitoring gives one (which also gives CSV and XLSX). Pages of up to 20 cycles in "
          + "id order; unknown query parameters are refused (400).")
  @Extension(name = "x-required-verb", value = "sla.read")
  @APIResponse(responseCode = "200", description = "One page of monitoring sheets",
      headers = @Header(name = "Link", description = "The next page, rel=\"next\"", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ReadDtos.MonitoringPage.class)))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
  public Response monitoring(@PathParam("kabupatenId") long kabupatenId,
      @Parameter(description = "Only this year") @QueryParam("year") Integer year,
      @Parameter(description = "Only this kecamatan") @QueryParam("kecamatanId") Long kecamatanId,
      @Parameter(description = "Only cycles in this status") @QueryParam("status") String status,
      @Parameter(description = "Page size in cycles, 1-20") @QueryParam("limit") @DefaultValue("5") int limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    ReadDtos.MonitoringPage page = reads.monitoring(kabupatenId, new Filter(year, kecamatanId, status, null), limit, cursor);
    return answer(page, page.nextCursor(), null);
  }

  @GET
  @Path("/kabupaten/{kabupatenId}/documents")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @Operation(operationId = "listKabupatenDocuments", summary = "Every document the kabupaten's kecamatan issued",
      description = "The numbered letters, the units' copies and the signed recaps, with their verification code, "
          + "SHA-256 and where the PDF is (signed recaps only for clients that read recaps)." + FORMATS)
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "One page of documents",
      headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
          @Header(name = "Link", description = "The next page, rel=\"next\"", schema = @Schema(type = SchemaType.STRING))},
      content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReadDtos.DocumentPage.class)),
          @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
  @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
  public Response documents(@PathParam("kabupatenId") long kabupatenId,
      @Parameter(description = "Only documents of this year's cycles") @QueryParam("year") Integer year,
      @Parameter(description = "Only this kecamatan") @QueryParam("kecamatanId") Long kecamatanId,
      @Parameter(description = "Only LETTER, LETTER_COPY or RECAP") @QueryParam("kind") String kind,
      @Parameter(description = "Only documents issued at or after this instant (ISO-8601)") @QueryParam("updatedSince")
      String updatedSince,
      @Parameter(description = "Page size, 1-200") @QueryParam("limit") @DefaultValue("100") int limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    ReadDtos.DocumentPage page = reads.documents(kabupatenId, new Filter(year, kecamatanId, null, updatedSince), kind,
        limit, cursor);
    return answer(page, page.nextCursor(), ReadCsv::documents);
  }

  @GET
  @Path("/kabupaten/{kabupatenId}/changes")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "listKabupatenChanges", summary = "What changed in the kabupaten's kecamatan since a point",
      description = "Every change (a form distributed, a submission returned, a recap signed, a unit added, …) "
          + "numbered 1, 2, 3, … in the order it was committed, without gaps. Store lastSeq and pass it as after "
          + "next time: nothing is missed and nothing comes twice, however many instances write. Only changes "
          + "of objects the client may read are listed (a service account's scopes decide); lastSeq moves past "
          + "the others. While more is true, ask again at once.")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "The changes after the given number",
      content = @Content(schema = @Schema(implementation = ChangeDtos.ChangePage.class)))
  public ChangeDtos.ChangePage changes(@PathParam("kabupatenId") long kabupatenId,
      @Parameter(description = "lastSeq of the previous call; absent or 0 for the beginning") @QueryParam("after")
      String after,
      @Parameter(description = "Most changes scanned, 1-500") @QueryParam("limit") @DefaultValue("100") int limit) {
    return feed.after(kabupatenId, after, limit);
  }

  /** JSON or CSV as Accept asks (ConditionalGet tags either), with a Link to the next page. */
  private <T> Response answer(T page, String next, Function<T, String> csv) {
    Response.ResponseBuilder answer = csv != null && wantsCsv()
        ? Response.ok(csv.apply(page).getBytes(StandardCharsets.UTF_8), CSV + "; charset=utf-8")
        : Response.ok(page, MediaType.APPLICATION_JSON_TYPE);
    answer.header(HttpHeaders.VARY, "Accept");
    if (next != null) {
      answer.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build() + ">; rel=\"next\"");
    }
    return answer.build();
  }

  /** CSV when the client prefers it to JSON (Accept with its q-values); JSON otherwise. */
  private boolean wantsCsv() {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType() || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
        return false;
      }
      if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
        return true;
      }
    }
    return false;
  }

}
