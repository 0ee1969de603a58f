package org.schemamigrate.core.internal.dialect;

import org.schemamigrate.core.db.DatabaseKind;

/** The runner dialect contract on the embedded PostgreSQL. */
class PostgresDialectConformanceTest extends RunnerDialectContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    String createSchemaSql(String quotedName) {
        return "CREATE SCHEMA " + quotedName;
    }

    @Override
    String sleepSql(int seconds) {
        return "SELECT pg_sleep(" + seconds + ")";
    }
}
