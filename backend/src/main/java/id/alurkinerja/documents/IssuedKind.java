package id.alurkinerja.documents;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an issued document is. */
@Schema(name = "IssuedDocumentKind")
public enum IssuedKind {
  /** The numbered notification letter with the format as its lampiran (steps 4-5). */
  LETTER("Surat pemberitahuan pengisian data kinerja"),
  /** One unit's copy of that letter, addressed to it (step 5's duplication). */
  LETTER_COPY("Salinan surat pemberitahuan untuk unit"),
  /** The signed data kinerja of the kecamatan, the end of the SOP (step 11). */
  RECAP("Data kinerja kecamatan yang ditandatangani");

  private final String label;

  IssuedKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
