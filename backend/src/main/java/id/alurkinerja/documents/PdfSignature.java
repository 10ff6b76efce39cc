package id.alurkinerja.documents;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a PDF carries a cryptographic signature besides its recorded hash and QR code. */
@Schema(name = "PdfSignature")
public enum PdfSignature {
  /** No certificate configured: the recorded SHA-256 and the QR verification prove the file. */
  NONE,
  /** Signed PAdES (ETSI.CAdES.detached) with the configured certificate. */
  PADES
}
