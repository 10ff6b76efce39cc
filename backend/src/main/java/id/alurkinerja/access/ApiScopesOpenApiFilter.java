package id.alurkinerja.access;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the second way in: OAuth 2.0 client credentials for kabupaten systems. The scheme lists
 * {@link ApiScope}s, and every operation whose required verb a scope reaches names that scope as an
 * alternative to the bearer token of a person (or a personal API token).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiScopesOpenApiFilter implements OASFilter {

  public static final String SCHEME = "clientCredentials";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Map<String, String> scopes = new java.util.LinkedHashMap<>();
    for (ApiScope scope : ApiScope.values()) {
      scopes.put(scope.code(), scope.description());
    }
    openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
        .type(SecurityScheme.Type.OAUTH2)
        .description("A kabupaten system's service account: POST /api/v1/auth/token with "
            + "grant_type=client_credentials gives a short-lived bearer JWT limited to the account's scopes "
            + "and to the kecamatan of its kabupaten. Kecamatan and units are readable with any scope.")
        .flows(OASFactory.createOAuthFlows().clientCredentials(OASFactory.createOAuthFlow()
            .tokenUrl("/api/v1/auth/token").scopes(scopes))));
    SecurityScheme bearer = openAPI.getComponents().getSecuritySchemes().get("bearer");
    if (bearer != null) {
      bearer.setDescription("A person's access token from POST /api/v1/auth/login, or a personal API token "
          + "from POST /api/v1/me/api-tokens, as Authorization: Bearer <token>");
    }
    if (openAPI.getPaths() == null) {
      return;
    }
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : path.getOperations().values()) {
        requiredVerb(operation).ifPresent(verb -> {
          if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
          }
          List<ApiScope> reaching = Arrays.stream(ApiScope.values()).filter(s -> s.reaches(verb)).toList();
          if (ApiScope.ALWAYS.contains(verb)) {
            operation.addSecurityRequirement(requirement(List.of()));
          } else {
            reaching.forEach(s -> operation.addSecurityRequirement(requirement(List.of(s.code()))));
          }
        });
      }
    }
  }

  private static SecurityRequirement requirement(List<String> scopes) {
    return OASFactory.createSecurityRequirement().addScheme(SCHEME, scopes);
  }

  private static Optional<Verb> requiredVerb(Operation operation) {
    Map<String, Object> extensions = operation.getExtensions();
    Object code = extensions == null ? null : extensions.get("x-required-verb");
    return Arrays.stream(Verb.values()).filter(v -> v.code().equals(code)).findFirst();
  }
}
