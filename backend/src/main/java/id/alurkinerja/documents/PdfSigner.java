package id.alurkinerja.documents;

/**
 * Seals a printed PDF. The electronic approvals of this application are not certified signatures
 * (a certified TTE needs a PSrE certificate such as BSrE's); a signer with the kecamatan's
 * certificate makes a PDF reader show the file as signed and unmodified, and a BSrE adapter can
 * take this place later.
 */
public interface PdfSigner {

  /** What {@link #sign} applies. */
  PdfSignature kind();

  /** The PDF signed, or unchanged for {@link PdfSignature#NONE}. */
  byte[] sign(byte[] pdf, String reason, String location);
}
