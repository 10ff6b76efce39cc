package id.alurkinerja.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Prints XHTML to an A4 PDF in pure Java (openhtmltopdf on PDFBox), with the DejaVu fonts shipped in
 * the application embedded (subset), so a document prints the same on every machine.
 */
@ApplicationScoped
public class PdfPrinter {

  /** A printed PDF and how many pages it has. */
  public record Printed(byte[] pdf, int pages) {}

  private static final String FONTS = "/documents/fonts/";

  public Printed print(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withProducer("Alur Kinerja");
      font(builder, "DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL);
      font(builder, "DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL);
      font(builder, "DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC);
      font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL);
      font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF could not be printed", e);
    }
    byte[] pdf = out.toByteArray();
    return new Printed(pdf, pagesOf(pdf));
  }

  /** The number of pages of a PDF. */
  public static int pagesOf(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("The printed PDF is unreadable", e);
    }
  }

  private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
    builder.useFont(() -> stream(file), family, weight, style, true);
  }

  /** The font files, read from the application once. */
  private static final java.util.Map<String, byte[]> FONT_BYTES = new java.util.concurrent.ConcurrentHashMap<>();

  private static InputStream stream(String file) {
    return new java.io.ByteArrayInputStream(FONT_BYTES.computeIfAbsent(file, PdfPrinter::read));
  }

  private static byte[] read(String file) {
    try (InputStream in = PdfPrinter.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + file + " is missing from the application");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
