package id.alurkinerja.integration;

import id.alurkinerja.integration.ReadDtos.CyclePage;
import id.alurkinerja.integration.ReadDtos.CycleRow;
import id.alurkinerja.integration.ReadDtos.IndicatorRow;
import id.alurkinerja.integration.ReadDtos.SignedRecap;
import id.alurkinerja.integration.ReadDtos.SignedRecapPage;
import id.alurkinerja.platform.files.CsvLines;
import java.util.Arrays;
import java.util.List;

/**
 * The kabupaten lists as CSV (UTF-8 with BOM, numbers with a decimal point, {@link CsvLines}): one
 * row per cycle, or per indicator of each signed recap with the recap's columns repeated.
 */
final class ReadCsv {

  private ReadCsv() {}

  static String cycles(CyclePage page) {
    StringBuilder out = new StringBuilder().append(CsvLines.BOM);
    out.append(CsvLines.line(List.of("cycle_id", "kecamatan_id", "kecamatan_code", "kecamatan", "year", "title",
        "status", "step", "step_title", "sop_finished", "form_id", "recap_id", "signed_recap_id", "created_at",
        "updated_at")));
    for (CycleRow c : page.items()) {
      out.append(CsvLines.line(Arrays.asList(c.id(), c.kecamatanId(), c.kecamatanCode(), c.kecamatanName(), c.year(),
          c.title(), c.status(), c.step(), c.stepTitle(), c.sopFinished(), c.formId(), c.recapId(), c.signedRecapId(),
          c.createdAt(), c.updatedAt())));
    }
    return out.toString();
  }

  static String signedRecaps(SignedRecapPage page) {
    StringBuilder out = new StringBuilder().append(CsvLines.BOM);
    out.append(CsvLines.line(List.of("recap_id", "cycle_id", "kecamatan_id", "kecamatan_code", "kecamatan", "year",
        "version", "content_sha256", "signed_at", "kecamatan_capaian", "sasaran_code", "sasaran", "sasaran_capaian",
        "indicator_code", "indicator", "satuan", "data_type", "polarity", "target", "target_text", "realisasi",
        "capaian", "predikat")));
    for (SignedRecap r : page.items()) {
      for (IndicatorRow i : r.values()) {
        out.append(CsvLines.line(Arrays.asList(r.recapId(), r.cycleId(), r.kecamatanId(), r.kecamatanCode(),
            r.kecamatanName(), r.year(), r.versionNumber(), r.contentSha256(), r.signedAt(), r.capaian(),
            i.sasaranCode(), i.sasaranName(), i.sasaranCapaian(), i.indicatorCode(), i.indicatorName(), i.satuan(),
            i.dataType(), i.polarity(), i.target(), i.targetText(), i.realisasi(), i.capaian(), i.band())));
      }
    }
    return out.toString();
  }

  static String documents(ReadDtos.DocumentPage page) {
    StringBuilder out = new StringBuilder().append(CsvLines.BOM);
    out.append(CsvLines.line(List.of("document_id", "code", "kind", "kecamatan_id", "kecamatan", "cycle_id", "year",
        "addressee_unit_id", "sha256", "size_bytes", "pages", "issued_at", "pdf")));
    for (ReadDtos.DocumentRow d : page.items()) {
      out.append(CsvLines.line(Arrays.asList(d.id(), d.code(), d.kind(), d.kecamatanId(), d.kecamatanName(), d.cycleId(),
          d.year(), d.addresseeUnitId(), d.sha256(), d.sizeBytes(), d.pages(), d.issuedAt(), d.pdf())));
    }
    return out.toString();
  }
}
