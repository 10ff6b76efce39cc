package id.alurkinerja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.alurkinerja.kinerja.Aggregation;
import id.alurkinerja.kinerja.Capaian;
import id.alurkinerja.kinerja.DataType;
import id.alurkinerja.kinerja.Indicator;
import id.alurkinerja.kinerja.LowerFormula;
import id.alurkinerja.kinerja.Polarity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capaian as the domain brief defines it; missing data and zero targets are never 0 %. */
class CapaianTest {

  private static Indicator indicator(DataType type, Polarity polarity, String target) {
    return new Indicator("X", "X", "x", type, polarity, Aggregation.none,
        target == null ? null : new BigDecimal(target), null, List.of(1L), null, null);
  }

  private static BigDecimal percent(Indicator i, String realisasi, LowerFormula lower) {
    return Capaian.of(i, realisasi == null ? null : new BigDecimal(realisasi), null, lower).percent();
  }

  @Test
  void higherIsBetterIsRealisationOverTarget() {
    assertEquals(new BigDecimal("91.67"), percent(indicator(DataType.percent, Polarity.higher_is_better, "96"),
        "88", LowerFormula.RATIO));
  }

  @Test
  void lowerIsBetterFollowsTheKecamatansFormula() {
    Indicator days = indicator(DataType.number, Polarity.lower_is_better, "5");
    assertEquals(new BigDecimal("125.00"), percent(days, "4", LowerFormula.RATIO));
    assertEquals(new BigDecimal("120.00"), percent(days, "4", LowerFormula.DIFFERENCE));
    assertEquals(new BigDecimal("80.00"), percent(days, "6", LowerFormula.DIFFERENCE));
  }

  @Test
  void yesNoScoresAllOrNothing() {
    Indicator report = indicator(DataType.yesno, Polarity.higher_is_better, "1");
    assertEquals(new BigDecimal("100.00"), percent(report, "1", LowerFormula.RATIO));
    assertEquals(new BigDecimal("0.00"), percent(report, "0", LowerFormula.RATIO));
  }

  @Test
  void missingDataAndDivisionByZeroAreNotZeroPercent() {
    assertNull(percent(indicator(DataType.number, Polarity.higher_is_better, "10"), null, LowerFormula.RATIO));
    assertNull(percent(indicator(DataType.number, Polarity.higher_is_better, "0"), "3", LowerFormula.RATIO));
    assertNull(percent(indicator(DataType.number, Polarity.lower_is_better, "5"), "0", LowerFormula.RATIO));
    assertEquals("belum diisi", Capaian.of(indicator(DataType.number, Polarity.higher_is_better, "10"), null,
        null, LowerFormula.RATIO).note());
  }

  @Test
  void bandsFollowTheCommonScale() {
    assertEquals("sangat tinggi", Capaian.band(new BigDecimal("91")));
    assertEquals("tinggi", Capaian.band(new BigDecimal("90.99")));
    assertEquals("sedang", Capaian.band(new BigDecimal("66")));
    assertEquals("rendah", Capaian.band(new BigDecimal("51")));
    assertEquals("sangat rendah", Capaian.band(new BigDecimal("50.99")));
  }
}
