package id.alurkinerja.workflow;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The SOP the product runs: its steps, their pelaksana lanes, mutu baku and outputs. */
@Path("/v1/sop")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sop")
public class SopResource {

  @Schema(name = "SopStep", description = "One step of the SOP (uraian prosedur)")
  public record StepView(
      @Schema(required = true, description = "1-11") int number,
      @Schema(required = true) String title,
      @Schema(required = true, description = "The pelaksana lane, e.g. Kasubbag dan Kasi") String lane,
      @Schema(required = true, description = "Mutu baku: the time the step may take", examples = "10 hari")
      String time,
      @Schema(required = true) String output) {}

  @Schema(name = "SopView", description = "The SOP Pengumpulan Data Kinerja Kecamatan")
  public record SopView(
      @Schema(required = true) List<StepView> steps,
      @Schema(required = true, description = "What the units themselves do during step 7") String unitWork,
      @Schema(required = true, description = "How a finished cycle reads") String finished,
      @Schema(required = true, description = "How a first-year cycle with an imported format reads") String outside) {}

  @GET
  @Operation(operationId = "getSop", summary = "The SOP's steps",
      description = "The one source of the step titles the API and the SPA show, with each step's lane, "
          + "mutu baku and output.")
  @APIResponse(responseCode = "200", description = "The SOP",
      content = @Content(schema = @Schema(implementation = SopView.class)))
  public SopView sop() {
    return new SopView(Arrays.stream(SopStep.values())
        .map(s -> new StepView(s.number(), s.title(), s.lane(), s.time(), s.output())).toList(),
        SopStep.UNIT_WORK, SopStep.FINISHED, SopStep.OUTSIDE);
  }
}
