package id.alurkinerja.recaps;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a recap version says, and what its paraf and signature cover: the signed form it
 * consolidates (by hash), which units were entered and when, and every unit's value.
 */
public record RecapContent(int formVersion, String formSha256, List<Entry> entries, List<Value> values) {

  /** A unit's data entered into the recap (step 8, timed per unit). */
  public record Entry(long unitId, RecapDtos.EntryStatus status, int submissionRound, Instant enteredAt) {}

  /** One unit's value for one indicator. */
  public record Value(String indicatorCode, long unitId, BigDecimal value, String text, String remark) {}

  public RecapContent withEntry(Entry entry, List<Value> unitValues) {
    List<Entry> e = new ArrayList<>(entries);
    e.removeIf(x -> x.unitId() == entry.unitId());
    e.add(entry);
    List<Value> v = new ArrayList<>(values);
    v.removeIf(x -> x.unitId() == entry.unitId());
    v.addAll(unitValues);
    return new RecapContent(formVersion, formSha256, e, v);
  }

  public RecapContent withValue(Value value) {
    List<Value> v = new ArrayList<>(values);
    v.removeIf(x -> x.unitId() == value.unitId() && x.indicatorCode().equals(value.indicatorCode()));
    v.add(value);
    return new RecapContent(formVersion, formSha256, entries, v);
  }
}
