package id.alurkinerja.tasks;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/tasks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
public class TaskResource {

  @Inject TaskService tasks;

  @GET
  @Operation(operationId = "listMyTasks", summary = "What waits for me",
      description = "Documents at a step the current user may act on (own roles and Plt./Plh.), "
          + "oldest first, with the SOP step and how long it has waited.")
  @APIResponse(responseCode = "200", description = "The tasks",
      content = @Content(schema = @Schema(implementation = TaskView.class, type = SchemaType.ARRAY)))
  public List<TaskView> mine() {
    return tasks.mine();
  }
}
