package id.alurkinerja.sop;

import id.alurkinerja.access.Role;
import id.alurkinerja.sop.SopStep.Duration;
import id.alurkinerja.sop.SopStep.Symbol;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** One version of a kecamatan's SOP, read: its eleven steps in order. Immutable. */
public record Sop(long versionId, int version, long kecamatanId, String title, LocalDate effectiveFrom, String note,
    List<Step> steps) {

  /** One step as this version words it. */
  public record Step(int number, String title, String lane, Role actorRole, String requirement, String time,
      Duration duration, String output, Symbol symbol, String decision, Integer refusalStep, String notes) {}

  public Step step(int number) {
    return steps.stream().filter(s -> s.number() == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("The SOP has no step " + number));
  }

  /** The title to show for a document or cycle at {@code step}: 0 is outside the SOP. */
  public String titleOf(int step, boolean finished) {
    if (finished) {
      return SopStep.FINISHED;
    }
    return step == 0 ? SopStep.OUTSIDE : step(step).title();
  }

  /** The pelaksana lanes in the order the steps first name them (the SOP table's columns). */
  public List<String> lanes() {
    List<String> template = SopStep.LANES.stream().filter(l -> steps.stream().anyMatch(s -> s.lane().equals(l)))
        .toList();
    List<String> own = steps.stream().map(Step::lane).distinct().filter(l -> !template.contains(l)).toList();
    return Stream.concat(template.stream(), own.stream()).toList();
  }
}
