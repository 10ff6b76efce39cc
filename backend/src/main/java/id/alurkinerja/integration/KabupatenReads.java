package id.alurkinerja.integration;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Verb;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.cycles.CycleService;
import id.alurkinerja.cycles.CycleStatus;
import id.alurkinerja.documents.IssuedDocument;
import id.alurkinerja.documents.IssuedKind;
import id.alurkinerja.forms.Form;
import id.alurkinerja.integration.ReadDtos.CyclePage;
import id.alurkinerja.integration.ReadDtos.CycleRow;
import id.alurkinerja.integration.ReadDtos.IndicatorRow;
import id.alurkinerja.integration.ReadDtos.SignedRecap;
import id.alurkinerja.integration.ReadDtos.SignedRecapPage;
import id.alurkinerja.monitoring.Monitoring;
import id.alurkinerja.monitoring.MonitoringDtos.SheetView;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.web.IdCursor;
import id.alurkinerja.recaps.Recap;
import id.alurkinerja.recaps.RecapDtos.IndicatorView;
import id.alurkinerja.recaps.RecapDtos.RecapView;
import id.alurkinerja.recaps.RecapDtos.SasaranView;
import id.alurkinerja.recaps.RecapState;
import id.alurkinerja.recaps.RecapTable;
import id.alurkinerja.recaps.RecapViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a kabupaten system reads across its kecamatan: where every cycle stands, and the signed
 * recaps with their indicator values. Lists are in id order with an id cursor, so a job paging on
 * while kecamatan keep working sees each row exactly once; filters narrow, never widen.
 */
@ApplicationScoped
public class KabupatenReads {

  /** Filters of the kabupaten lists; null means "any". */
  public record Filter(Integer year, Long kecamatanId, String status, String updatedSince) {}

  @Inject Access access;
  @Inject OrgService org;
  @Inject CycleService cycles;
  @Inject RecapViews recaps;
  @Inject Monitoring monitoring;

  public CyclePage cycles(long kabupatenId, Filter filter, int limit, String cursor) {
    Map<Long, Kecamatan> kecamatan = readable(kabupatenId, Verb.FORM_READ, filter.kecamatanId());
    int size = IdCursor.size(limit, 500);
    List<Cycle> found = kecamatan.isEmpty() ? List.of() : cyclesOf(kecamatan, filter, cursor, size);
    List<CycleRow> rows = found.stream().limit(size).map(c -> row(c, kecamatan.get(c.kecamatanId))).toList();
    return new CyclePage(rows, IdCursor.next(found, size, rows, CycleRow::id));
  }

  public SignedRecapPage signedRecaps(long kabupatenId, Filter filter, int limit, String cursor) {
    Map<Long, Kecamatan> kecamatan = readable(kabupatenId, Verb.RECAP_READ, filter.kecamatanId());
    int size = IdCursor.size(limit, 50);
    StringBuilder q = new StringBuilder("select r from Recap r, Form f, Cycle c where f.id = r.formId "
        + "and c.id = f.cycleId and r.state = :signed and r.kecamatanId in :kecamatan and r.id > :after");
    Map<String, Object> params = new HashMap<>(Map.of("signed", RecapState.SIGNED, "kecamatan", kecamatan.keySet(),
        "after", IdCursor.after(cursor)));
    if (filter.year() != null) {
      q.append(" and c.year = :year");
      params.put("year", filter.year());
    }
    Instant since = since(filter.updatedSince());
    if (since != null) {
      q.append(" and r.stateChangedAt >= :since");
      params.put("since", since);
    }
    List<Recap> found = kecamatan.isEmpty() ? List.of()
        : Recap.<Recap>find(q + " order by r.id", params).page(0, size + 1).list();
    List<SignedRecap> items = found.stream().limit(size).map(r -> signed(r, kecamatan.get(r.kecamatanId))).toList();
    return new SignedRecapPage(items, IdCursor.next(found, size, items, SignedRecap::recapId));
  }

  /** The SOP monitoring sheet of each cycle (mutu baku against the working time), a few cycles a page. */
  public ReadDtos.MonitoringPage monitoring(long kabupatenId, Filter filter, int limit, String cursor) {
    Map<Long, Kecamatan> kecamatan = readable(kabupatenId, Verb.SLA_READ, filter.kecamatanId());
    int size = IdCursor.size(limit, 20);
    List<Cycle> found = kecamatan.isEmpty() ? List.of() : cyclesOf(kecamatan, filter, cursor, size);
    List<SheetView> sheets = found.stream().limit(size)
        .map(c -> monitoring.sheetOf(c, kecamatan.get(c.kecamatanId))).toList();
    return new ReadDtos.MonitoringPage(sheets, IdCursor.next(found, size, sheets,
        SheetView::cycleId));
  }

