package id.alurkinerja.documents;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and numbers as Indonesian official documents write them. */
public final class IndonesianText {

  static final Locale ID = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", ID);
  private static final String[] ONES = {"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
      "delapan", "sembilan", "sepuluh", "sebelas"};

  private IndonesianText() {}

  /** {@code 26 November 2026}. */
  public static String date(LocalDate day) {
    return day == null ? "" : DATE.format(day);
  }

  /** {@code 26 November 2026 pukul 10.15 WIB}, in the kecamatan's zone. */
  public static String dateTime(Instant at, ZoneId zone) {
    if (at == null) {
      return "";
    }
    ZonedDateTime local = at.atZone(zone);
    return DATE.format(local) + " pukul " + TIME.format(local) + " " + zoneAbbreviation(zone);
  }

  /** WIB, WITA or WIT for Indonesia's zones; the zone id elsewhere. */
  public static String zoneAbbreviation(ZoneId zone) {
    return switch (zone.getId()) {
      case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
      case "Asia/Makassar" -> "WITA";
      case "Asia/Jayapura" -> "WIT";
      default -> zone.getId();
    };
  }

  /** {@code 1.234,5}: dots group thousands, a comma before the decimals, no trailing zeros. */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(ID));
    return format.format(value);
  }

  /** A count in words as letters write it, e.g. {@code 1 (satu)}; numbers from 0 to 999 999. */
  public static String counted(int n) {
    return n + " (" + words(n) + ")";
  }

  /** Terbilang: the number in Indonesian words, 0 to 999 999. */
  public static String words(int n) {
    if (n < 0 || n > 999_999) {
      throw new IllegalArgumentException("out of range: " + n);
    }
    return n == 0 ? "nol" : spell(n).replaceAll("\\s+", " ").trim();
  }

  private static String spell(int n) {
    if (n < 12) {
      return ONES[n];
    }
    if (n < 20) {
      return ONES[n - 10] + " belas";
    }
    if (n < 100) {
      return ONES[n / 10] + " puluh " + ONES[n % 10];
    }
    if (n < 200) {
      return "seratus " + spell(n - 100);
    }
    if (n < 1000) {
      return ONES[n / 100] + " ratus " + spell(n % 100);
    }
    if (n < 2000) {
      return "seribu " + spell(n - 1000);
    }
    return spell(n / 1000).trim() + " ribu " + spell(n % 1000);
  }
}
