package id.alurkinerja.documents;

import id.alurkinerja.documents.DocumentDtos.HashResult;
import id.alurkinerja.documents.DocumentDtos.Verification;
import id.alurkinerja.documents.IssuedFacts.Mark;
import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The public verification page a document's QR code leads to ({@code /verify/{code}}, no login): plain
 * HTML that works on any phone without the SPA. It shows what the document prints, by whom and when it
 * was signed, and compares a presented file (uploaded, hashed and forgotten) or a typed SHA-256 with
 * the issued file.
 */
@ApplicationScoped
public class VerifyPage {

  @Inject DocumentService documents;
  @Inject AlurConfig config;

  void install(@Observes Router router) {
    router.route(HttpMethod.GET, "/verify/:code").order(-950).blockingHandler(ctx -> answer(ctx, null), false);
    router.route(HttpMethod.POST, "/verify/:code").order(-950).handler(BodyHandler.create()
        .setBodyLimit(config.attachments().maxFileBytes()).setDeleteUploadedFilesOnEnd(true));
    router.route(HttpMethod.POST, "/verify/:code").order(-949).blockingHandler(this::check, false);
  }

  private void check(RoutingContext ctx) {
    String presented = null;
    for (FileUpload upload : ctx.fileUploads()) {
      try {
        presented = Issuance.sha256(Files.readAllBytes(Path.of(upload.uploadedFileName())));
      } catch (IOException e) {
        presented = null;
      }
    }
    if (presented == null) {
      String typed = ctx.request().getFormAttribute("sha256");
      presented = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
    }
    answer(ctx, presented);
  }

  private void answer(RoutingContext ctx, String presented) {
    String code = ctx.pathParam("code");
    Xhtml h = new Xhtml();
    int status = 200;
    try {
      if (presented == null) {
        Verification v = QuarkusTransaction.requiringNew().call(() -> documents.verification(code));
        page(h, v, null);
      } else if (!presented.matches("[0-9a-f]{64}")) {
        Verification v = QuarkusTransaction.requiringNew().call(() -> documents.verification(code));
        page(h, v, "Pilih berkas PDF, atau tuliskan SHA-256 berkas (64 karakter heksadesimal).");
        status = 400;
      } else {
        String hash = presented;
        HashResult r = QuarkusTransaction.requiringNew().call(() -> documents.check(code, hash));
        page(h, r.document(), r);
      }
    } catch (ProblemException e) {
      status = 404;
      start(h, "Kode tidak dikenal");
      h.raw("<div class=\"bad\"><h1>Kode verifikasi tidak dikenal</h1><p>Tidak ada dokumen terbit dengan kode <b>")
          .text(code).raw("</b>. Periksa kembali kode pada dokumen (12 karakter, misalnya 7K3M-9QXD-2HVA).</p></div>");
      h.raw("</main></body></html>");
    }
    ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Cache-Control", "no-store").end(h.toString());
  }

