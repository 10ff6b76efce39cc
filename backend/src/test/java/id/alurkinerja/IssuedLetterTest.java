package id.alurkinerja;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.alurkinerja.access.Role;
import id.alurkinerja.documents.Issuance;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.identity.Employment;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures.World;
import id.alurkinerja.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The notification letter as a document: the preview officials approve from, the numbered letter and
 * the units' copies issued at step 5 with a QR code to the public verification page, which accepts
 * the real file and refuses one changed by a single byte.
 */
@QuarkusTest
class IssuedLetterTest extends ApiTest {

  static final Path PREVIEWS = Path.of("target", "document-previews");
  private static final java.util.concurrent.atomic.AtomicInteger NIPS = new java.util.concurrent.atomic.AtomicInteger();

  @Test
  void theNumberedLetterIsIssuedWithItsCopiesAndVerifiesPublicly() throws Exception {
    World w = Fixtures.world();
    String nip = officialise(w);
    long id = DistributionTest.signedForm(w, FormWorkflowTest.content(w, 98.75));
    as(w.token(Role.STAF)).get("/api/v1/forms/" + id + "/documents").then().statusCode(200)
        .body("size()", equalTo(0));

    // the preview is the signed version with number and date blank, and no verification code
    String preview = text(given().auth().oauth2(w.token(Role.CAMAT)).get("/api/v1/forms/" + id + "/letter-preview")
        .then().statusCode(200).contentType("application/pdf").extract().asByteArray());
    assertTrue(preview.contains("Nomor : .........................."), preview);
    assertTrue(preview.contains("Pratinjau versi"), preview);
    assertFalse(preview.contains("Periksa keasliannya"), preview);

    as(w.token(Role.KASUBBAG)).get("/api/v1/forms/" + id + "/dispatch-list").then().statusCode(409)
        .contentType(PROBLEM);
    as(w.token(Role.ARSIP)).body(Map.of()).post("/api/v1/forms/" + id + "/letter-number").then().statusCode(200);
    String number = as(w.token(Role.STAF)).get("/api/v1/forms/" + id).then().extract().path("letterNumber.number");
    JsonPath docs = as(w.token(Role.STAF)).get("/api/v1/forms/" + id + "/documents").then().statusCode(200)
        .extract().jsonPath();
    assertEquals(List.of("LETTER", "LETTER_COPY", "LETTER_COPY"), docs.getList("kind"));
    long letterId = docs.getLong("[0].id");
    String code = docs.getString("[0].code");

    byte[] pdf = given().auth().oauth2(w.token(Role.KASI)).get("/api/v1/documents/" + letterId + "/pdf").then()
        .statusCode(200).contentType("application/pdf").extract().asByteArray();
    assertEquals(docs.getString("[0].sha256"), Issuance.sha256(pdf));
    assertEquals("PADES", docs.getString("[0].signature"));
    assertSignedWhole(pdf);
    String letter = text(pdf);
    String today = LocalDate.now(ZoneId.of("Asia/Jakarta"))
        .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID")));
    for (String expected : List.of("PEMERINTAH KABUPATEN " + kabupatenName(w).toUpperCase(Locale.ROOT).replace("KABUPATEN ", ""),
        "KECAMATAN " + w.kecamatanName().toUpperCase(Locale.ROOT), "Jalan Uji No. 1", "Nomor : " + number,
        "Sifat : Biasa", "Lampiran : 1 (satu) berkas", "Hal : Permohonan Pengisian Data Kinerja Tahun 2026",
        "Yth.", "Kepala Seksi Pemerintahan", "Kepala Subbag Perencanaan", w.kecamatanName() + ", " + today,
        "paling lambat tanggal 15 Januari 2027", "Camat " + w.kecamatanName() + ",", w.user(Role.CAMAT).fullName,
        "Pembina (IV/a)", "NIP. " + nip, "Ditandatangani secara elektronik", w.user(Role.SEKCAM).fullName,
        "Tembusan:", "Bupati (sebagai laporan)", "FORMAT DATA KINERJA TAHUN 2026",
        "Persentase desa yang menetapkan APBDes tepat waktu", "98,75", "Nilai SAKIP kecamatan", "70",
        "Periksa keasliannya", code, "Halaman 1 dari 2")) {
      assertTrue(letter.contains(expected), "the letter lacks \"" + expected + "\":\n" + letter);
    }
    assertEquals(2, imagesOnPageOne(pdf), "page 1 draws the kop's logo and the QR code");
    render(pdf, "letter-page1.png");

    // the courier's buku ekspedisi: every addressee, sent or not, received or not, a box to sign on paper
    String list = text(given().auth().oauth2(w.token(Role.KASUBBAG)).get("/api/v1/forms/" + id + "/dispatch-list")
        .then().statusCode(200).contentType("application/pdf").extract().asByteArray());
    for (String expected : List.of("BUKU EKSPEDISI", "Nomor surat : " + number, "Kepala Seksi Pemerintahan",
        "Kepala Subbag Perencanaan dan Keuangan", "belum dikirim", "Nama, tanggal dan tanda tangan penerima")) {
      assertTrue(list.contains(expected), "the dispatch list lacks \"" + expected + "\":\n" + list);
    }
    as(w.token(Role.KASUBBAG)).post("/api/v1/forms/" + id + "/dispatches").then().statusCode(200);
    int dispatch = as(w.token(Role.KASI)).get("/api/v1/dispatches").then().extract().path("[0].id");
    as(w.token(Role.KASI)).post("/api/v1/dispatches/" + dispatch + "/receipts").then().statusCode(200);
    byte[] listPdf = given().auth().oauth2(w.token(Role.KASUBBAG)).get("/api/v1/forms/" + id + "/dispatch-list")
        .then().statusCode(200).extract().asByteArray();
    list = text(listPdf);
    assertTrue(list.contains("Diterima " + w.user(Role.KASI).fullName), list);
    assertTrue(list.contains("belum diterima"), "the other unit has not confirmed yet:\n" + list);
    render(listPdf, "dispatch-list-page1.png");

    // a copy names its one addressee
    String copy = text(given().auth().oauth2(w.token(Role.STAF)).get("/api/v1/documents/" + docs.getLong("[1].id")
        + "/pdf").then().statusCode(200).extract().asByteArray());
    assertTrue(copy.contains("Lembar untuk " + docs.getString("[1].addressee")), copy);
    assertTrue(copy.contains(docs.getString("[1].code")), copy);
    assertFalse(copy.contains(code), "a copy carries its own code");

    // the public verification: no login, the facts as printed, the real file matches, one byte off does not
    given().get("/api/v1/verify/" + code.toLowerCase(Locale.ROOT)).then().statusCode(200)
        .body("facts.number", equalTo(number)).body("sha256", equalTo(Issuance.sha256(pdf)))
        .body("facts.approvals.find { it.kind == 'SIGNATURE' }.nip", equalTo(nip))
        .body("facts.approvals.find { it.kind == 'PARAF' }.nip", equalTo(null));
    given().contentType("application/pdf").body(pdf).post("/api/v1/verify/" + code + "/file").then()
        .statusCode(200).body("matches", equalTo(true));
    byte[] changed = pdf.clone();
    changed[changed.length / 2] ^= 1;
    given().contentType("application/pdf").body(changed).post("/api/v1/verify/" + code + "/file").then()
        .statusCode(200).body("matches", equalTo(false));
    given().contentType("application/json").body(Map.of("sha256", Issuance.sha256(pdf)))
        .post("/api/v1/verify/" + code + "/hash").then().statusCode(200).body("matches", equalTo(true));
    given().contentType("application/json").body(Map.of("sha256", "XYZ"))
        .post("/api/v1/verify/" + code + "/hash").then().statusCode(400).contentType(PROBLEM);
    given().get("/api/v1/verify/0000-0000-0000").then().statusCode(404).contentType(PROBLEM);

    // the page people reach from the QR code
    given().get("/verify/" + code).then().statusCode(200).contentType(containsString("text/html"))
        .body(containsString(number)).body(containsString(w.user(Role.CAMAT).fullName))
        .body(containsString(Issuance.sha256(pdf))).body(not(containsString("Cocok")));
    given().multiPart("file", "surat.pdf", pdf, "application/pdf").post("/verify/" + code).then().statusCode(200)
        .body(containsString("<h2>Cocok</h2>"));
    given().multiPart("file", "surat.pdf", changed, "application/pdf").post("/verify/" + code).then()
        .statusCode(200).body(containsString("<h2>Tidak cocok</h2>"));
    given().formParam("sha256", Issuance.sha256(pdf).toUpperCase(Locale.ROOT)).post("/verify/" + code).then()
        .statusCode(200).body(containsString("<h2>Cocok</h2>"));
    given().get("/verify/ZZZZ-ZZZZ-ZZZZ").then().statusCode(404).body(containsString("tidak dikenal"));
  }

