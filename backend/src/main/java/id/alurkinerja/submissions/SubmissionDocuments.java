package id.alurkinerja.submissions;

import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.kinerja.ReportedIndicator;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.workflow.ContentVersion;
import id.alurkinerja.workflow.DocumentKind;
import id.alurkinerja.workflow.DocumentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A unit's submission as a kind of document of the machine; it lives at its unit. */
@ApplicationScoped
public class SubmissionDocuments implements DocumentType<Submission, SubmissionState, SubmissionTransition> {

  @Inject FormDocuments forms;

  @Override
  public DocumentKind kind() {
    return DocumentKind.SUBMISSION;
  }

  @Override
  public Class<Submission> entity() {
    return Submission.class;
  }

  @Override
  public Class<SubmissionTransition> transitions() {
    return SubmissionTransition.class;
  }

  @Override
  public Verb readVerb() {
    return Verb.SUBMISSION_READ;
  }

  @Override
  public Target targetOf(Submission s) {
    Kecamatan k = Kecamatan.findById(s.kecamatanId);
    return Target.unit(k.kabupatenId, k.id, s.unitId);
  }

  /** Submissions are verified, not approved: no hash-bound approvals. */
  @Override
  public ContentVersion contentOf(Submission s) {
    return null;
  }

  /** The indicators of the (signed) form that this submission's unit reports. */
  public List<ReportedIndicator> indicatorsOf(Submission s) {
    return ReportedIndicator.of(forms.content(Form.<Form>findById(s.formId)).sasaran(), s.unitId);
  }
}
