package id.alurkinerja.workflow;

import java.time.Instant;

/**
 * What the machine needs of a document's row: where it lives, its state, its version (the ETag,
 * moved by every change of the document or of anything it owns) and its round.
 */
public interface Stateful<S extends Enum<S>> {

  Long documentId();

  long kecamatanId();

  S state();

  /** Moves the document to {@code state}; {@code at} is when it reached it (tasks wait since then). */
  void enter(S state, Instant at);

  long version();

  void version(long version);

  /** A new pass through the steps, or (submissions) a new submittal. */
  void nextRound();

  /** Only for documents just created: their first state without counting as a move. */
  default void begin(S state, Instant at) {
    enter(state, at);
    version(1);
  }
}
