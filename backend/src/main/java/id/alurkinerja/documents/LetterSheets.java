package id.alurkinerja.documents;

import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Directory;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Role;
import id.alurkinerja.approvals.Approval;
import id.alurkinerja.approvals.ApprovalDecision;
import id.alurkinerja.approvals.ApprovalKind;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.documents.LetterSheet.FormatRow;
import id.alurkinerja.documents.LetterSheet.Paraf;
import id.alurkinerja.documents.LetterSheet.Signature;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormContent;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.forms.FormVersion;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.identity.Positions;
import id.alurkinerja.kinerja.DataType;
import id.alurkinerja.kinerja.Indicator;
import id.alurkinerja.kinerja.Sasaran;
import id.alurkinerja.org.Kabupaten;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.org.UnitKind;
import id.alurkinerja.workflow.DocumentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers what the notification letter prints from the form's content version, the kecamatan's
 * letterhead and units, and the approvals given to that very version.
 */
@ApplicationScoped
public class LetterSheets {

  @Inject FormDocuments forms;
  @Inject Directory directory;

  /**
   * The letter of the form's current version as issued: with its number and date once the clerk has
   * numbered it, both still blank before (the preview officials approve from).
   */
  public LetterSheet of(Form form) {
    return sheet(form, forms.current(form), form.letterNumber, form.letterDate);
  }

  /** The units the letter is addressed to, in the order the letter names them; only the kecamatan's own. */
  public List<OrgUnit> addressedUnits(Form form) {
    return addressed(forms.content(form), Kecamatan.findById(form.kecamatanId));
  }

  private static List<OrgUnit> addressed(FormContent content, Kecamatan k) {
    return content.letter().addresseeUnitIds().stream().map(id -> OrgUnit.<OrgUnit>findById(id))
        .filter(u -> u != null && u.kecamatanId.equals(k.id)).toList();
  }

  /** The kop surat of the kecamatan, as documents print it now. */
  public static LetterSheet.Kop kopOf(Kecamatan k) {
    return kop(Kabupaten.findById(k.kabupatenId), k, Letterhead.findById(k.id));
  }

  /** How the letter's addressee of {@code unit} reads, e.g. "Kepala Seksi Pemerintahan". */
  public static String addressee(Kecamatan k, OrgUnit unit) {
    return Positions.title(unit.kind == UnitKind.SUBBAG ? Role.KASUBBAG : Role.KASI, k, unit);
  }

  private LetterSheet sheet(Form form, FormVersion version, String number, java.time.LocalDate date) {
    Kecamatan k = Kecamatan.findById(form.kecamatanId);
    Kabupaten kab = Kabupaten.findById(k.kabupatenId);
    Letterhead head = Letterhead.findById(k.id);
    ZoneId zone = ZoneId.of(k.timeZone);
    FormContent content = forms.content(version);
    Map<Long, OrgUnit> units = OrgUnit.ofKecamatan(k.id).stream()
        .collect(Collectors.toMap(u -> u.id, Function.identity()));
    List<String> addressees = addressed(content, k).stream().sorted(Comparator.comparingInt(u -> u.sortOrder))
        .map(u -> addressee(k, u)).toList();
    List<Approval> standing = standing(DocumentKind.FORM, form.id, version.contentSha256);
    List<Paraf> parafs = marks(standing, ApprovalKind.PARAF, zone);
    Signature signature = signature(standing, zone).orElseGet(() -> signerToBe(k, zone));
    Cycle cycle = Cycle.findById(form.cycleId);
    return new LetterSheet(kop(kab, k, head), number, date, place(k, head), content.letter().perihal(), "Biasa",
        addressees, null, content.letter().body(), content.letter().deadline(), signature, parafs,
        head == null ? List.of() : head.tembusanLines(), cycle.year, format(content, units), null);
  }

  /** The approvals standing on a document's version: given to that very hash and not voided. */
  static List<Approval> standing(DocumentKind kind, long documentId, String sha256) {
    return Approval.of(kind.code(), documentId).stream()
        .filter(a -> a.voidedAt == null && a.decision == ApprovalDecision.APPROVED && a.contentSha256.equals(sha256))
        .toList();
  }

