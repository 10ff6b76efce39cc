package id.alurkinerja.kinerja;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An indicator of a format as one unit reports it, with its sasaran. */
public record ReportedIndicator(Sasaran sasaran, Indicator indicator) {

  /** The indicators {@code unitId} reports, in the format's order. */
  public static List<ReportedIndicator> of(List<Sasaran> sasaran, long unitId) {
    List<ReportedIndicator> list = new ArrayList<>();
    for (Sasaran s : sasaran) {
      for (Indicator i : s.indicators()) {
        if (i.reportingUnitIds().contains(unitId)) {
          list.add(new ReportedIndicator(s, i));
        }
      }
    }
    return list;
  }

  /** Units that report at least one indicator, in the order they first appear. */
  public static Set<Long> reportingUnits(List<Sasaran> sasaran) {
    Set<Long> units = new LinkedHashSet<>();
    sasaran.forEach(s -> s.indicators().forEach(i -> units.addAll(i.reportingUnitIds())));
    return units;
  }
}
