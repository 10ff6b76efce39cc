package id.alurkinerja.forms;

import id.alurkinerja.kinerja.Indicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed between two contents of a form: last year's and this year's, or two versions. */
@Schema(name = "FormDiff")
public record FormDiff(
    @Schema(required = true) String from,
    @Schema(required = true) String to,
    @Schema(required = true, description = "Letter fields that differ") List<Change> letter,
    @Schema(required = true) List<Item> sasaranAdded,
    @Schema(required = true) List<Item> sasaranRemoved,
    @Schema(required = true) List<Item> indicatorsAdded,
    @Schema(required = true) List<Item> indicatorsRemoved,
    @Schema(required = true) List<IndicatorChange> indicatorsChanged) {

  @Schema(name = "FormDiffItem")
  public record Item(@Schema(required = true) String code, @Schema(required = true) String name) {}

  @Schema(name = "FormDiffChange")
  public record Change(@Schema(required = true) String field, String from, String to) {}

  @Schema(name = "FormDiffIndicatorChange")
  public record IndicatorChange(@Schema(required = true) String code, @Schema(required = true) String name,
      @Schema(required = true) List<Change> changes) {}

  public boolean isEmpty() {
    return letter.isEmpty() && sasaranAdded.isEmpty() && sasaranRemoved.isEmpty()
        && indicatorsAdded.isEmpty() && indicatorsRemoved.isEmpty() && indicatorsChanged.isEmpty();
  }

  public static FormDiff between(String fromLabel, FormContent a, String toLabel, FormContent b) {
    List<Change> letter = new ArrayList<>();
    change(letter, "perihal", a.letter().perihal(), b.letter().perihal());
    change(letter, "body", a.letter().body(), b.letter().body());
    change(letter, "deadline", a.letter().deadline(), b.letter().deadline());
    change(letter, "addresseeUnitIds", a.letter().addresseeUnitIds(), b.letter().addresseeUnitIds());

    Map<String, String> sasaranA = new LinkedHashMap<>();
    a.sasaran().forEach(s -> sasaranA.put(s.code(), s.name()));
    Map<String, String> sasaranB = new LinkedHashMap<>();
    b.sasaran().forEach(s -> sasaranB.put(s.code(), s.name()));
    Map<String, Indicator> indA = indicators(a);
    Map<String, Indicator> indB = indicators(b);

    List<IndicatorChange> changed = new ArrayList<>();
    for (Map.Entry<String, Indicator> entry : indB.entrySet()) {
      Indicator before = indA.get(entry.getKey());
      if (before != null) {
        List<Change> changes = changes(before, entry.getValue());
        if (!changes.isEmpty()) {
          changed.add(new IndicatorChange(entry.getKey(), entry.getValue().name(), changes));
        }
      }
    }
    return new FormDiff(fromLabel, toLabel, letter, missing(sasaranB, sasaranA), missing(sasaranA, sasaranB),
        missingIndicators(indB, indA), missingIndicators(indA, indB), changed);
  }

  private static List<Change> changes(Indicator a, Indicator b) {
    List<Change> changes = new ArrayList<>();
    change(changes, "name", a.name(), b.name());
    change(changes, "satuan", a.satuan(), b.satuan());
    change(changes, "dataType", a.dataType(), b.dataType());
    change(changes, "polarity", a.polarity(), b.polarity());
    change(changes, "aggregation", a.aggregation(), b.aggregation());
    String targetA = a.target() == null ? null : a.target().stripTrailingZeros().toPlainString();
    String targetB = b.target() == null ? null : b.target().stripTrailingZeros().toPlainString();
    change(changes, "target", targetA, targetB);
    change(changes, "targetText", a.targetText(), b.targetText());
    change(changes, "reportingUnitIds", a.reportingUnitIds(), b.reportingUnitIds());
    change(changes, "guidance", a.guidance(), b.guidance());
    change(changes, "evidenceRequired", Boolean.TRUE.equals(a.evidenceRequired()),
        Boolean.TRUE.equals(b.evidenceRequired()));
    return changes;
  }

  private static void change(List<Change> into, String field, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      into.add(new Change(field, a == null ? null : a.toString(), b == null ? null : b.toString()));
    }
  }

  private static Map<String, Indicator> indicators(FormContent content) {
    Map<String, Indicator> map = new LinkedHashMap<>();
    content.sasaran().forEach(s -> s.indicators().forEach(i -> map.put(i.code(), i)));
    return map;
  }

  /** Entries of {@code present} whose code is not in {@code other}. */
  private static List<Item> missing(Map<String, String> present, Map<String, String> other) {
    return present.entrySet().stream().filter(e -> !other.containsKey(e.getKey()))
        .map(e -> new Item(e.getKey(), e.getValue())).toList();
  }

  private static List<Item> missingIndicators(Map<String, Indicator> present, Map<String, Indicator> other) {
    return present.entrySet().stream().filter(e -> !other.containsKey(e.getKey()))
        .map(e -> new Item(e.getKey(), e.getValue().name())).toList();
  }
}
