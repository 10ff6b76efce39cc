package id.alurkinerja.recaps;

import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.recaps.RecapDtos.RecapView;
import id.alurkinerja.workflow.DocumentMachine;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The recap's table as a spreadsheet (XLSX) or CSV, for the paper archive and kabupaten systems. */
@Path("/v1/recaps/{recapId}/export")
@Authenticated
@Tag(name = "recaps")
public class RecapExportResource {

  @Inject RecapViews views;
  @Inject RecapDocuments documents;
  @Inject DocumentMachine machine;

  @GET
  @Produces({RecapFiles.CSV, RecapFiles.XLSX})
  @Operation(operationId = "exportRecap", summary = "The recap as CSV or XLSX",
      description = "One row per indicator: target, each unit's value ('tidak menyampaikan' for a unit that did "
          + "not report), realisasi, capaian and predikat; then each sasaran's capaian and the kecamatan's overall "
          + "capaian. The first line names the version and its SHA-256. CSV is UTF-8 with a BOM, comma-separated, "
          + "numbers with a decimal point; XLSX keeps numbers as numbers. Chosen by ?format= or Accept; CSV "
          + "otherwise.")
  @Extension(name = "x-required-verb", value = "recap.read")
  @APIResponse(responseCode = "200", description = "The file", content = {
      @Content(mediaType = RecapFiles.CSV, schema = @Schema(type = SchemaType.STRING)),
      @Content(mediaType = RecapFiles.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
  public Response export(@PathParam("recapId") long recapId,
      @Parameter(description = "csv or xlsx; without it Accept decides") @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    String wanted = format != null ? format.toLowerCase(Locale.ROOT)
        : accept != null && accept.contains(RecapFiles.XLSX) ? "xlsx" : "csv";
    if (!wanted.equals("csv") && !wanted.equals("xlsx")) {
      throw ProblemException.invalid("format", FieldErrorCode.NOT_ONE_OF, Map.of("allowed", "csv, xlsx"));
    }
    Recap recap = machine.read(documents, recapId);
    RecapView view = views.view(recap);
    String kecamatan = Kecamatan.<Kecamatan>findById(recap.kecamatanId).name;
    String file = RecapFiles.fileName(view, kecamatan) + "." + wanted;
    StreamingOutput body = wanted.equals("csv")
        ? out -> RecapFiles.csv(view, kecamatan, out) : out -> RecapFiles.xlsx(view, kecamatan, out);
    return Response.ok(body, wanted.equals("csv") ? RecapFiles.CSV + "; charset=utf-8" : RecapFiles.XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
  }
}
