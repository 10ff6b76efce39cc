package id.alurkinerja.workflow;

import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;

/**
 * What the machine needs to know of one kind of document, given by the feature that owns it: its
 * row, its transition table, who may read it, where it lives, and the content version approvals
 * bind to.
 */
public interface DocumentType<D extends Stateful<S>, S extends Enum<S>, T extends Enum<T> & Transition<S>> {

  DocumentKind kind();

  Class<D> entity();

  Class<T> transitions();

  /** The verb needed to see the document at all (404 without, as if it did not exist). */
  Verb readVerb();

  /** Where the document lives, for verbs granted by kecamatan or unit. */
  Target targetOf(D document);

  /** The content version approvals of this document bind to; null for kinds without approvals. */
  ContentVersion contentOf(D document);
}
