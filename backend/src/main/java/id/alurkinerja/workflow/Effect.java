package id.alurkinerja.workflow;

/**
 * What a transition does besides moving the state, e.g. saving a content version, writing notes,
 * taking a letter number. Runs after every check passed and before the state moves; it may still
 * refuse with a problem, and then nothing of the transition is kept.
 */
@FunctionalInterface
public interface Effect<D> {

  Effect<Object> NONE = change -> { };

  void apply(Change<D> change);

  @SuppressWarnings("unchecked")
  static <D> Effect<D> none() {
    return (Effect<D>) NONE;
  }
}
