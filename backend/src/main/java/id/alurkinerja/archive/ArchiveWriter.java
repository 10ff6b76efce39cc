package id.alurkinerja.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.archive.ArchiveBundle.AuditedObject;
import id.alurkinerja.archive.ArchiveBundle.DocumentRef;
import id.alurkinerja.archive.ArchiveBundle.Plan;
import id.alurkinerja.audit.AuditEvent;
import id.alurkinerja.documents.IssuedFile;
import id.alurkinerja.monitoring.SheetFiles;
import id.alurkinerja.platform.files.CsvLines;
import id.alurkinerja.recaps.RecapDtos.RecapView;
import id.alurkinerja.recaps.RecapFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a cycle's archive bundle as a ZIP straight to the response: every file is hashed (SHA-256) as
 * it is written, the signed PDFs are read one at a time, the audit entries a page at a time, and the
 * manifest with every file's size and hash comes last, with a {@code SHA256SUMS} that
 * {@code sha256sum -c} checks.
 */
@ApplicationScoped
public class ArchiveWriter {

  static final String MANIFEST = "manifest.json";
  static final String SUMS = "SHA256SUMS";
  private static final int AUDIT_PAGE = 500;
  private static final List<String> AUDIT_HEADER = List.of("No", "Urutan rantai", "Waktu (UTC)", "Pelaku",
      "Jabatan", "Tindakan", "Objek", "Id objek", "Dari", "Menjadi", "Alasan", "Hash sebelumnya", "Hash");

  @Inject ObjectMapper json;

  /** One file of the bundle as the manifest lists it. */
  public record ManifestFile(String path, long bytes, String sha256) {}

