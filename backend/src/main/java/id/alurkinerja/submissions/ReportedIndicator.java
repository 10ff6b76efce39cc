package id.alurkinerja.submissions;

import id.alurkinerja.forms.FormContent;
import id.alurkinerja.forms.FormContent.Indicator;
import id.alurkinerja.forms.FormContent.Sasaran;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An indicator of the form as one unit reports it, with its sasaran. */
public record ReportedIndicator(Sasaran sasaran, Indicator indicator) {

  public static List<ReportedIndicator> of(FormContent content, long unitId) {
    List<ReportedIndicator> list = new ArrayList<>();
    for (Sasaran s : content.sasaran()) {
      for (Indicator i : s.indicators()) {
        if (i.reportingUnitIds().contains(unitId)) {
          list.add(new ReportedIndicator(s, i));
        }
      }
    }
    return list;
  }

  /** Units that report at least one indicator, in the order they first appear. */
  public static Set<Long> reportingUnits(FormContent content) {
    Set<Long> units = new LinkedHashSet<>();
    content.sasaran().forEach(s -> s.indicators().forEach(i -> units.addAll(i.reportingUnitIds())));
    return units;
  }
}
