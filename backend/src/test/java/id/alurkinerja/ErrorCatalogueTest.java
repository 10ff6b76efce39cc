package id.alurkinerja;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/api-errors.md lists every problem type and every field-error code the API can answer with. */
class ErrorCatalogueTest {

  @Test
  void theDocumentedCatalogueIsTheOneTheCodeHas() throws IOException {
    StringBuilder doc = new StringBuilder("""
        # Problems and field errors

        Every error is `application/problem+json` (RFC 9457). Clients recognise a problem by its `type`
        and, for invalid input, each field by its `errors[].code` with `errors[].params`; the English
        `detail` and `errors[].message` are for people reading logs. This page is generated from the
        code (`ErrorCatalogueTest`; refresh with `-Dcatalogue.update=true`).

        ## Problem types

        | type | status | title |
        |---|---|---|
        """);
    for (ProblemType type : ProblemType.values()) {
      doc.append("| `").append(type.uri()).append("` | ").append(type.status()).append(" | ").append(type.title())
          .append(" |\n");
    }
    doc.append("""

        ## Field-error codes

        Parameters are named in braces; the message shows them filled in.

        | code | message |
        |---|---|
        """);
    for (FieldErrorCode code : FieldErrorCode.values()) {
      doc.append("| `").append(code.name()).append("` | ").append(code.message(Map.of()).replace("|", "\\|"))
          .append(" |\n");
    }
    Path committed = Path.of(System.getProperty("repo.root", ".."), "docs", "api-errors.md");
    if (Boolean.getBoolean("catalogue.update")) {
      Files.writeString(committed, doc);
    }
    assertEquals(doc.toString(), Files.readString(committed),
        "docs/api-errors.md differs from the catalogue; run the tests with -Dcatalogue.update=true");
  }
}
