package id.alurkinerja.platform.web;

import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;

/**
 * The cursor of a list in id order: the last id of a page, so a page is "id greater than the cursor".
 * New rows get higher ids, so paging on while rows are added sees each row exactly once.
 */
public final class IdCursor {

  private IdCursor() {}

  /** The id a page starts after; 400 for anything that is not a cursor this API gave out. */
  public static long after(String cursor) {
    return after(cursor, "cursor");
  }

  /** The same, for a position passed as query parameter {@code field}. */
  public static long after(String cursor, String field) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      long id = Long.parseLong(cursor);
      if (id < 0) {
        throw ProblemException.invalid(field, FieldErrorCode.CURSOR);
      }
      return id;
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(field, FieldErrorCode.CURSOR);
    }
  }

  /** A page size of 1-200. */
  public static int size(int limit) {
    return size(limit, 200);
  }

  /** A page size of 1-{@code max}. */
  public static int size(int limit, int max) {
    return Math.max(1, Math.min(limit, max));
  }
}