  /** The marks of one kind among them, e.g. the parafs. */
  static List<Paraf> marks(List<Approval> standing, ApprovalKind kind, ZoneId zone) {
    return standing.stream().filter(a -> a.kind == kind)
        .map(a -> new Paraf(kind, a.capacityTitle, a.officialName, a.approvedAt, zone)).toList();
  }

  /** The signature among them, as its block prints it. */
  static java.util.Optional<Signature> signature(List<Approval> standing, ZoneId zone) {
    return standing.stream().filter(a -> a.kind == ApprovalKind.SIGNATURE).findFirst()
        .map(a -> new Signature(a.capacityTitle, a.officialName, pangkatOf(a.officialUserId), a.officialNip,
            a.approvedAt, zone));
  }

  /** The kop surat lines of a kecamatan. */
  static LetterSheet.Kop kop(Kabupaten kab, Kecamatan k, Letterhead head) {
    String government = "PEMERINTAH " + kab.name.toUpperCase(Locale.ROOT);
    String logo = head == null || head.logo == null ? null
        : "data:" + head.logoType + ";base64," + Base64.getEncoder().encodeToString(head.logo);
    return new LetterSheet.Kop(government, "KECAMATAN " + k.name.toUpperCase(Locale.ROOT),
        head == null ? null : blankToNull(head.address), head == null ? null : blankToNull(head.contact), logo);
  }

  static String place(Kecamatan k, Letterhead head) {
    return head == null || head.place == null || head.place.isBlank() ? k.name : head.place.trim();
  }

  /** Who will sign: a Plt./Plh. Camat in office today, else the Camat; blank if the post is empty. */
  private Signature signerToBe(Kecamatan k, ZoneId zone) {
    CurrentUser best = null;
    Grant bestGrant = null;
    for (CurrentUser person : directory.peopleIn(k.id)) {
      for (Grant g : person.grants()) {
        if (g.role() == Role.CAMAT && k.id.equals(g.kecamatanId()) && (bestGrant == null || g.isActing())) {
          best = person;
          bestGrant = g;
        }
      }
    }
    if (best == null) {
      return new Signature(Positions.title(Role.CAMAT, k, null), null, null, null, null, zone);
    }
    return new Signature(bestGrant.capacity(), best.fullName(), pangkatOf(best.id()), best.nip(), null, zone);
  }

  private static String pangkatOf(Long userId) {
    AppUser user = userId == null ? null : AppUser.findById(userId);
    return user == null ? null : blankToNull(user.pangkatGolongan);
  }

  private static List<FormatRow> format(FormContent content, Map<Long, OrgUnit> units) {
    List<FormatRow> rows = new ArrayList<>();
    for (Sasaran s : content.sasaran()) {
      rows.add(new FormatRow(s.code(), s.name(), true, null, null, null));
      for (Indicator i : s.indicators()) {
        String reporting = i.reportingUnitIds().stream().map(units::get).filter(Objects::nonNull)
            .map(u -> u.name).collect(Collectors.joining(", "));
        rows.add(new FormatRow(i.code(), i.name(), false, i.satuan(), target(i), reporting));
      }
    }
    return rows;
  }

  /** A target as printed: Indonesian digits, "Ada"/"Tidak ada" for yes/no, the words of a text target. */
  static String target(Indicator i) {
    if (i.dataType() == DataType.text) {
      return i.targetText() == null ? "-" : i.targetText();
    }
    return i.target() == null ? "-" : value(i.dataType(), i.target());
  }

  /** A number as documents print it: "Ada"/"Tidak ada" for yes/no, else Indonesian digits. */
  static String value(DataType type, BigDecimal v) {
    if (type == DataType.yesno) {
      return v.compareTo(BigDecimal.ONE) == 0 ? "Ada" : "Tidak ada";
    }
    return IndonesianText.number(v);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
