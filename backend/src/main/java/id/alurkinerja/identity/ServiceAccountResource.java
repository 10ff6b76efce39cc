package id.alurkinerja.identity;

import id.alurkinerja.identity.ServiceAccountDtos.SecretRotationRequest;
import id.alurkinerja.identity.ServiceAccountDtos.ServiceAccountCreateRequest;
import id.alurkinerja.identity.ServiceAccountDtos.ServiceAccountCredentials;
import id.alurkinerja.identity.ServiceAccountDtos.ServiceAccountPage;
import id.alurkinerja.identity.ServiceAccountDtos.ServiceAccountView;
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
import jakarta.ws.rs.core.CacheControl;
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

/** A kabupaten ADMIN's service accounts for kabupaten systems (client credentials). */
@Path("/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "integration")
public class ServiceAccountResource {

  @Inject ServiceAccountService accounts;
  @Inject Locations locations;

  @GET
  @Path("/kabupaten/{kabupatenId}/service-accounts")
  @Operation(operationId = "listServiceAccounts", summary = "The kabupaten's service accounts",
      description = "Active and revoked, oldest first; secrets are never shown again.")
  @Extension(name = "x-required-verb", value = "client.manage")
  @APIResponse(responseCode = "200", description = "One page of service accounts",
      content = @Content(schema = @Schema(implementation = ServiceAccountPage.class)))
  public ServiceAccountPage list(@PathParam("kabupatenId") long kabupatenId,
      @Parameter(description = "Page size, 1-200") @QueryParam("limit") @DefaultValue("50") int limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    return accounts.list(kabupatenId, limit, cursor);
  }

  @POST
  @Path("/kabupaten/{kabupatenId}/service-accounts")
  @Operation(operationId = "createServiceAccount", summary = "Make a service account for a kabupaten system",
      description = "Answers its client_id and client_secret once; the secret is stored only as a hash. "
          + "Its tokens read every kecamatan of this kabupaten within the given scopes.")
  @Extension(name = "x-required-verb", value = "client.manage")
  @APIResponse(responseCode = "201", description = "The account and its secret, shown once",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ServiceAccountCredentials.class)))
  public Response create(@PathParam("kabupatenId") long kabupatenId,
      @Valid @NotNull ServiceAccountCreateRequest request) {
    ServiceAccountCredentials made = accounts.create(kabupatenId, request);
    return Response.created(locations.of("v1/service-accounts/" + made.account().id()))
        .tag(ETags.tag(made.account().version())).cacheControl(noStore()).entity(made).build();
  }

  @GET
  @Path("/service-accounts/{accountId}")
  @Operation(operationId = "getServiceAccount", summary = "One service account", description = "Its version is the ETag.")
  @Extension(name = "x-required-verb", value = "client.manage")
  @APIResponse(responseCode = "200", description = "The account",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ServiceAccountView.class)))
  public Response get(@PathParam("accountId") long accountId) {
    ServiceClient c = accounts.client(accountId);
    return ETags.ok(ServiceAccountView.of(c), c.version);
  }

  @POST
  @Path("/service-accounts/{accountId}/secrets")
  @Operation(operationId = "rotateServiceAccountSecret", summary = "Give a service account a new secret",
      description = "Answers the new secret once. The previous one stops at once, or after "
          + "previousValidHours so the system can be switched over. Requires If-Match.")
  @Extension(name = "x-required-verb", value = "client.manage")
  @APIResponse(responseCode = "200", description = "The account and its new secret, shown once",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ServiceAccountCredentials.class)))
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response rotate(@PathParam("accountId") long accountId,
      @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull SecretRotationRequest request) {
    ServiceAccountCredentials made = accounts.rotate(accountId, ifMatch, request);
    return Response.ok(made).tag(ETags.tag(made.account().version())).cacheControl(noStore()).build();
  }

  @DELETE
  @Path("/service-accounts/{accountId}")
  @Operation(operationId = "revokeServiceAccount", summary = "Revoke a service account",
      description = "Its secret stops working and the tokens it holds are refused at once. The account "
          + "stays listed, revoked, for the audit trail. Revoking twice answers the same.")
  @Extension(name = "x-required-verb", value = "client.manage")
  @APIResponse(responseCode = "200", description = "The revoked account",
      content = @Content(schema = @Schema(implementation = ServiceAccountView.class)))
  public Response revoke(@PathParam("accountId") long accountId) {
    ServiceAccountView view = accounts.revoke(accountId);
    return ETags.ok(view, view.version());
  }

  static CacheControl noStore() {
    CacheControl cc = new CacheControl();
    cc.setNoStore(true);
    return cc;
  }
}
