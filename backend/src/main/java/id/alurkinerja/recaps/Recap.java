package id.alurkinerja.recaps;

import id.alurkinerja.workflow.Stateful;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** The rekap data kinerja kecamatan of a form; its content lives in versions. */
@Entity
@Table(name = "recap")
public class Recap extends PanacheEntityBase implements Stateful<RecapState> {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "form_id")
  public Long formId;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  @Enumerated(EnumType.STRING)
  public RecapState state;

  @Column(name = "current_version")
  public int currentVersion;

  public int round;

  /** The signed recap this one corrects (a ralat), if it is one. */
  @Column(name = "ralat_of")
  public Long ralatOf;

  @Column(name = "ralat_reason")
  public String ralatReason;

  @Column(name = "superseded_by")
  public Long supersededBy;

  @Column(name = "state_changed_at")
  public Instant stateChangedAt;

  /** The ETag: moves with every change of the recap and of what it shows. */
  public long version;

  public static List<Recap> ofForm(long formId) {
    return list("formId = ?1 order by id", formId);
  }

  @Override
  public Long documentId() {
    return id;
  }

  @Override
  public long kecamatanId() {
    return kecamatanId;
  }

  @Override
  public RecapState state() {
    return state;
  }

  @Override
  public void enter(RecapState next, Instant at) {
    state = next;
    stateChangedAt = at;
  }

  @Override
  public long version() {
    return version;
  }

  @Override
  public void version(long next) {
    version = next;
  }

  @Override
  public void nextRound() {
    round++;
  }
}
