package org.schemamigrate.diff.workflow.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;

/**
 * A key's explicit {@code USING BTREE} / {@code USING HASH} and its own {@code KEY_BLOCK_SIZE} (only SHOW CREATE
 * TABLE prints them), the primary key's included, are planned and proven by the catalog fingerprint, through both
 * drivers.
 */
class MariaDbKeyOptionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC);
    private static final String PLAIN = "CREATE TABLE users (id int PRIMARY KEY, name varchar(40), code varchar(10),"
            + " KEY ix_name (name), KEY ix_code (code));";
    private static final String WITH_OPTIONS = "CREATE TABLE users (id int, name varchar(40), code varchar(10),"
            + " PRIMARY KEY (id) KEY_BLOCK_SIZE=4, KEY ix_name (name) USING BTREE KEY_BLOCK_SIZE=8,"
            + " KEY ix_code (code) USING HASH);";

    @TempDir
    Path dir;

    @DatabaseTest(DatabaseKind.MARIADB)
    void keyOptionsArePlannedAndProvenThroughTheMariaDbDriver(TestDatabase dev) throws Exception {
        addAndRemoveKeyOptions(dev.dataSource());
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void keyOptionsArePlannedAndProvenThroughTheMysqlDriver(TestDatabase dev) throws Exception {
        addAndRemoveKeyOptions(new UrlDataSource(dev.url().replace("jdbc:mariadb:", "jdbc:mysql:"), dev.user(),
                dev.password()));
    }

    private void addAndRemoveKeyOptions(DataSource dev) throws Exception {
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, PLAIN, "create_users"));

        DiffResult added = generator.generate(request(dev, WITH_OPTIONS, "key_options"));
        assertThat(Files.readString(added.up())).contains("ADD INDEX `ix_name` (`name`) USING BTREE KEY_BLOCK_SIZE=8",
                "ADD INDEX `ix_code` (`code`) USING HASH", "ADD PRIMARY KEY (`id`) KEY_BLOCK_SIZE=4");
        assertThat(Files.readString(added.down())).contains("ADD INDEX `ix_name` (`name`)", "ADD PRIMARY KEY (`id`)")
                .doesNotContain("USING", "KEY_BLOCK_SIZE");
        assertThat(generator.check(request(dev, WITH_OPTIONS, "again")).upToDate()).isTrue();

        DiffResult removed = generator.generate(request(dev, PLAIN, "plain_keys"));
        assertThat(Files.readString(removed.up())).doesNotContain("USING", "KEY_BLOCK_SIZE");
    }

    private DiffRequest request(DataSource dev, String desired, String name) {
        return new DiffRequest(dev, DatabaseKind.MARIADB, desired, "schema.sql", new DiffRequest.FromMigrations(),
                dir, name, false);
    }
}
