package id.alurkinerja.platform.web;

import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.Problem;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses, on every operation, query parameters its method does not declare: 400
 * {@code validation-failed} with one {@code UNKNOWN_FIELD} error per unknown name (sorted), before the
 * method runs, so a misspelt or unsupported filter ({@code /cycles?updatedSince=}, which has none)
 * never silently answers everything. The declared names are read once per method from its
 * {@code @QueryParam}s.
 */
@Provider
public class QueryParameterGuard implements ContainerRequestFilter {

  private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Set<String> known = DECLARED.computeIfAbsent(method, QueryParameterGuard::declared);
    Set<String> unknown = new TreeSet<>();
    for (String name : request.getUriInfo().getQueryParameters().keySet()) {
      if (!known.contains(name)) {
        unknown.add(name.length() > 64 ? name.substring(0, 64) + "…" : name);
      }
    }
    if (!unknown.isEmpty()) {
      List<Problem.FieldError> errors = unknown.stream()
          .map(name -> new Problem.FieldError(name, FieldErrorCode.UNKNOWN_FIELD)).toList();
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "Unknown query parameter"
          + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown) + "; this request takes "
          + (known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known))), errors);
    }
  }

  static Set<String> declared(Method method) {
    Set<String> names = new LinkedHashSet<>();
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      for (Annotation a : annotations) {
        if (a instanceof QueryParam q) {
          names.add(q.value());
        }
      }
    }
    return Set.copyOf(names);
  }
}
