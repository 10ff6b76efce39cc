package id.alurkinerja.platform.db;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Landed migrations are never edited (a test holds their checksums). V1 was edited once, after V2-V6
 * had landed, adding {@code audit_event.capacity}; a database created with the first V1 would fail
 * Flyway's validation. Before validating, such a database's recorded V1 checksum is set to today's
 * V1, and V8 adds the column it lacks — nothing else is touched.
 */
@ApplicationScoped
public class LandedMigrations implements FlywayConfigurationCustomizer {

  /** Flyway's checksum of the first V1 (commit e57b23d) and of V1 as it has stood since. */
  static final int FIRST_V1 = -280079450;
  static final int V1 = -1592186824;

  @Override
  public void customize(FluentConfiguration configuration) {
    configuration.callbacks(new FirstV1Repair());
  }

  /** Rewrites the first V1's checksum to today's before Flyway validates the history. */
  public static final class FirstV1Repair implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
      return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
      return true;
    }

    @Override
    public void handle(Event event, Context context) {
      Connection c = context.getConnection();
      String table = context.getConfiguration().getTable();
      try {
        if (!historyExists(c, table)) {
          return;
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE `" + table + "` SET checksum = ? "
            + "WHERE version = '1' AND checksum = ?")) {
          update.setInt(1, V1);
          update.setInt(2, FIRST_V1);
          update.executeUpdate();
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Could not check the recorded checksum of migration V1", e);
      }
    }

    private static boolean historyExists(Connection c, String table) throws SQLException {
      try (ResultSet tables = c.getMetaData().getTables(c.getCatalog(), null, table, null)) {
        return tables.next();
      }
    }

    @Override
    public String getCallbackName() {
      return "first-v1-repair";
    }
  }
}
