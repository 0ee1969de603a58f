package db.migration;

import java.sql.Statement;
import org.schemamigrate.core.JavaMigration;

/** A backfill that SQL alone would make awkward: every customer gets an address before 3 requires one. */
public class V2_backfill_emails implements JavaMigration {
    @Override
    public void up(Context context) throws Exception {
        try (Statement s = context.connection().createStatement()) {
            s.executeUpdate("UPDATE customer SET email = name || '@example.com' WHERE email IS NULL");
        }
    }

    @Override
    public void down(Context context) throws Exception {
        try (Statement s = context.connection().createStatement()) {
            s.executeUpdate("UPDATE customer SET email = NULL");
        }
    }
}
