package id.alurkinerja.workflow;

/** A named row of a document kind's transition table, implemented by each kind's enum. */
public interface Transition<S extends Enum<S>> {

  String name();

  Rule<S> rule();
}
