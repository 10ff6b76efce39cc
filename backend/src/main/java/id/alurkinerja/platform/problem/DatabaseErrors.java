package id.alurkinerja.platform.problem;

import java.sql.SQLException;

/** What a database failure means for the client. */
public final class DatabaseErrors {

  private DatabaseErrors() {}

  /** A unique key was hit (SQLState 23000, MariaDB error 1062): someone made the same thing first. */
  public static boolean isDuplicate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && (sql.getErrorCode() == 1062
          || "23000".equals(sql.getSQLState()) && sql.getMessage() != null && sql.getMessage().contains("Duplicate"))) {
        return true;
      }
    }
    return false;
  }

  /** A deadlock or lock-wait timeout (SQLState 40001, MariaDB 1213/1205): worth trying again shortly. */
  public static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
          || "40001".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }
}
