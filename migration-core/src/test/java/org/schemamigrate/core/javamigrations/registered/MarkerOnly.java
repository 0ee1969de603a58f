package org.schemamigrate.core.javamigrations.registered;

import org.schemamigrate.core.JavaMigration;
import org.schemamigrate.core.MigrationVersion;

/** Test fixture: an irreversible Java migration (no down) registered by instance. */
@MigrationVersion(5)
public class MarkerOnly implements JavaMigration {
    @Override
    public void up(Context context) {
        // deliberately empty: only its irreversibility matters
    }
}