  private static void start(Xhtml h, String title) {
    h.raw("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"/>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>").text(title)
        .raw(" — Verifikasi dokumen Alur Kinerja</title><style>").raw(STYLE).raw("</style></head><body><main>");
  }

  private static void page(Xhtml h, Verification v, Object result) {
    IssuedFacts f = v.facts();
    ZoneId zone = ZoneId.of(v.timeZone());
    start(h, f.subject());
    if (result instanceof HashResult r) {
      if (r.matches()) {
        h.raw("<div class=\"good\" role=\"status\"><h2>Cocok</h2><p>Berkas yang Anda periksa sama persis dengan "
            + "dokumen yang diterbitkan.</p></div>");
      } else {
        h.raw("<div class=\"bad\" role=\"alert\"><h2>Tidak cocok</h2><p>Berkas yang Anda periksa <b>bukan</b> "
            + "dokumen yang diterbitkan dengan kode ini, atau telah diubah.</p><p class=\"hash\">SHA-256 berkas Anda: ")
            .text(r.presentedSha256()).raw("</p></div>");
      }
    } else if (result instanceof String problem) {
      h.raw("<div class=\"bad\" role=\"alert\"><p>").text(problem).raw("</p></div>");
    }
    h.raw("<h1>Dokumen terdaftar</h1><p class=\"lead\">").text(f.title()).raw(" yang diterbitkan ")
        .text(IndonesianText.dateTime(v.issuedAt(), zone)).raw(" oleh ").text(f.issuer()).raw(", ")
        .text(f.government()).raw(".</p>");
    if (!v.current()) {
      h.raw("<p class=\"warn\">Dokumen ini telah digantikan oleh dokumen yang diterbitkan kemudian.</p>");
    }
    h.raw("<dl>");
    row(h, "Kode verifikasi", v.code());
    row(h, "Nomor", f.number() == null ? "-" : f.number());
    row(h, "Tanggal", f.date() == null ? "-" : IndonesianText.date(f.date()));
    row(h, "Hal", f.subject());
    if (f.copyFor() != null) {
      row(h, "Lembar untuk", f.copyFor());
    }
    for (Mark m : f.approvals()) {
      String what = "SIGNATURE".equals(m.kind()) ? "Ditandatangani" : "Diparaf";
      String who = m.capacity() + " — " + (m.name() == null ? "-" : m.name())
          + (m.nip() == null ? "" : ", NIP. " + m.nip());
      row(h, what, who + (m.at() == null ? "" : ", " + IndonesianText.dateTime(m.at(), zone)));
    }
    row(h, "Halaman", Integer.toString(v.pages()));
    row(h, "Tanda tangan PDF", v.signature() == PdfSignature.PADES
        ? "PAdES dengan sertifikat instansi" : "tidak ada (keaslian dibuktikan dengan SHA-256 di halaman ini)");
    h.raw("<dt>SHA-256 berkas</dt><dd class=\"hash\">").text(v.sha256()).raw("</dd>");
    h.raw("<dt>Versi isi yang disetujui</dt><dd class=\"hash\">versi ").text(Integer.toString(f.contentVersion()))
        .raw(", SHA-256 ").text(f.contentSha256()).raw("</dd></dl>");
    String action = "/verify/" + v.code();
    h.raw("<h2>Periksa berkas yang Anda pegang</h2>");
    h.raw("<form method=\"post\" enctype=\"multipart/form-data\" action=\"").attr(action).raw("\">"
        + "<label for=\"file\">Berkas PDF</label><input id=\"file\" name=\"file\" type=\"file\" "
        + "accept=\"application/pdf\" required=\"required\"/><button type=\"submit\">Periksa berkas</button></form>");
    h.raw("<form method=\"post\" action=\"").attr(action).raw("\"><label for=\"sha256\">atau SHA-256 berkas"
        + "</label><input id=\"sha256\" name=\"sha256\" inputmode=\"latin\" autocomplete=\"off\" "
        + "spellcheck=\"false\"/><button type=\"submit\">Periksa hash</button></form>");
    h.raw("<p class=\"small\">Berkas yang diperiksa tidak disimpan. Persetujuan dalam dokumen ini adalah "
        + "persetujuan elektronik tidak tersertifikasi (bukan TTE tersertifikasi PSrE).</p>");
    h.raw("</main></body></html>");
  }

  private static void row(Xhtml h, String term, String value) {
    h.raw("<dt>").text(term).raw("</dt><dd>").text(value).raw("</dd>");
  }

  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; margin: 0; background: #f5f6f8; color: #1a1a1a; }
      main { max-width: 44rem; margin: 0 auto; padding: 1rem; background: #fff; min-height: 100vh; }
      h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.5rem; }
      dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .4rem 1rem; }
      dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
      .hash { font-family: ui-monospace, monospace; font-size: .85rem; overflow-wrap: anywhere; }
      .good { border: 2px solid #1e7b34; background: #e7f5ea; padding: .5rem 1rem; border-radius: .4rem; }
      .bad { border: 2px solid #b3261e; background: #fbeaea; padding: .5rem 1rem; border-radius: .4rem; }
      .warn { border-left: 4px solid #b36b00; padding-left: .6rem; }
      form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .6rem 0; }
      label { font-weight: 600; width: 100%; } input { flex: 1 1 14rem; padding: .45rem; font-size: 1rem; }
      button { padding: .5rem 1rem; font-size: 1rem; background: #1b4f72; color: #fff; border: 0; border-radius: .3rem; }
      button:focus-visible, input:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
      .small { font-size: .85rem; color: #444; }
      @media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dt { margin-top: .4rem; } }
      """;
}
