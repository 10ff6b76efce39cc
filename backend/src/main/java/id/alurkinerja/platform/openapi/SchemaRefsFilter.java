package id.alurkinerja.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Keeps every schema reference bare. SmallRye makes components of JDK date types (their default
 * schema carries an example) and writes {@code $ref} with sibling keywords (a repeated
 * {@code type}, a field's {@code description}); generators read such siblings differently. Here
 * dates are inlined as {@code type: string} with their format, a sibling {@code type} is dropped
 * (the referenced schema has its own), and a {@code $ref} that still has siblings moves into
 * {@code allOf}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SchemaRefsFilter implements OASFilter {

  private static final String PREFIX = "#/components/schemas/";

  /** JDK types SmallRye registers as components, by component name, with their string format. */
  private static final Map<String, String> INLINE_FORMATS = Map.of(
      "LocalDate", "date",
      "Instant", "date-time",
      "LocalDateTime", "date-time",
      "OffsetDateTime", "date-time",
      "ZonedDateTime", "date-time",
      "LocalTime", "time",
      "OffsetTime", "time",
      "Duration", "duration",
      "Period", "duration");

  @Override
  public Schema filterSchema(Schema schema) {
    String ref = schema.getRef();
    if (ref == null) {
      dropTypeBesideRefUnion(schema);
      return schema;
    }
    String format = ref.startsWith(PREFIX) ? INLINE_FORMATS.get(ref.substring(PREFIX.length())) : null;
    if (format != null) {
      schema.setRef(null);
      schema.setType(List.of(SchemaType.STRING));
      schema.setFormat(format);
      schema.setExamples(null);
      return schema;
    }
    if (schema.getType() != null && !schema.getType().contains(SchemaType.NULL)) {
      schema.setType(null);
    }
    if (schema.getAll().size() > 1) {
      schema.setRef(null);
      List<Schema> allOf = new ArrayList<>();
      allOf.add(OASFactory.createSchema().ref(ref));
      if (schema.getAllOf() != null) {
        allOf.addAll(schema.getAllOf());
      }
      schema.setAllOf(allOf);
    }
    return schema;
  }

  /** {@code Enum<?>} + {@code @Schema(oneOf = ...)} comes out as {@code type: object} beside the union. */
  private static void dropTypeBesideRefUnion(Schema schema) {
    List<Schema> union = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    if (union != null && schema.getProperties() == null && schema.getType() != null
        && union.stream().allMatch(s -> s.getRef() != null)) {
      schema.setType(null);
    }
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    var components = openAPI.getComponents();
    if (components == null || components.getSchemas() == null) {
      return;
    }
    for (String name : INLINE_FORMATS.keySet()) {
      Schema schema = components.getSchemas().get(name);
      if (schema != null && List.of(SchemaType.STRING).equals(schema.getType())) {
        components.removeSchema(name);
      }
    }
  }
}