  /** How a file's bytes are written into its entry. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  public void write(Plan plan, OutputStream response) throws IOException {
    List<ManifestFile> files = new ArrayList<>();
    ZipOutputStream zip = new ZipOutputStream(response, StandardCharsets.UTF_8);
    entry(zip, files, "BACA-SAYA.txt", out -> out.write(readme(plan).getBytes(StandardCharsets.UTF_8)));
    for (DocumentRef doc : plan.documents()) {
      byte[] pdf = QuarkusTransaction.requiringNew().call(() -> IssuedFile.<IssuedFile>findById(doc.id()).pdf);
      entry(zip, files, doc.path(), out -> out.write(pdf));
    }
    entry(zip, files, "dokumen/daftar-dokumen.csv", out -> documentList(plan, out));
    if (plan.form() != null) {
      entry(zip, files, "data/formulir.json", out -> json(out, plan.form()));
    }
    for (int i = 0; i < plan.recaps().size(); i++) {
      RecapView recap = plan.recaps().get(i);
      String name = "data/" + RecapFiles.fileName(recap, plan.kecamatanName());
      int index = i;
      entry(zip, files, name + ".json", out -> json(out, plan.recapJson().get(index)));
      entry(zip, files, name + ".csv", out -> RecapFiles.csv(recap, plan.kecamatanName(), out));
      entry(zip, files, name + ".xlsx", out -> RecapFiles.xlsx(recap, plan.kecamatanName(), out));
    }
    entry(zip, files, "monitoring/monitoring-sop.json", out -> json(out, plan.sheet()));
    entry(zip, files, "monitoring/monitoring-sop.csv", out -> out.write(SheetFiles.bytes(SheetFiles.csv(plan.sheet()))));
    entry(zip, files, "monitoring/monitoring-sop.xlsx", out -> out.write(SheetFiles.xlsx(plan.sheet())));
    entry(zip, files, "audit/jejak-audit.jsonl", out -> auditJsonLines(plan, out));
    entry(zip, files, "audit/jejak-audit.csv", out -> auditCsv(plan, out));

    Map<String, Object> manifest = new LinkedHashMap<>(plan.about());
    manifest.put("files", files);
    List<ManifestFile> listed = new ArrayList<>(files);
    entry(zip, listed, MANIFEST, out -> json(out, manifest));
    StringBuilder sums = new StringBuilder();
    listed.forEach(f -> sums.append(f.sha256()).append("  ").append(f.path()).append('\n'));
    zip.putNextEntry(new ZipEntry(SUMS));
    zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }

  private static void entry(ZipOutputStream zip, List<ManifestFile> files, String path, Body body)
      throws IOException {
    zip.putNextEntry(new ZipEntry(path));
    MessageDigest sha256 = sha256();
    Counting counted = new Counting(new DigestOutputStream(zip, sha256));
    body.writeTo(counted);
    counted.flush();
    zip.closeEntry();
    files.add(new ManifestFile(path, counted.count, HexFormat.of().formatHex(sha256.digest())));
  }

  private static String readme(Plan plan) {
    Map<String, Object> a = plan.about();
    return "Arsip " + a.get("title") + " - Kecamatan " + a.get("kecamatan") + "\r\n"
        + "Dibuat " + a.get("generatedAt") + " (UTC) oleh " + a.get("generatedBy") + "; status siklus "
        + a.get("status") + ", langkah " + a.get("step") + ".\r\n\r\n"
        + "dokumen/    PDF yang diterbitkan (surat, salinan per unit, rekap yang ditandatangani), byte demi byte\r\n"
        + "            seperti tersimpan; kode verifikasinya ada di daftar-dokumen.csv.\r\n"
        + "data/       formulir (JSON) dan rekap data kinerja (JSON, CSV, XLSX).\r\n"
        + "monitoring/ lembar monitoring SOP: mutu baku dan waktu nyata setiap langkah.\r\n"
        + "audit/      jejak audit objek-objek siklus ini, dengan hash rantainya.\r\n\r\n"
        + "manifest.json mencantumkan ukuran dan SHA-256 setiap berkas; periksa dengan: sha256sum -c SHA256SUMS\r\n";
  }

  private static void documentList(Plan plan, OutputStream out) throws IOException {
    StringBuilder csv = new StringBuilder().append(CsvLines.BOM)
        .append(CsvLines.line(List.of("Berkas", "Jenis", "Kode verifikasi", "SHA-256")));
    plan.documents().forEach(d -> csv.append(CsvLines.line(List.of(d.path(), d.kind(), d.code(), d.sha256()))));
    out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void json(OutputStream out, Object value) throws IOException {
    JsonGenerator g = json.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writerWithDefaultPrettyPrinter().writeValue(g, value);
    g.flush();
  }

  private void auditJsonLines(Plan plan, OutputStream out) throws IOException {
    for (List<AuditEvent> page = auditPage(plan, 0); !page.isEmpty();
        page = auditPage(plan, page.get(page.size() - 1).id)) {
      for (AuditEvent e : page) {
        out.write(json.writeValueAsBytes(AuditLine.of(e)));
        out.write('\n');
      }
    }
  }

  private void auditCsv(Plan plan, OutputStream out) throws IOException {
    out.write(("" + CsvLines.BOM + CsvLines.line(AUDIT_HEADER)).getBytes(StandardCharsets.UTF_8));
    for (List<AuditEvent> page = auditPage(plan, 0); !page.isEmpty();
        page = auditPage(plan, page.get(page.size() - 1).id)) {
      for (AuditEvent e : page) {
        out.write(CsvLines.line(AuditLine.of(e).cells()).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** The next page of the cycle's audit entries after id {@code after}, in the order they were written. */
  private static List<AuditEvent> auditPage(Plan plan, long after) {
    StringBuilder where = new StringBuilder("kecamatanId = ?1 and id > ?2 and (");
    List<Object> params = new ArrayList<>(List.of(plan.kecamatanId(), after));
    List<AuditedObject> objects = plan.audited();
    for (int i = 0; i < objects.size(); i++) {
      where.append(i == 0 ? "" : " or ").append("(objectType = ?").append(params.size() + 1)
          .append(" and objectId = ?").append(params.size() + 2).append(')');
      params.add(objects.get(i).type());
      params.add(objects.get(i).id());
    }
    where.append(") order by id");
    return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(where.toString(),
        params.toArray()).page(0, AUDIT_PAGE).list());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Counts what passes, and leaves the ZIP open when the entry's writer closes its stream. */
  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
