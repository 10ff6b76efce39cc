package id.alurkinerja.integration;

import id.alurkinerja.cycles.CycleStatus;
import id.alurkinerja.documents.IssuedKind;
import id.alurkinerja.kinerja.DataType;
import id.alurkinerja.kinerja.Polarity;
import id.alurkinerja.monitoring.MonitoringDtos.SheetView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the kabupaten read API: rows a kabupaten system stores, flat enough for CSV. */
public final class ReadDtos {

  private ReadDtos() {}

  @Schema(name = "KabupatenCycle", description = "Where a kecamatan's cycle stands")
  public record CycleRow(
      @Schema(required = true) long id,
      @Schema(required = true) long kecamatanId,
      @Schema(required = true) String kecamatanCode,
      @Schema(required = true) String kecamatanName,
      @Schema(required = true) int year,
      @Schema(required = true) String title,
      @Schema(required = true) CycleStatus status,
      @Schema(required = true, description = "The SOP step with work still open (1-11); 0 before the form exists") int step,
      @Schema(required = true) String stepTitle,
      @Schema(required = true, description = "All eleven steps done: the Camat signed the recap") boolean sopFinished,
      Long formId,
      @Schema(description = "The recap being worked on, or signed last") Long recapId,
      @Schema(description = "The signed recap that stands") Long signedRecapId,
      @Schema(required = true) Instant createdAt,
      @Schema(required = true, description = "When the status or step last changed (its creation before that)")
      Instant updatedAt) {}

  @Schema(name = "KabupatenCyclePage")
  public record CyclePage(@Schema(required = true) List<CycleRow> items,
      @Schema(description = "Pass as cursor for the next page; absent on the last page") String nextCursor) {}

  @Schema(name = "SignedRecapValue", description = "One indicator of a signed recap")
  public record IndicatorRow(
      @Schema(required = true) String sasaranCode,
      @Schema(required = true) String sasaranName,
      @Schema(description = "The sasaran's capaian (%)") BigDecimal sasaranCapaian,
      @Schema(required = true) String indicatorCode,
      @Schema(required = true) String indicatorName,
      @Schema(required = true) String satuan,
      @Schema(required = true) DataType dataType,
      @Schema(required = true) Polarity polarity,
      BigDecimal target,
      String targetText,
      @Schema(description = "The units' values combined as the indicator says") BigDecimal realisasi,
      @Schema(description = "Capaian (%)") BigDecimal capaian,
      @Schema(description = "Predikat of the capaian") String band) {}

  @Schema(name = "SignedRecap", description = "A recap the Camat signed, with its indicator values")
  public record SignedRecap(
      @Schema(required = true) long recapId,
      @Schema(required = true) long cycleId,
      @Schema(required = true) long kecamatanId,
      @Schema(required = true) String kecamatanCode,
      @Schema(required = true) String kecamatanName,
      @Schema(required = true) int year,
      @Schema(required = true) int versionNumber,
      @Schema(required = true, description = "SHA-256 of the signed content") String contentSha256,
      @Schema(required = true) Instant signedAt,
      @Schema(description = "The signed recap this ralat corrects") Long ralatOf,
      @Schema(description = "The kecamatan's overall capaian (%)") BigDecimal capaian,
      @Schema(required = true) List<IndicatorRow> values) {}

  @Schema(name = "SignedRecapPage")
  public record SignedRecapPage(@Schema(required = true) List<SignedRecap> items,
      @Schema(description = "Pass as cursor for the next page; absent on the last page") String nextCursor) {}

  @Schema(name = "KabupatenMonitoringPage", description = "SOP monitoring sheets of the kabupaten's cycles")
  public record MonitoringPage(@Schema(required = true) List<SheetView> items,
      @Schema(description = "Pass as cursor for the next page; absent on the last page") String nextCursor) {}

  @Schema(name = "KabupatenDocument", description = "A document the kecamatan issued (letter, unit copy, signed recap)")
  public record DocumentRow(
      @Schema(required = true) long id,
      @Schema(required = true, description = "Printed on it with its QR; GET /api/v1/verify/{code} checks it") String code,
      @Schema(required = true) IssuedKind kind,
      @Schema(required = true) long kecamatanId,
      @Schema(required = true) String kecamatanName,
      @Schema(required = true) long cycleId,
      @Schema(required = true) int year,
      @Schema(description = "The unit a copy is addressed to") Long addresseeUnitId,
      @Schema(required = true, description = "SHA-256 of the PDF") String sha256,
      @Schema(required = true) int sizeBytes,
      @Schema(required = true) int pages,
      @Schema(required = true) Instant issuedAt,
      @Schema(required = true, description = "Where the PDF is, e.g. /api/v1/documents/12/pdf") String pdf) {}

  @Schema(name = "KabupatenDocumentPage")
  public record DocumentPage(@Schema(required = true) List<DocumentRow> items,
      @Schema(description = "Pass as cursor for the next page; absent on the last page") String nextCursor) {}
}