  @Test
  void documentsAreReadOnlyByThoseWhoMayReadTheForm() {
    World w = Fixtures.world();
    long id = DistributionTest.signedForm(w);
    as(w.token(Role.ARSIP)).body(Map.of()).post("/api/v1/forms/" + id + "/letter-number").then().statusCode(200);
    long doc = as(w.token(Role.STAF)).get("/api/v1/forms/" + id + "/documents").then().extract()
        .jsonPath().getLong("[0].id");
    World neighbour = Fixtures.neighbourOf(w);
    for (String path : List.of("/api/v1/documents/" + doc, "/api/v1/documents/" + doc + "/pdf",
        "/api/v1/forms/" + id + "/documents", "/api/v1/forms/" + id + "/letter-preview",
        "/api/v1/forms/" + id + "/dispatch-list")) {
      given().auth().oauth2(neighbour.token(Role.CAMAT)).get(path).then().statusCode(404).contentType(PROBLEM);
      given().get(path).then().statusCode(401);
    }
    given().auth().oauth2(w.token(Role.STAF)).get("/api/v1/documents/" + (doc + 1_000_000)).then().statusCode(404);
  }

  /** The Camat as a PNS with NIP and pangkat; a kop surat with address, tembusan and logo, set by the ADMIN. */
  static String officialise(World w) throws IOException {
    // NIPs are unique: one a test run has not given yet (born 17 August 1969, PNS from March 1995, female)
    String nip = "19690817199503" + "2" + String.format("%03d", NIPS.incrementAndGet() % 1000);
    QuarkusTransaction.requiringNew().run(() -> {
      AppUser camat = AppUser.findById(w.user(Role.CAMAT).id);
      camat.employment = Employment.PNS;
      camat.nip = nip;
      camat.pangkatGolongan = "Pembina (IV/a)";
    });
    String admin = w.token(Role.ADMIN);
    String path = "/api/v1/kecamatan/" + w.kecamatanId() + "/letterhead";
    String etag = as(admin).get(path).then().statusCode(200).extract().header("ETag");
    etag = as(admin).header("If-Match", etag).body(Map.of("address", "Jalan Uji No. 1, Kode Pos 57563",
            "contact", "Telepon (0271) 000000", "tembusan", List.of("Bupati (sebagai laporan)", "Arsip")))
        .put(path).then().statusCode(200).extract().header("ETag");
    given().auth().oauth2(admin).header("If-Match", etag).contentType("image/png").body(png(120, 140))
        .put(path + "/logo").then().statusCode(200).body("hasLogo", equalTo(true));
    return nip;
  }

