package id.alurkinerja.documents;

import id.alurkinerja.access.Role;
import id.alurkinerja.approvals.Approval;
import id.alurkinerja.approvals.ApprovalKind;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.documents.LetterSheet.Paraf;
import id.alurkinerja.documents.LetterSheet.Signature;
import id.alurkinerja.documents.RecapSheet.IndicatorRow;
import id.alurkinerja.documents.RecapSheet.SasaranRows;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormContent;
import id.alurkinerja.identity.Positions;
import id.alurkinerja.kinerja.Capaian;
import id.alurkinerja.kinerja.DataType;
import id.alurkinerja.org.Kabupaten;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.recaps.Recap;
import id.alurkinerja.recaps.RecapContent;
import id.alurkinerja.recaps.RecapDocuments;
import id.alurkinerja.recaps.RecapDtos.IndicatorView;
import id.alurkinerja.recaps.RecapDtos.SasaranView;
import id.alurkinerja.recaps.RecapDtos.UnitValue;
import id.alurkinerja.recaps.RecapTable;
import id.alurkinerja.recaps.RecapValueEvent;
import id.alurkinerja.recaps.RecapVersion;
import id.alurkinerja.workflow.DocumentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers what the signed recap prints from the recap's current version and the approvals given to it. */
@ApplicationScoped
public class RecapSheets {

  @Inject RecapDocuments recaps;

  /** The recap of its current version; {@code signedOn} null leaves the date blank (the preview). */
  public RecapSheet sheet(Recap r, LocalDate signedOn) {
    Kecamatan k = Kecamatan.findById(r.kecamatanId);
    ZoneId zone = ZoneId.of(k.timeZone);
    Letterhead head = Letterhead.findById(k.id);
    RecapContent content = recaps.content(r);
    RecapVersion version = RecapVersion.of(r.id, r.currentVersion);
    FormContent form = recaps.formContent(r, content);
    Map<Long, String> names = new HashMap<>();
    OrgUnit.ofKecamatan(k.id).forEach(u -> names.put(u.id, u.name));
    Set<String> corrected = new HashSet<>();
    RecapValueEvent.<RecapValueEvent>list("recapId = ?1 and kind = ?2", r.id, RecapValueEvent.Kind.CORRECTED)
        .forEach(e -> corrected.add(e.indicatorCode + "/" + e.unitId));
    List<SasaranView> table = RecapTable.of(form, content, names, corrected, k.capaianLowerFormula, k.capaianCap);
    List<SasaranRows> rows = new ArrayList<>();
    for (SasaranView s : table) {
      List<IndicatorRow> indicators = s.indicators().stream().map(RecapSheets::row).toList();
      rows.add(new SasaranRows(s.code(), s.name(), indicators, percent(s.capaian()), s.band() == null ? "" : s.band()));
    }
    BigDecimal overall = RecapTable.overall(table);
    List<Approval> standing = LetterSheets.standing(DocumentKind.RECAP, r.id, version.contentSha256);
    List<Paraf> marks = new ArrayList<>(LetterSheets.marks(standing, ApprovalKind.VALIDATION, zone));
    marks.addAll(LetterSheets.marks(standing, ApprovalKind.PARAF, zone));
    Signature signature = LetterSheets.signature(standing, zone)
        .orElseGet(() -> new Signature(Positions.title(Role.CAMAT, k, null), null, null, null, null, zone));
    Cycle cycle = Cycle.findById(Form.<Form>findById(r.formId).cycleId);
    String ralat = r.ralatOf == null ? null : "Ralat atas data kinerja yang ditandatangani sebelumnya"
        + (r.ralatReason == null ? "" : ": " + r.ralatReason);
    return new RecapSheet(LetterSheets.kop(Kabupaten.findById(k.kabupatenId), k, head), LetterSheets.place(k, head),
        signedOn, cycle.year, title(k, cycle.year), rows, percent(overall), overall == null ? "" : Capaian.band(overall),
        ralat, signature, marks, null);
  }

  static String title(Kecamatan k, int year) {
    return "Data Kinerja Kecamatan " + k.name + " Tahun " + year;
  }

  private static IndicatorRow row(IndicatorView i) {
    List<String> units = new ArrayList<>();
    for (UnitValue u : i.units()) {
      String value = u.notSubmitted() ? "tidak menyampaikan"
          : u.value() != null ? LetterSheets.value(i.dataType(), u.value()) : u.text() != null ? u.text() : "-";
      units.add(u.unitName() + ": " + value + (u.corrected() ? " (dikoreksi)" : ""));
    }
    String realisasi = i.aggregate() != null ? LetterSheets.value(i.dataType(), i.aggregate())
        : i.units().stream().map(UnitValue::text).filter(t -> t != null && !t.isBlank()).findFirst().orElse("-");
    String target = i.dataType() == DataType.text ? (i.targetText() == null ? "-" : i.targetText())
        : i.target() == null ? "-" : LetterSheets.value(i.dataType(), i.target());
    return new IndicatorRow(i.code(), i.name(), i.satuan(), target, realisasi, percent(i.capaian()),
        i.capaianNote(), units);
  }

  private static String percent(BigDecimal p) {
    return p == null ? "-" : IndonesianText.number(p.setScale(2, RoundingMode.HALF_UP));
  }
}
