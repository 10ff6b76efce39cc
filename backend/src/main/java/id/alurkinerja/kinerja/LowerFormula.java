package id.alurkinerja.kinerja;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How capaian is computed for an indicator where a lower realisation is better. */
@Schema(name = "LowerIsBetterFormula")
public enum LowerFormula {
  /** target / realisasi × 100 */
  RATIO,
  /** (2 × target − realisasi) / target × 100 */
  DIFFERENCE
}
