package org.schemamigrate.diff.workflow.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;

/**
 * mysql-connector-j against MariaDB. MariaDB 10.x announces itself as "5.5.5-10.11.x-MariaDB" (11.x no longer
 * does), so the version comes from the version string ({@code FeaturesVersionTest} covers the prefix).
 */
class MySqlDriverOnMariaDbTest {
    @TempDir
    Path dir;

    private static UrlDataSource throughMysqlDriver(TestDatabase db) {
        return new UrlDataSource(db.url().replace("jdbc:mariadb:", "jdbc:mysql:"), db.user(), db.password());
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void theVersionComesFromTheVersionString(TestDatabase db) throws Exception {
        try (Connection c = throughMysqlDriver(db).getConnection()) {
            Features features = Features.of(c);
            assertThat(features.kind()).isEqualTo(DatabaseKind.MARIADB);
            assertThat(features.atLeast(10, 6)).isTrue();
        }
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aDiffRunsThroughTheMysqlDriver(TestDatabase db) {
        DiffRequest request = new DiffRequest(throughMysqlDriver(db), DatabaseKind.MARIADB,
                "CREATE TABLE item (id bigint PRIMARY KEY, name varchar(40));", "schema.sql",
                new DiffRequest.FromMigrations(), dir, "create_item", false);

        assertThat(new DiffGenerator(Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC))
                .generate(request).up()).isNotNull();
    }
}
