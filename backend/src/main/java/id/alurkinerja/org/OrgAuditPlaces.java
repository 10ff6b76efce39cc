package id.alurkinerja.org;

import id.alurkinerja.access.Target;
import id.alurkinerja.audit.AuditPlaces;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Kecamatan and kabupaten as the audit trail's readers need them. */
@ApplicationScoped
public class OrgAuditPlaces implements AuditPlaces {

  @Override
  public Optional<Target> kecamatan(long kecamatanId) {
    return Kecamatan.<Kecamatan>findByIdOptional(kecamatanId).map(OrgService::targetOf);
  }

  @Override
  public Optional<Target> kabupaten(long kabupatenId) {
    return Kabupaten.<Kabupaten>findByIdOptional(kabupatenId).map(k -> new Target(k.id, null, null));
  }
}
