package org.schemamigrate.core.internal.dialect;

import org.schemamigrate.core.db.DatabaseKind;

/** The runner dialect contract on the embedded MariaDB (the MySQL family's flavour that embeds). */
class MariaDbDialectConformanceTest extends RunnerDialectContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    String createSchemaSql(String quotedName) {
        return "CREATE DATABASE " + quotedName;
    }

    @Override
    String sleepSql(int seconds) {
        return "SELECT SLEEP(" + seconds + ")";
    }
}
