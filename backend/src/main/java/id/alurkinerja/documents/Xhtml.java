package id.alurkinerja.documents;

/** Builds well-formed XHTML for the PDF printer: every piece of text is escaped on the way in. */
final class Xhtml {

  private final StringBuilder out = new StringBuilder(16_384);

  /** Markup written as is: only ever a literal of the caller, never data. */
  Xhtml raw(String markup) {
    out.append(markup);
    return this;
  }

  Xhtml text(String text) {
    escape(text, false);
    return this;
  }

  Xhtml attr(String value) {
    escape(value, true);
    return this;
  }

  /** Text whose line breaks stay line breaks. */
  Xhtml lines(String text) {
    String[] parts = text.split("\\R");
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append("<br/>");
      }
      escape(parts[i], false);
    }
    return this;
  }

  private void escape(String text, boolean attribute) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> {
          // XML 1.0 refuses most control characters: drop them rather than fail the whole document
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
