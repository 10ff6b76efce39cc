package id.alurkinerja.platform.problem;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

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

  /**
   * The database cannot be reached or answered too late: connection refused or lost (SQLState class
   * 08), the pool had no connection within its acquisition timeout, a socket or statement timeout.
   * Nothing was committed by the request that met it.
   */
  public static boolean isUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException
          || t instanceof ConnectException || t instanceof SocketTimeoutException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
        if (state.startsWith("08") || message.contains("acquisition timeout")
            || sql.getErrorCode() == 1969 || sql.getErrorCode() == 3024) { // statement time exceeded
          return true;
        }
      }
    }
    return false;
  }
}
