package id.alurkinerja.documents;

import id.alurkinerja.platform.config.AlurConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Chooses the PDF signer: PAdES with the configured PKCS#12 certificate, or none. */
@ApplicationScoped
public class PdfSigners {

  @Produces
  @Singleton
  PdfSigner signer(AlurConfig config) {
    var keystore = config.documents().signingKeystore().filter(path -> !path.isBlank());
    if (keystore.isEmpty()) {
      return new Unsigned();
    }
    return PadesSigner.load(java.nio.file.Path.of(keystore.get()),
        config.documents().signingPassword().orElse("").toCharArray(),
        config.documents().signingAlias().filter(a -> !a.isBlank()).orElse(null));
  }

  /** No certificate: the file is kept as printed. */
  static final class Unsigned implements PdfSigner {
    @Override
    public PdfSignature kind() {
      return PdfSignature.NONE;
    }

    @Override
    public byte[] sign(byte[] pdf, String reason, String location) {
      return pdf;
    }
  }
}
