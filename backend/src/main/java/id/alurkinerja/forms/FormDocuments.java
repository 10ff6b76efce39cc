package id.alurkinerja.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.workflow.ContentVersion;
import id.alurkinerja.workflow.DocumentKind;
import id.alurkinerja.workflow.DocumentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The form as a kind of document of the machine, and how its content versions are read. */
@ApplicationScoped
public class FormDocuments implements DocumentType<Form, FormState, FormTransition> {

  @Inject ObjectMapper mapper;

  @Override
  public DocumentKind kind() {
    return DocumentKind.FORM;
  }

  @Override
  public Class<Form> entity() {
    return Form.class;
  }

  @Override
  public Class<FormTransition> transitions() {
    return FormTransition.class;
  }

  @Override
  public Verb readVerb() {
    return Verb.FORM_READ;
  }

  @Override
  public Target targetOf(Form form) {
    return targetOf(form.kecamatanId);
  }

  /** A kecamatan-wide object of {@code kecamatanId}, as forms and their cycles are. */
  public static Target targetOf(long kecamatanId) {
    Kecamatan k = Kecamatan.findById(kecamatanId);
    return Target.kecamatan(k.kabupatenId, k.id);
  }

  @Override
  public ContentVersion contentOf(Form form) {
    FormVersion v = current(form);
    return new ContentVersion(v.number, v.contentSha256);
  }

  public FormVersion current(Form form) {
    return FormVersion.of(form.id, form.currentVersion);
  }

  /** The current version's content: for a form sent out, what was signed. */
  public FormContent content(Form form) {
    return content(current(form));
  }

  public FormContent content(FormVersion v) {
    try {
      return mapper.readValue(v.content, FormContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored form version " + v.id + " is unreadable", e);
    }
  }
}
