package id.alurkinerja.integration;

import id.alurkinerja.integration.WebhookDtos.DeliveryPage;
import id.alurkinerja.integration.WebhookDtos.WebhookCreateRequest;
import id.alurkinerja.integration.WebhookDtos.WebhookCreated;
import id.alurkinerja.integration.WebhookDtos.WebhookPage;
import id.alurkinerja.integration.WebhookDtos.WebhookReplayRequest;
import id.alurkinerja.integration.WebhookDtos.WebhookView;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.platform.web.Locations;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhooks of kabupaten systems: the changes feed pushed, signed, with retries. */
@Path("/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "integration")
public class WebhookResource {

  static final String HOW = " Each change is POSTed as JSON (eventId, seq, type, occurredAt, kabupatenId, kecamatanId, "
      + "objectType, objectId, fromState, toState, actorName, webhookId) with headers Alur-Event-Id, Alur-Event-Type, "
      + "Alur-Delivery-Id and Alur-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" keyed with the "
      + "secret>. Answer 2xx to acknowledge; anything else is retried, each wait twice the one before. The same "
      + "eventId may come more than once (retries, replays): process it once.";

  @Inject WebhookService webhooks;
  @Inject Locations locations;

  @GET
  @Path("/kabupaten/{kabupatenId}/webhooks")
  @Operation(operationId = "listWebhooks", summary = "The kabupaten's webhooks", description = "Active and disabled.")
  @Extension(name = "x-required-verb", value = "webhook.manage")
  @APIResponse(responseCode = "200", description = "The webhooks",
      content = @Content(schema = @Schema(implementation = WebhookPage.class)))
  public WebhookPage list(@PathParam("kabupatenId") long kabupatenId) {
    return new WebhookPage(webhooks.list(kabupatenId));
  }

  @POST
  @Path("/kabupaten/{kabupatenId}/webhooks")
  @Operation(operationId = "createWebhook", summary = "Register a webhook for the kabupaten's changes",
      description = "It gets the changes its owner may read (a service account: its scopes), of the listed types, "
          + "from now on or after afterSeq. https only, to a public address. Answers its secret once." + HOW)
  @Extension(name = "x-required-verb", value = "webhook.manage")
  @APIResponse(responseCode = "201", description = "The webhook and its secret, shown once",
      content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response create(@PathParam("kabupatenId") long kabupatenId, @Valid @NotNull WebhookCreateRequest request) {
    WebhookCreated made = webhooks.create(kabupatenId, request);
    return Response.created(locations.of("v1/webhooks/" + made.webhook().id())).tag(ETags.tag(made.webhook().version()))
        .entity(made).build();
  }

  @GET
  @Path("/webhooks/{webhookId}")
  @Operation(operationId = "getWebhook", summary = "One webhook", description = "Its version is the ETag.")
  @Extension(name = "x-required-verb", value = "webhook.manage")
  @APIResponse(responseCode = "200", description = "The webhook",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = WebhookView.class)))
  public Response get(@PathParam("webhookId") long webhookId) {
    WebhookSubscription s = webhooks.subscription(webhookId);
    return ETags.ok(WebhookView.of(s), s.version);
  }

  @DELETE
  @Path("/webhooks/{webhookId}")
  @Operation(operationId = "deleteWebhook", summary = "Remove a webhook", description = "Nothing more is sent to it.")
  @Extension(name = "x-required-verb", value = "webhook.manage")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response delete(@PathParam("webhookId") long webhookId) {
    webhooks.delete(webhookId);
    return Response.noContent().build();
  }

  @POST
  @Path("/webhooks/{webhookId}/enabling")
  @Operation(operationId = "enableWebhook", summary = "Re-enable a disabled webhook",
      description = "Its failed deliveries are tried again, and it goes on from where it stopped. Requires If-Match.")
  @Extension(name = "x-required-verb", value = "webhook.manage")
  @APIResponse(responseCode = "200", description = "The webhook",
      content = @Content(schema = @Schema(implementation = WebhookView.class)))
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response enable(@PathParam("webhookId") long webhookId,
      @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
    WebhookView view = webhooks.enable(webhookId, ifMatch);
    return ETags.ok(view, view.version());
  }

  @POST
  @Path("/webhooks/{webhookId}/replays")
  @Operation(operationId = "replayWebhook", summary = "Send a webhook's changes again from a feed number",
      description = "Every change it wants after afterSeq (up to where it is) is queued again, with its own eventId, "
          + "so a receiver that processed it skips it.")
  @Extension(name = "x-required-verb", value = "webhook.manage")
  @APIResponse(responseCode = "200", description = "The webhook",
      content = @Content(schema = @Schema(implementation = WebhookView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public WebhookView replay(@PathParam("webhookId") long webhookId, @Valid @NotNull WebhookReplayRequest request) {
    return webhooks.replay(webhookId, request.afterSeq());
  }

  @GET
  @Path("/webhooks/{webhookId}/deliveries")
  @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's deliveries and their attempts",
      description = "Newest first, each with every attempt: when, the receiver's status or why there was none.")
  @Extension(name = "x-required-verb", value = "webhook.manage")
  @APIResponse(responseCode = "200", description = "One page of deliveries",
      content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
  public DeliveryPage deliveries(@PathParam("webhookId") long webhookId,
      @Parameter(description = "Page size, 1-200") @QueryParam("limit") @DefaultValue("50") int limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    return webhooks.deliveries(webhookId, limit, cursor);
  }
}
