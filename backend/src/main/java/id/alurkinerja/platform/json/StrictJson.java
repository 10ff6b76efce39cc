package id.alurkinerja.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON is read as the contract types it: {@code "2026"} or {@code 2026.5} is no integer, a number is
 * no string, and text with NUL or a lone surrogate is refused (400) instead of stored. Text made only
 * of spaces and invisible characters counts as empty, so a name of them is "required".
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new Text()));
  }

  /** A text value the API will not store: NUL or a lone surrogate. */
  public static final class ForbiddenCharacters extends InvalidFormatException {
    ForbiddenCharacters(JsonParser p, String value) {
      super(p, "The text contains a NUL or a lone surrogate", value, String.class);
    }
  }

  static final class Text extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String value = super.deserialize(p, ctxt);
      if (value == null) {
        return null;
      }
      boolean invisibleOnly = !value.isEmpty();
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == 0 || Character.isHighSurrogate(c) && (i + 1 >= value.length()
            || !Character.isLowSurrogate(value.charAt(++i)))
            || Character.isLowSurrogate(c)) {
          throw new ForbiddenCharacters(p, value);
        }
        if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
          invisibleOnly = false;
        }
      }
      return invisibleOnly ? "" : value;
    }
  }
}
