package id.alurkinerja.forms;

/** How a form began: empty, cloned from last year's signed form, or imported (first year). */
public enum FormOrigin {
  EMPTY,
  CLONED,
  IMPORTED
}
