package id.alurkinerja.cycles;

import id.alurkinerja.access.Access;
import id.alurkinerja.cycles.CycleDtos.CycleCreateRequest;
import id.alurkinerja.cycles.CycleDtos.CycleView;
import id.alurkinerja.forms.FormDtos.FormCreateRequest;
import id.alurkinerja.forms.FormDtos.FormView;
import id.alurkinerja.forms.FormService;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.platform.web.Idempotency;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/cycles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "forms")
public class CycleResource {

  @Inject CycleService cycles;
  @Inject FormService forms;
  @Inject Idempotency idempotency;
  @Inject Access access;

  @GET
  @Operation(operationId = "listCycles", summary = "Cycles the user may read, newest year first",
      description = "Optionally of one kecamatan.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "The cycles",
      content = @Content(schema = @Schema(implementation = CycleView.class, type = SchemaType.ARRAY)))
  public List<CycleView> list(@Parameter(description = "Only this kecamatan") @QueryParam("kecamatanId") Long kecamatanId) {
    return cycles.list(kecamatanId);
  }

  @POST
  @Operation(operationId = "createCycle", summary = "Start a kecamatan's cycle for a year",
      description = "One per kecamatan and year. Accepts Idempotency-Key.")
  @Extension(name = "x-required-verb", value = "form.create")
  @APIResponse(responseCode = "201", description = "The new cycle",
      content = @Content(schema = @Schema(implementation = CycleView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull CycleCreateRequest request) {
    return idempotency.run(access.user().id(), key, request, () -> {
      CycleView cycle = cycles.create(request);
      return Response.created(URI.create("/api/v1/cycles/" + cycle.id())).entity(cycle).build();
    });
  }

  @GET
  @Path("/{cycleId}")
  @Operation(operationId = "getCycle", summary = "One cycle", description = "With its form's id and state.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "The cycle",
      content = @Content(schema = @Schema(implementation = CycleView.class)))
  public CycleView get(@PathParam("cycleId") long cycleId) {
    return cycles.get(cycleId);
  }

  @POST
  @Path("/{cycleId}/forms")
  @Operation(operationId = "createForm", summary = "Step 1 begins: create the cycle's form",
      description = "Empty, or cloned from last year's signed form (the SOP's requirement); then "
          + "getFormDiff shows what changed. One form per cycle. Accepts Idempotency-Key.")
  @Extension(name = "x-required-verb", value = "form.create")
  @APIResponse(responseCode = "201", description = "The new form in DRAFT",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response createForm(@PathParam("cycleId") long cycleId, @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull FormCreateRequest request) {
    return idempotency.run(access.user().id(), key, java.util.Map.of("cycleId", cycleId, "request", request), () -> {
      FormView form = forms.create(cycleId, request.source());
      return Response.created(URI.create("/api/v1/forms/" + form.id())).tag(ETags.tag(form.version()))
          .entity(form).build();
    });
  }

  @POST
  @Path("/{cycleId}/forms/import")
  @Consumes("text/csv")
  @Operation(operationId = "importForm", summary = "Import last year's format from CSV (first year)",
      description = "For a kecamatan new to the system: the form is marked IMPORTED (not signed here), "
          + "read-only, and can be cloned into the next year. Columns: sasaran_code, sasaran, "
          + "indicator_code, indicator, satuan, data_type, polarity (+/-), target, reporting_unit "
          + "(unit names or codes separated by ';'), optional aggregation and guidance. Every problem "
          + "is listed with its line.")
  @Extension(name = "x-required-verb", value = "form.create")
  @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true,
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "201", description = "The imported form",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response importForm(@PathParam("cycleId") long cycleId, String csv) {
    if (csv == null || csv.isBlank()) {
      throw id.alurkinerja.platform.problem.ProblemException.invalid("body", "send the CSV file as the body");
    }
    FormView form = forms.importCsv(cycleId, csv);
    return Response.created(URI.create("/api/v1/forms/" + form.id())).tag(ETags.tag(form.version()))
        .entity(form).build();
  }

  @POST
  @Path("/{cycleId}/forms/import")
  @Consumes(XLSX)
  @Operation(operationId = "importFormXlsx", summary = "Import last year's format from XLSX (first year)",
      description = "As importForm, from the first sheet of a workbook with the same columns.")
  @Extension(name = "x-required-verb", value = "form.create")
  @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true,
      content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "201", description = "The imported form",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response importFormXlsx(@PathParam("cycleId") long cycleId, byte[] xlsx) {
    if (xlsx == null || xlsx.length == 0) {
      throw id.alurkinerja.platform.problem.ProblemException.invalid("body", "send the XLSX file as the body");
    }
    FormView form = forms.importXlsx(cycleId, xlsx);
    return Response.created(URI.create("/api/v1/forms/" + form.id())).tag(ETags.tag(form.version()))
        .entity(form).build();
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
