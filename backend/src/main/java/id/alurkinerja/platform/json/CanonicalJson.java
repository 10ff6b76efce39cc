package id.alurkinerja.platform.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * Canonical JSON in the manner of RFC 8785 (JCS): object members sorted by key (UTF-16 code units),
 * no whitespace, strings with the minimal JCS escapes. Numbers are decimals here, written without
 * exponent and without trailing zeros ({@code 82.50} and {@code 82.5} are the same target), which is
 * where this differs from JCS's IEEE-754 formatting. The SHA-256 of this text is what a paraf or a
 * signature approves.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  public static String write(ObjectMapper mapper, Object value) {
    JsonNode node = mapper.valueToTree(value);
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  public static String sha256(String canonical) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
          keys.add(it.next());
        }
        keys.sort(String::compareTo); // String order is UTF-16 code unit order, as JCS requires
        out.append('{');
        boolean first = true;
        for (String key : keys) {
          JsonNode child = node.get(key);
          if (child.isNull() || child.isMissingNode()) {
            continue; // absent and null mean the same; leaving them out keeps one spelling
          }
          if (!first) {
            out.append(',');
          }
          first = false;
          string(key, out);
          out.append(':');
          write(child, out);
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(node.get(i), out);
        }
        out.append(']');
      }
      case STRING -> string(node.textValue(), out);
      case NUMBER -> out.append(number(node.decimalValue()));
      case BOOLEAN -> out.append(node.booleanValue());
      default -> out.append("null");
    }
  }

  private static String number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }

  private static void string(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
