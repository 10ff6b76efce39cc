package id.alurkinerja.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells what a file is from its bytes, never from its name or declared type: PDF, PNG, JPEG, XLSX
 * (a ZIP with a spreadsheet part) or CSV (UTF-8 text with separators). Anything else is refused.
 */
public final class ContentSniffer {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Every media type recognised, in the order they are tried. */
  public static final java.util.List<String> ACCEPTED = java.util.List.of("application/pdf", "image/png",
      "image/jpeg", XLSX, "text/csv");

  private ContentSniffer() {}

  /** The file-name extension of an accepted media type. */
  public static String extension(String mediaType) {
    return switch (mediaType) {
      case "application/pdf" -> "pdf";
      case "image/png" -> "png";
      case "image/jpeg" -> "jpg";
      case XLSX -> "xlsx";
      case "text/csv" -> "csv";
      default -> throw new IllegalArgumentException("Not an accepted media type: " + mediaType);
    };
  }

  public static Optional<String> mediaType(byte[] bytes) {
    if (starts(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of("application/pdf");
    }
    if (starts(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
      return Optional.of("image/png");
    }
    if (starts(bytes, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
      return Optional.of("image/jpeg");
    }
    if (starts(bytes, new byte[] {'P', 'K', 3, 4}) && isSpreadsheet(bytes)) {
      return Optional.of(XLSX);
    }
    if (isCsv(bytes)) {
      return Optional.of("text/csv");
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] bytes, byte[] magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpreadsheet(byte[] bytes) {
    boolean contentTypes = false;
    boolean workbook = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        contentTypes |= entry.getName().equals("[Content_Types].xml");
        workbook |= entry.getName().equals("xl/workbook.xml");
      }
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
    return contentTypes && workbook;
  }

  private static boolean isCsv(byte[] bytes) {
    if (bytes.length == 0) {
      return false;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        return false;
      }
    }
    String firstLine = text.lines().findFirst().orElse("");
    return firstLine.contains(",") || firstLine.contains(";") || firstLine.contains("\t");
  }
}
