package id.alurkinerja.recaps;

import id.alurkinerja.forms.FormContent;
import id.alurkinerja.kinerja.Aggregation;
import id.alurkinerja.kinerja.Capaian;
import id.alurkinerja.kinerja.DataType;
import id.alurkinerja.kinerja.Indicator;
import id.alurkinerja.kinerja.LowerFormula;
import id.alurkinerja.kinerja.Sasaran;
import id.alurkinerja.recaps.RecapDtos.IndicatorView;
import id.alurkinerja.recaps.RecapDtos.SasaranView;
import id.alurkinerja.recaps.RecapDtos.UnitValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The consolidated table: sasaran → indicator → unit values, each indicator's aggregate and
 * capaian, and each sasaran's capaian (the average of its indicators', each capped at the kecamatan's
 * maximum, 120 % by default).
 * Units that did not report are shown as such and left out of aggregates, never counted as zero.
 */
public final class RecapTable {

  private RecapTable() {}

  /** The kecamatan's overall capaian: the average of its sasaran's capaian; null when none has one. */
  public static BigDecimal overall(List<SasaranView> table) {
    List<BigDecimal> capaian = table.stream().map(SasaranView::capaian).filter(Objects::nonNull).toList();
    return capaian.isEmpty() ? null : capaian.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(capaian.size()), 2, RoundingMode.HALF_UP);
  }

  public static List<SasaranView> of(FormContent form, RecapContent recap, Map<Long, String> unitNames,
      Set<String> corrected, LowerFormula lower, BigDecimal cap) {
    List<SasaranView> sasaran = new ArrayList<>();
    for (Sasaran s : form.sasaran()) {
      List<IndicatorView> indicators = new ArrayList<>();
      List<BigDecimal> capaians = new ArrayList<>();
      for (Indicator i : s.indicators()) {
        IndicatorView view = indicator(i, recap, unitNames, corrected, lower);
        indicators.add(view);
        if (view.capaian() != null) {
          capaians.add(view.capaian().min(cap));
        }
      }
      BigDecimal average = capaians.isEmpty() ? null : capaians.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(capaians.size()), 2, RoundingMode.HALF_UP);
      sasaran.add(new SasaranView(s.code(), s.name(), indicators, average, Capaian.band(average)));
    }
    return sasaran;
  }

  private static IndicatorView indicator(Indicator i, RecapContent recap, Map<Long, String> unitNames,
      Set<String> corrected, LowerFormula lower) {
    List<UnitValue> units = new ArrayList<>();
    List<BigDecimal> numbers = new ArrayList<>();
    String text = null;
    for (Long unitId : i.reportingUnitIds()) {
      RecapContent.Entry entry = recap.entries().stream().filter(e -> e.unitId() == unitId).findFirst()
          .orElse(null);
      boolean notSubmitted = entry != null && entry.status() == RecapDtos.EntryStatus.NOT_SUBMITTED;
      RecapContent.Value v = recap.values().stream()
          .filter(x -> x.unitId() == unitId && x.indicatorCode().equals(i.code())).findFirst().orElse(null);
      units.add(new UnitValue(unitId, unitNames.getOrDefault(unitId, "#" + unitId),
          v == null ? null : v.value(), v == null ? null : v.text(), v == null ? null : v.remark(),
          notSubmitted, corrected.contains(i.code() + "/" + unitId)));
      if (v != null && v.value() != null) {
        numbers.add(v.value());
      }
      if (v != null && v.text() != null) {
        text = v.text();
      }
    }
    BigDecimal aggregate = aggregate(i, numbers);
    Capaian.Result capaian = Capaian.of(i, aggregate, i.dataType() == DataType.text ? text : null, lower);
    return new IndicatorView(i.code(), i.name(), i.satuan(), i.dataType(), i.polarity(), i.aggregation(),
        i.target(), i.targetText(), units, aggregate, capaian.percent(), capaian.note(),
        Capaian.band(capaian.percent()));
  }

  static BigDecimal aggregate(Indicator i, List<BigDecimal> numbers) {
    if (numbers.isEmpty() || i.dataType() == DataType.text) {
      return null;
    }
    Aggregation aggregation = i.aggregation();
    return switch (aggregation) {
      case sum -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      case average -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(numbers.size()), 4, RoundingMode.HALF_UP).stripTrailingZeros();
      case min -> numbers.stream().min(BigDecimal::compareTo).orElseThrow();
      case max -> numbers.stream().max(BigDecimal::compareTo).orElseThrow();
      case none -> numbers.stream().filter(Objects::nonNull).findFirst().orElse(null);
    };
  }
}
