package org.schemamigrate.core.javamigrations;

import java.sql.Statement;
import org.schemamigrate.core.JavaMigration;

/** Test fixture: a reversible Java backfill between two SQL migrations. */
public class V2_backfill_emails implements JavaMigration {
    @Override
    public void up(Context context) throws Exception {
        try (Statement s = context.connection().createStatement()) {
            s.executeUpdate("UPDATE customer SET email = name || '@example.com'".replace("name || '@example.com'",
                    context.kind().isMySqlFamily() ? "CONCAT(name, '@example.com')" : "name || '@example.com'"));
        }
    }

    @Override
    public void down(Context context) throws Exception {
        try (Statement s = context.connection().createStatement()) {
            s.executeUpdate("UPDATE customer SET email = NULL");
        }
    }
}
