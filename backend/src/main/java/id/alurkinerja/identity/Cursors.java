package id.alurkinerja.identity;

import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;

/** The id cursors of this feature's lists: the last id of a page, and page sizes of 1-200. */
final class Cursors {

  private Cursors() {}

  static long after(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      long id = Long.parseLong(cursor);
      if (id < 0) {
        throw ProblemException.invalid("cursor", FieldErrorCode.CURSOR);
      }
      return id;
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("cursor", FieldErrorCode.CURSOR);
    }
  }

  static int size(int limit) {
    return Math.max(1, Math.min(limit, 200));
  }
}
