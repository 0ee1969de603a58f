package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.ServerVersion;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.internal.engine.Session;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * The runner on MariaDB through mariadb-java-client and through mysql-connector-j, which sees MariaDB 10.x
 * announce itself as "5.5.5-10.11.x-MariaDB" and reports major version 5.
 */
class MariaDbThroughBothDriversTest {
    @TempDir
    Path dir;

    private static List<UrlDataSource> bothDrivers(TestDatabase db) {
        return List.of(new UrlDataSource(db.url(), db.user(), db.password()),
                new UrlDataSource(db.url().replace("jdbc:mariadb:", "jdbc:mysql:"), db.user(), db.password()));
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void theServerVersionComesFromTheVersionStringWithEitherDriver(TestDatabase db) throws Exception {
        for (UrlDataSource source : bothDrivers(db)) {
            try (Connection c = source.getConnection(); Session session = Session.open(source, null, "migration_history")) {
                ServerVersion server = ServerVersion.of(c);
                assertThat(server.kind()).as(source.toString()).isEqualTo(DatabaseKind.MARIADB);
                assertThat(server.atLeast(10, 6)).as(server + " through " + source).isTrue();
                assertThat(session.server()).isEqualTo(server);
                assertThat(session.kind()).isEqualTo(DatabaseKind.MARIADB);
            }
        }
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void upStatusAndDownRunThroughTheMysqlDriver(TestDatabase db) {
        new MigrationFiles(dir).standardThree();
        Migrator migrator = Migrator.builder().dataSource(bothDrivers(db).get(1)).directory(dir)
                .allowDestructive(true).build();

        assertThat(migrator.up().after().version()).isEqualTo(3);
        assertThat(migrator.status().migrations()).extracting(MigrationStatus::state)
                .containsOnly(MigrationStatus.State.APPLIED);
        assertThat(migrator.down().after().version()).isEqualTo(2);
        assertThat(db.single("SELECT COUNT(*) FROM orders")).isEqualTo("1");
    }

    @org.junit.jupiter.api.Test
    void theMariaDbPrefixIsSkippedAndPlainVersionsParse() {
        assertThat(ServerVersion.parse(DatabaseKind.MARIADB, "5.5.5-10.11.6-MariaDB-0+deb12u1"))
                .isEqualTo(new ServerVersion(DatabaseKind.MARIADB, 10, 11));
        assertThat(ServerVersion.parse(DatabaseKind.MYSQL, "8.0.36")).isEqualTo(new ServerVersion(DatabaseKind.MYSQL, 8, 0));
        assertThat(ServerVersion.parse(DatabaseKind.POSTGRESQL, "17.2 (Debian)"))
                .isEqualTo(new ServerVersion(DatabaseKind.POSTGRESQL, 17, 2));
        assertThat(ServerVersion.parse(DatabaseKind.MYSQL, "unknown")).isNull();
    }
}