  /** A small PNG: a dark emblem on white. */
  static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        boolean inside = Math.hypot(x - width / 2.0, y - height / 2.0) < Math.min(width, height) / 2.5;
        image.setRGB(x, y, inside ? 0x1B4F72 : 0xFFFFFF);
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /**
   * The PAdES signature (the test profile's certificate) verifies over every byte of the file but its own
   * value: a reader shows the document as signed and unmodified.
   */
  static void assertSignedWhole(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature sig = doc.getLastSignatureDictionary();
      assertEquals("ETSI.CAdES.detached", sig.getSubFilter());
      int[] range = sig.getByteRange();
      assertEquals(0, range[0]);
      assertEquals(pdf.length, range[2] + range[3], "the signature covers the file to its end");
      var cms = new org.bouncycastle.cms.CMSSignedData(
          new org.bouncycastle.cms.CMSProcessableByteArray(sig.getSignedContent(pdf)), sig.getContents(pdf));
      var signer = cms.getSignerInfos().getSigners().iterator().next();
      var cert = (org.bouncycastle.cert.X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
          .iterator().next();
      assertTrue(signer.verify(new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder().build(cert)));
      assertTrue(signer.getSignedAttributes().get(
          org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null,
          "PAdES baseline names its signing certificate");
      byte[] tampered = pdf.clone();
      tampered[10] ^= 1;
      var broken = new org.bouncycastle.cms.CMSSignedData(
          new org.bouncycastle.cms.CMSProcessableByteArray(sig.getSignedContent(tampered)), sig.getContents(pdf));
      var brokenSigner = broken.getSignerInfos().getSigners().iterator().next();
      org.junit.jupiter.api.Assertions.assertThrows(org.bouncycastle.cms.CMSSignerDigestMismatchException.class,
          () -> brokenSigner.verify(new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder().build(cert)),
          "one byte changed breaks the signature");
    }
  }

  /** How many images page 1 draws (the kop's logo, the QR code). */
  static int imagesOnPageOne(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var resources = doc.getPage(0).getResources();
      int images = 0;
      for (var name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
          images++;
        }
      }
      return images;
    }
  }

  private static String kabupatenName(World w) {
    return QuarkusTransaction.requiringNew().call(() ->
        id.alurkinerja.org.Kabupaten.<id.alurkinerja.org.Kabupaten>findById(w.kabupatenId()).name);
  }

  /** The PDF's text, every run of whitespace (line breaks in table cells too) one space. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
    }
  }

  /** Page 1 as PNG under target/document-previews (a build artifact to look at); fails if it is blank. */
  static void render(byte[] pdf, String name) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 80);
      Files.createDirectories(PREVIEWS);
      ImageIO.write(image, "png", PREVIEWS.resolve(name).toFile());
      long dark = 0;
      for (int y = 0; y < image.getHeight(); y += 2) {
        for (int x = 0; x < image.getWidth(); x += 2) {
          if ((image.getRGB(x, y) & 0xFF) < 100) {
            dark++;
          }
        }
      }
      assertTrue(dark > 2_000, "page 1 is almost blank: " + dark + " dark samples");
    }
  }
}
