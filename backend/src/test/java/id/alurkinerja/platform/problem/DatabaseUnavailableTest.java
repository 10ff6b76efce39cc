package id.alurkinerja.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** A database that is down, frozen or out of connections is a 503 with Retry-After, never a 500. */
class DatabaseUnavailableTest {

  @Test
  void outagesAre503WithRetryAfterAndNoInternalAddress() {
    List<Throwable> outages = List.of(
        new JDBCConnectionException("could not connect", new SQLNonTransientConnectionException(
            "Socket fail to connect to address=(host=10.1.2.3)(port=3306)", "08000")),
        new RuntimeException(new SQLException("Sorry, acquisition timeout!")),
        new RuntimeException(new SQLTransientConnectionException("Read timed out")),
        new RuntimeException(new SQLException("Query execution was interrupted (max_statement_time exceeded)",
            "70100", 1969)));
    for (Throwable outage : outages) {
      Response response = new ProblemMappers().unexpected(outage, null);
      assertEquals(503, response.getStatus(), outage.toString());
      assertEquals("5", response.getHeaderString("Retry-After"));
      String body = String.valueOf(response.getEntity());
      assertFalse(body.contains("10.1.2.3"), body);
    }
    // a plain bug stays a 500
    assertEquals(500, new ProblemMappers().unexpected(new IllegalStateException("bug"), null).getStatus());
    assertTrue(DatabaseErrors.isUnavailable(outages.get(0)));
  }
}
