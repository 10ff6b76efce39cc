package id.alurkinerja.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the signed recap prints: sasaran → indicator → target, realisasi and capaian, each
 * unit's value, each sasaran's capaian and the kecamatan's overall capaian with its predikat, with the
 * validation and paraf marks and the Camat's signature block. The input of {@link RecapHtml}.
 */
public record RecapSheet(LetterSheet.Kop kop, String place, LocalDate date, int year, String title,
    List<SasaranRows> sasaran, String overallCapaian, String overallBand, String ralatNote,
    LetterSheet.Signature signature, List<LetterSheet.Paraf> marks, LetterSheet.Footer footer) {

  /** One sasaran with its indicators and its capaian. */
  public record SasaranRows(String code, String name, List<IndicatorRow> indicators, String capaian, String band) {}

  /** One indicator: target, realisasi (the units' values combined), capaian and each unit's value. */
  public record IndicatorRow(String code, String name, String satuan, String target, String realisasi,
      String capaian, String note, List<String> units) {}

  public RecapSheet withFooter(LetterSheet.Footer issued) {
    return new RecapSheet(kop, place, date, year, title, sasaran, overallCapaian, overallBand, ralatNote, signature,
        marks, issued);
  }
}
