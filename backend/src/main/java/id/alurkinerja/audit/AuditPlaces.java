package id.alurkinerja.audit;

import id.alurkinerja.access.Target;
import java.util.Optional;

/**
 * Where a kecamatan or kabupaten lies, for deciding who may read its chain. The organisation feature
 * answers it (it sits above the audit trail, which therefore cannot read kecamatan itself).
 */
public interface AuditPlaces {

  /** The kecamatan as an authorisation target, or empty when there is no such kecamatan. */
  Optional<Target> kecamatan(long kecamatanId);

  /** The kabupaten itself (no kecamatan) as a target, or empty when there is no such kabupaten. */
  Optional<Target> kabupaten(long kabupatenId);
}
