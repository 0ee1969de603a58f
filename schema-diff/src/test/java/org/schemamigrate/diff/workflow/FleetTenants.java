package org.schemamigrate.diff.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.fleet.Fleet;
import org.schemamigrate.core.fleet.FleetTarget;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.inspect.Exclusions;

/**
 * The set-up the fleet drift tests share: tenant schemas (PostgreSQL) or databases (MariaDB) on a test database's
 * server, a fleet over them migrating from one directory, and a drift check of that fleet.
 */
public final class FleetTenants {
    private final TestDatabase db;
    private final Path dir;

    public FleetTenants(TestDatabase db, Path dir) {
        this.db = db;
        this.dir = dir;
    }

    /** Creates {@code count} empty tenants, named after the test database. */
    public List<FleetTarget> create(int count) {
        List<FleetTarget> targets = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = db.name() + "_t" + i;
            db.execute((db.kind() == DatabaseKind.POSTGRESQL ? "CREATE SCHEMA " : "CREATE DATABASE ") + name);
            targets.add(new FleetTarget(name, name, null));
        }
        return targets;
    }

    /** A fleet over the targets, two at a time, migrating from the directory (destructive downs allowed). */
    public Fleet.Builder fleet(List<FleetTarget> targets) {
        return Fleet.builder().server(db.dataSource()).targets(targets).parallel(2)
                .migrator(b -> b.directory(dir).allowDestructive(true));
    }

    /** migration:check over the fleet of these targets. */
    public FleetDriftReport check(List<FleetTarget> targets, Exclusions exclusions) {
        return new FleetDrift(db.dataSource(), db.kind(), dir, null, exclusions).check(fleet(targets).build());
    }

    /** Writes a migration pair {@code <base>.up.sql} / {@code .down.sql} into the directory. */
    public void write(String base, String up, String down) throws IOException {
        Files.writeString(dir.resolve(base + ".up.sql"), up);
        Files.writeString(dir.resolve(base + ".down.sql"), down);
    }

    /** A tenant as a database of its own: its schema as the current one (PostgreSQL) or its database (MariaDB). */
    public TestDatabase tenant(FleetTarget target) {
        String url = db.kind() == DatabaseKind.POSTGRESQL
                ? db.url() + (db.url().contains("?") ? "&" : "?") + "currentSchema=" + target.schema()
                : db.url().replace("/" + db.name(), "/" + target.schema());
        return new TestDatabase(db.kind(), target.schema(), url, db.user(), db.password());
    }
}
