package org.schemamigrate.diff.oracle;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * Hibernate's create script vs the generated migrations on MariaDB, judged by {@code mariadb-dump --no-data}; the
 * tool reaches the server through the MariaDB driver and through mysql-connector-j. Column order counts
 * everywhere: MariaDB plans place added columns and move existing ones.
 */
class MariaDbHibernateOracleTest {
    @TempDir
    Path dir;

    @Test
    void everyGenerationMigratesToWhatHibernatesCreateScriptMakesThroughTheMariaDbDriver() {
        new HibernateOracle(DatabaseKind.MARIADB, MariaDbDump::of, TestDatabase::dataSource, (lines, tables) -> lines).run(dir);
    }

    @Test
    void everyGenerationMigratesToWhatHibernatesCreateScriptMakesThroughMysqlConnectorJ() {
        new HibernateOracle(DatabaseKind.MARIADB, MariaDbDump::of, db -> new UrlDataSource(db.url().replace("jdbc:mariadb:", "jdbc:mysql:"), db.user(), db.password()),
                (lines, tables) -> lines).run(dir);
    }
}
