package id.alurkinerja.forms;

import id.alurkinerja.access.Access;
import id.alurkinerja.forms.FormDtos.FormCreateRequest;
import id.alurkinerja.forms.FormDtos.FormView;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.platform.web.Idempotency;
import id.alurkinerja.platform.web.Locations;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Step 1 begins: a cycle's form, created empty or from last year's, or imported in the first year. */
@Path("/v1/cycles/{cycleId}/forms")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "forms")
public class CycleFormResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject FormService forms;
  @Inject Locations locations;
  @Inject FormViews views;
  @Inject Idempotency idempotency;
  @Inject Access access;

  @POST
  @Operation(operationId = "createForm", summary = "Step 1 begins: create the cycle's form",
      description = "Empty, or cloned from last year's signed form (the SOP's requirement); then "
          + "getFormDiff shows what changed. One form per cycle. Accepts Idempotency-Key.")
  @Extension(name = "x-required-verb", value = "form.create")
  @APIResponse(responseCode = "201", description = "The new form in DRAFT",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response create(@PathParam("cycleId") long cycleId, @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull FormCreateRequest request) {
    return idempotency.run(access.user().id(), key, Map.of("cycleId", cycleId, "request", request),
        () -> created(forms.create(cycleId, request.source())));
  }

  @POST
  @Path("/import")
  @Consumes("text/csv")
  @Operation(operationId = "importForm", summary = "Import last year's format from CSV (first year)",
      description = "For a kecamatan new to the system: the form is marked IMPORTED (not signed here), "
          + "read-only, and can be cloned into the next year. Columns: sasaran_code, sasaran, "
          + "indicator_code, indicator, satuan, data_type, polarity (+/-), target, reporting_unit "
          + "(unit names or codes separated by ';'), optional aggregation and guidance. Every problem "
          + "is listed with its line.")
  @Extension(name = "x-required-verb", value = "form.create")
  @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "201", description = "The imported form",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response importCsv(@PathParam("cycleId") long cycleId, String csv) {
    if (csv == null || csv.isBlank()) {
      throw ProblemException.invalid("body", FieldErrorCode.EMPTY_BODY);
    }
    return created(forms.importCsv(cycleId, csv));
  }

  @POST
  @Path("/import")
  @Consumes(XLSX)
  @Operation(operationId = "importFormXlsx", summary = "Import last year's format from XLSX (first year)",
      description = "As importForm, from the first sheet of a workbook with the same columns.")
  @Extension(name = "x-required-verb", value = "form.create")
  @RequestBody(required = true,
      content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "201", description = "The imported form",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response importXlsx(@PathParam("cycleId") long cycleId, byte[] xlsx) {
    if (xlsx == null || xlsx.length == 0) {
      throw ProblemException.invalid("body", FieldErrorCode.EMPTY_BODY);
    }
    return created(forms.importXlsx(cycleId, xlsx));
  }

  private Response created(Form form) {
    FormView view = views.view(form);
    return ETags.created(locations.of("v1/forms/" + form.id), view, view.version());
  }
}
