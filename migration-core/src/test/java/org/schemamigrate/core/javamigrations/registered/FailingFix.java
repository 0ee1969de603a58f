package org.schemamigrate.core.javamigrations.registered;

import java.sql.Statement;
import org.schemamigrate.core.JavaMigration;
import org.schemamigrate.core.MigrationVersion;

/** Test fixture: registered by instance, annotated, irreversible, fails half-way through. */
@MigrationVersion(value = 4, name = "failing_fix")
public class FailingFix implements JavaMigration {
    @Override
    public void up(Context context) throws Exception {
        try (Statement s = context.connection().createStatement()) {
            s.executeUpdate("UPDATE customer SET name = 'changed'");
        }
        throw new IllegalStateException("the backfill found 3 rows without a country");
    }
}
