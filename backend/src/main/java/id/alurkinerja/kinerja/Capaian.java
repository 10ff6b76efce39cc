package id.alurkinerja.kinerja;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Capaian (achievement) of a realisation against its target, as the domain brief defines it:
 * higher-is-better r/t x 100; lower-is-better t/r x 100 or (2t - r)/t x 100 as the kecamatan
 * chooses; yes/no 100 or 0. Missing data and division
 * by zero are reported as such (null with a note), never as 0 %.
 */
public final class Capaian {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The percentage (2 decimals) or null, and why it is null. */
  public record Result(BigDecimal percent, String note) {
    static Result of(BigDecimal percent) {
      return new Result(percent.setScale(2, RoundingMode.HALF_UP), null);
    }
  }

  private Capaian() {}

  public static Result of(Indicator indicator, BigDecimal realisasi, String text, LowerFormula lower) {
    if (indicator.dataType() == DataType.text) {
      return new Result(null, text == null || text.isBlank() ? "belum diisi" : "indikator teks: tanpa capaian");
    }
    if (realisasi == null) {
      return new Result(null, "belum diisi");
    }
    BigDecimal target = indicator.target();
    if (indicator.dataType() == DataType.yesno) {
      return Result.of(realisasi.compareTo(target) == 0 ? HUNDRED : BigDecimal.ZERO);
    }
    if (indicator.polarity() == Polarity.higher_is_better) {
      if (target.signum() == 0) {
        return new Result(null, "target nol: capaian tidak dapat dihitung");
      }
      return Result.of(realisasi.multiply(HUNDRED).divide(target, 4, RoundingMode.HALF_UP));
    }
    if (lower == LowerFormula.DIFFERENCE) {
      if (target.signum() == 0) {
        return new Result(null, "target nol: capaian tidak dapat dihitung");
      }
      BigDecimal twice = target.multiply(BigDecimal.valueOf(2));
      return Result.of(twice.subtract(realisasi).multiply(HUNDRED).divide(target, 4, RoundingMode.HALF_UP));
    }
    if (realisasi.signum() == 0) {
      return new Result(null, "realisasi nol pada indikator yang makin kecil makin baik");
    }
    return Result.of(target.multiply(HUNDRED).divide(realisasi, 4, RoundingMode.HALF_UP));
  }

  /** The common rating scale: >= 91 sangat tinggi, >= 76 tinggi, >= 66 sedang, >= 51 rendah. */
  public static String band(BigDecimal percent) {
    if (percent == null) {
      return null;
    }
    if (percent.compareTo(BigDecimal.valueOf(91)) >= 0) {
      return "sangat tinggi";
    }
    if (percent.compareTo(BigDecimal.valueOf(76)) >= 0) {
      return "tinggi";
    }
    if (percent.compareTo(BigDecimal.valueOf(66)) >= 0) {
      return "sedang";
    }
    if (percent.compareTo(BigDecimal.valueOf(51)) >= 0) {
      return "rendah";
    }
    return "sangat rendah";
  }
}