  /** Every document issued in the kabupaten's kecamatan, that the user may read, by id. */
  public ReadDtos.DocumentPage documents(long kabupatenId, Filter filter, String kind, int limit, String cursor) {
    Map<Long, Kecamatan> forms = readable(kabupatenId, Verb.FORM_READ, filter.kecamatanId());
    Map<Long, Kecamatan> recaps = kecamatanWhere(kabupatenId, Verb.RECAP_READ, filter.kecamatanId());
    int size = IdCursor.size(limit, 200);
    StringBuilder q = new StringBuilder("select d from IssuedDocument d, Cycle c where c.id = d.cycleId "
        + "and d.kecamatanId in :kecamatan and d.id > :after");
    Map<String, Object> params = new HashMap<>(Map.of("kecamatan", forms.keySet(), "after", IdCursor.after(cursor)));
    if (filter.year() != null) {
      q.append(" and c.year = :year");
      params.put("year", filter.year());
    }
    if (kind != null) {
      q.append(" and d.kind = :kind");
      params.put("kind", named(IssuedKind.class, kind, "kind"));
    }
    Instant since = since(filter.updatedSince());
    if (since != null) {
      q.append(" and d.createdAt >= :since");
      params.put("since", since);
    }
    List<IssuedDocument> found = forms.isEmpty() ? List.of()
        : IssuedDocument.<IssuedDocument>find(q + " order by d.id", params).page(0, size + 1).list();
    Map<Long, Integer> years = new HashMap<>();
    List<ReadDtos.DocumentRow> rows = found.stream().limit(size)
        .filter(d -> d.kind != IssuedKind.RECAP || recaps.containsKey(d.kecamatanId))
        .map(d -> new ReadDtos.DocumentRow(d.id, d.code, d.kind, d.kecamatanId, forms.get(d.kecamatanId).name, d.cycleId,
            years.computeIfAbsent(d.cycleId, id -> Cycle.<Cycle>findById(id).year), d.addresseeUnitId, d.sha256,
            d.sizeBytes, d.pages, d.createdAt, "/api/v1/documents/" + d.id + "/pdf"))
        .toList();
    // the cursor is the last document looked at, shown or not, so a narrower client does not see it again
    String next = found.size() > size ? String.valueOf(found.get(size - 1).id) : null;
    return new ReadDtos.DocumentPage(rows, next);
  }

  private static List<Cycle> cyclesOf(Map<Long, Kecamatan> kecamatan, Filter filter, String cursor, int size) {
    StringBuilder q = new StringBuilder("kecamatanId in :kecamatan and id > :after");
    Map<String, Object> params = new HashMap<>(Map.of("kecamatan", kecamatan.keySet(), "after", IdCursor.after(cursor)));
    if (filter.year() != null) {
      q.append(" and year = :year");
      params.put("year", filter.year());
    }
    if (filter.status() != null) {
      q.append(" and status = :status");
      params.put("status", named(CycleStatus.class, filter.status(), "status"));
    }
    Instant since = since(filter.updatedSince());
    if (since != null) {
      q.append(" and coalesce(statusChangedAt, createdAt) >= :since");
      params.put("since", since);
    }
    return Cycle.<Cycle>find(q + " order by id", params).page(0, size + 1).list();
  }

  /** The kabupaten's kecamatan the user may use {@code verb} in (one, if asked for), by id; none is no error. */
  private Map<Long, Kecamatan> kecamatanWhere(long kabupatenId, Verb verb, Long onlyKecamatan) {
    return Kecamatan.ofKabupaten(kabupatenId).stream()
        .filter(k -> onlyKecamatan == null || k.id.equals(onlyKecamatan))
        .filter(k -> access.can(verb, OrgService.targetOf(k)))
        .collect(Collectors.toMap(k -> k.id, k -> k));
  }

  /** The kabupaten's kecamatan the user may use {@code verb} in (one, if asked for), by id. */
  private Map<Long, Kecamatan> readable(long kabupatenId, Verb verb, Long onlyKecamatan) {
    org.onKabupaten(kabupatenId, verb);
    return kecamatanWhere(kabupatenId, verb, onlyKecamatan);
  }

  private CycleRow row(Cycle c, Kecamatan k) {
    boolean finished = c.status == CycleStatus.FINISHED;
    return new CycleRow(c.id, k.id, k.code, k.name, c.year, c.title, c.status, c.step,
        cycles.sopOf(c).titleOf(c.step, finished), finished, c.formId, c.recapId, c.signedRecapId, c.createdAt,
        c.statusChangedAt == null ? c.createdAt : c.statusChangedAt);
  }

  private SignedRecap signed(Recap r, Kecamatan k) {
    RecapView view = recaps.view(r);
    List<IndicatorRow> values = new ArrayList<>();
    for (SasaranView s : view.sasaran()) {
      for (IndicatorView i : s.indicators()) {
        values.add(new IndicatorRow(s.code(), s.name(), s.capaian(), i.code(), i.name(), i.satuan(), i.dataType(),
            i.polarity(), i.target(), i.targetText(), i.aggregate(), i.capaian(), i.band()));
      }
    }
    long cycleId = Form.<Form>findById(r.formId).cycleId;
    return new SignedRecap(r.id, cycleId, k.id, k.code, k.name, view.year(), view.versionNumber(),
        view.contentSha256(), r.stateChangedAt, r.ralatOf, RecapTable.overall(view.sasaran()), values);
  }

  /** The constant of {@code type} named {@code value}; 400 naming the allowed ones otherwise. */
  private static <E extends Enum<E>> E named(Class<E> type, String value, String field) {
    E[] all = type.getEnumConstants();
    return Arrays.stream(all).filter(e -> e.name().equals(value)).findFirst()
        .orElseThrow(() -> ProblemException.invalid(field, FieldErrorCode.NOT_ONE_OF, Map.of("allowed",
            Arrays.stream(all).map(Enum::name).collect(Collectors.joining(", ")))));
  }

  private static Instant since(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid("updatedSince", FieldErrorCode.INVALID_FORMAT);
    }
  }
}
