package org.schemamigrate.maven;

import java.io.File;
import java.util.function.Supplier;
import org.apache.maven.plugin.logging.Log;

/** The live database migration:diff -Dmigration.from=database compares with: migration.url, or the sandbox. */
record LiveDatabase(String url, String user, String password, String label, Sandbox sandbox)
        implements AutoCloseable {

    /** Null when the current schema comes from the migration directory. */
    static LiveDatabase openIf(boolean fromDatabase, Supplier<ResolvedConnection> resolve, File sandboxDir, Log log) {
        if (!fromDatabase) {
            return null;
        }
        ResolvedConnection connection = resolve.get();
        if (connection.embedded()) {
            log.info(MigrationSession.sandboxLine(connection,
                    connection.sandbox().dataDirectory(sandboxDir.toPath()).toString()));
            Sandbox sandbox = Sandbox.start(connection.sandbox(), sandboxDir.toPath());
            return new LiveDatabase(sandbox.url(), sandbox.user(), sandbox.password(), "the sandbox database",
                    sandbox);
        }
        log.info("Current schema: the live database " + connection.maskedUrl());
        return new LiveDatabase(connection.url(), connection.user(), connection.password(),
                "the database at " + connection.maskedUrl(), null);
    }

    javax.sql.DataSource dataSource() {
        return new org.schemamigrate.core.db.UrlDataSource(url, user, password);
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
