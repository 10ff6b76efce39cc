package id.alurkinerja.platform.web;

import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import java.util.List;
import java.util.function.ToLongFunction;

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

  /**
   * The cursor after a page whose rows were fetched asking for {@code size + 1}: the id of its last
   * item when there were more rows than the page shows, else null (the last page).
   */
  public static <V> String next(List<?> fetched, int size, List<V> items, ToLongFunction<V> id) {
    return fetched.size() > size ? String.valueOf(id.applyAsLong(items.get(items.size() - 1))) : null;
  }
}
