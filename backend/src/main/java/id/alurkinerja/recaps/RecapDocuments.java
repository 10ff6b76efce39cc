package id.alurkinerja.recaps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.forms.FormContent;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.forms.FormVersion;
import id.alurkinerja.workflow.ContentVersion;
import id.alurkinerja.workflow.DocumentKind;
import id.alurkinerja.workflow.DocumentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The kecamatan recap as a kind of document of the machine, and how its versions are read. */
@ApplicationScoped
public class RecapDocuments implements DocumentType<Recap, RecapState, RecapTransition> {

  @Inject ObjectMapper mapper;
  @Inject FormDocuments forms;

  @Override
  public DocumentKind kind() {
    return DocumentKind.RECAP;
  }

  @Override
  public Class<Recap> entity() {
    return Recap.class;
  }

  @Override
  public Class<RecapTransition> transitions() {
    return RecapTransition.class;
  }

  @Override
  public Verb readVerb() {
    return Verb.RECAP_READ;
  }

  @Override
  public Target targetOf(Recap r) {
    return FormDocuments.targetOf(r.kecamatanId);
  }

  @Override
  public ContentVersion contentOf(Recap r) {
    RecapVersion v = RecapVersion.of(r.id, r.currentVersion);
    return new ContentVersion(v.number, v.contentSha256);
  }

  public RecapContent content(Recap r) {
    try {
      return mapper.readValue(RecapVersion.of(r.id, r.currentVersion).content, RecapContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored recap " + r.id + " is unreadable", e);
    }
  }

  /** The signed form a recap consolidates, as it was signed. */
  public FormContent formContent(Recap r, RecapContent content) {
    return forms.content(FormVersion.of(r.formId, content.formVersion()));
  }
}
