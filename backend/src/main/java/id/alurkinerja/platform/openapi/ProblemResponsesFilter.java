package id.alurkinerja.platform.openapi;

import id.alurkinerja.platform.problem.ProblemResponses;
import id.alurkinerja.platform.problem.ProblemType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem catalog once: a reusable response per problem type, and on every operation
 * the problems any operation of its kind can answer (bad input, missing or invalid token, missing
 * verb, unknown object, oversize body, wrong media type, internal error).
 */
public class ProblemResponsesFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    var components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
    openAPI.setComponents(components);
    for (ProblemType type : ProblemType.values()) {
      components.addResponse(name(type), OASFactory.createAPIResponse()
          .description(type.title())
          .content(OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE,
              OASFactory.createMediaType().schema(
                  OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }
    if (openAPI.getPaths() == null) {
      return;
    }
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      boolean hasId = path.getKey().contains("{");
      for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
        Operation operation = op.getValue();
        APIResponses responses = operation.getResponses();
        // a method-level @Extension lands on the responses too; it belongs to the operation only
        responses.setExtensions(null);
        responses.getAPIResponses().values().forEach(r -> r.setExtensions(null));
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        add(responses, "400", hasBody ? ProblemType.VALIDATION_FAILED : ProblemType.MALFORMED_REQUEST,
            hasBody || operation.getParameters() != null && !operation.getParameters().isEmpty());
        add(responses, "401", ProblemType.UNAUTHENTICATED, secured);
        add(responses, "403", ProblemType.FORBIDDEN, secured);
        add(responses, "404", ProblemType.NOT_FOUND, hasId);
        add(responses, "413", ProblemType.PAYLOAD_TOO_LARGE, hasBody);
        add(responses, "415", ProblemType.UNSUPPORTED_MEDIA_TYPE, hasBody);
        add(responses, "500", ProblemType.INTERNAL_ERROR, true);
        responses.getAPIResponses().values().stream().map(r -> r.getRef()).filter(java.util.Objects::nonNull)
            .forEach(ref -> used.add(ref.substring(ref.lastIndexOf('/') + 1)));
      }
    }
    for (ProblemType type : ProblemType.values()) {
      if (!used.contains(name(type))) {
        components.removeResponse(name(type));
      }
    }
  }

  private static void add(APIResponses responses, String code, ProblemType type, boolean applies) {
    if (applies && !responses.hasAPIResponse(code)) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name(type)));
    }
  }

  /** VALIDATION_FAILED -> ValidationFailed, the name of its reusable response. */
  public static String name(ProblemType type) {
    return Arrays.stream(type.name().toLowerCase(Locale.ROOT).split("_"))
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
        .collect(Collectors.joining());
  }
}
