package id.alurkinerja.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.alurkinerja.access.Access;
import id.alurkinerja.access.Verb;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.cycles.CycleService;
import id.alurkinerja.documents.IssuedDocument;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.monitoring.Monitoring;
import id.alurkinerja.monitoring.MonitoringDtos.SheetView;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.recaps.Recap;
import id.alurkinerja.recaps.RecapDtos.RecapView;
import id.alurkinerja.recaps.RecapViews;
import id.alurkinerja.submissions.Submission;
import id.alurkinerja.workflow.DocumentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a cycle's archive bundle holds, gathered in one read: the cycle, its form, recaps and SOP
 * monitoring sheet as they stand, and the ids of its issued documents and of the objects whose audit
 * entries it carries. The PDFs and the audit entries are read while the bundle is written
 * ({@link ArchiveWriter}), one file or one page at a time, so no bundle is ever held in memory.
 */
@ApplicationScoped
public class ArchiveBundle {

  @Inject Access access;
  @Inject CycleService cycles;
  @Inject FormDocuments forms;
  @Inject RecapViews recaps;
  @Inject Monitoring monitoring;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  /** A document of the bundle, by id; its bytes are read when written. */
  public record DocumentRef(long id, String path, String kind, String code, String sha256) {}

  /** An object of the cycle whose audit entries the bundle carries. */
  public record AuditedObject(String type, long id) {}

  /** Everything but the PDFs and audit entries, which {@link ArchiveWriter} reads as it writes. */
  public record Plan(String fileName, long kecamatanId, Map<String, Object> about, ObjectNode form,
      List<RecapView> recaps, List<ObjectNode> recapJson, String kecamatanName, SheetView sheet,
      List<DocumentRef> documents, List<AuditedObject> audited) {}

  @Transactional
  public Plan plan(long cycleId) {
    Cycle cycle = cycles.cycle(cycleId, Verb.ARCHIVE_READ);
    Kecamatan k = Kecamatan.findById(cycle.kecamatanId);
    Instant now = clock.instant();
    List<AuditedObject> audited = new ArrayList<>(List.of(new AuditedObject("cycle", cycle.id)));
    Form form = Form.ofCycle(cycle.id);
    ObjectNode formJson = null;
    List<RecapView> recapViews = new ArrayList<>();
    List<ObjectNode> recapJson = new ArrayList<>();
    if (form != null) {
      audited.add(new AuditedObject(DocumentKind.FORM.code(), form.id));
      Submission.ofForm(form.id).forEach(s -> audited.add(new AuditedObject(DocumentKind.SUBMISSION.code(), s.id)));
      formJson = formJson(form);
      for (Recap r : Recap.ofForm(form.id)) {
        audited.add(new AuditedObject(DocumentKind.RECAP.code(), r.id));
        RecapView view = recaps.view(r);
        recapViews.add(view);
        // what the downloader may do now is not part of the record
        ObjectNode node = json.valueToTree(view);
        node.remove(List.of("verbs", "transitions", "editable"));
        recapJson.add(node);
      }
    }
    List<DocumentRef> documents = new ArrayList<>();
    List<IssuedDocument> issued = IssuedDocument.list("cycleId = ?1 order by id", cycle.id);
    for (int i = 0; i < issued.size(); i++) {
      IssuedDocument d = issued.get(i);
      String name = switch (d.kind) {
        case LETTER -> "surat";
        case LETTER_COPY -> "salinan-unit-" + d.addresseeUnitId;
        case RECAP -> "rekap";
      };
      documents.add(new DocumentRef(d.id, String.format(Locale.ROOT, "dokumen/%02d-%s-%s.pdf", i + 1, name, d.code),
          d.kind.name(), d.code, d.sha256));
    }
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("cycleId", cycle.id);
    about.put("year", cycle.year);
    about.put("title", cycle.title);
    about.put("kecamatan", k.name);
    about.put("status", cycle.status);
    about.put("step", cycle.step);
    about.put("signedRecapId", cycle.signedRecapId);
    about.put("generatedAt", now.toString());
    about.put("generatedBy", access.user().fullName());
    String slug = k.name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return new Plan("arsip-data-kinerja-" + cycle.year + "-" + slug + ".zip", k.id, about, formJson, recapViews,
        recapJson, k.name, monitoring.sheetOf(cycle, k), documents, audited);
  }

  private ObjectNode formJson(Form form) {
    ObjectNode node = json.createObjectNode();
    node.put("id", form.id);
    node.put("state", form.state.name());
    node.put("versionNumber", form.currentVersion);
    node.put("contentSha256", forms.current(form).contentSha256);
    node.put("letterNumber", form.letterNumber);
    node.put("letterDate", form.letterDate == null ? null : form.letterDate.toString());
    node.set("content", json.valueToTree(forms.content(form)));
    return node;
  }
}
