package id.alurkinerja.recaps;

import id.alurkinerja.workflow.DocumentEntity;
import id.alurkinerja.workflow.Stateful;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** The rekap data kinerja kecamatan of a form; its content lives in versions. */
@Entity
@Table(name = "recap")
public class Recap extends DocumentEntity implements Stateful<RecapState> {
  @Column(name = "form_id")
  public Long formId;

  @Enumerated(EnumType.STRING)
  public RecapState state;

  @Column(name = "current_version")
  public int currentVersion;

  /** The signed recap this one corrects (a ralat), if it is one. */
  @Column(name = "ralat_of")
  public Long ralatOf;

  @Column(name = "ralat_reason")
  public String ralatReason;

  @Column(name = "superseded_by")
  public Long supersededBy;

  public static List<Recap> ofForm(long formId) {
    return list("formId = ?1 order by id", formId);
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
}
