package org.schemamigrate.diff.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.lint.Finding;
import org.schemamigrate.core.lint.LintReport;
import org.schemamigrate.core.lint.MigrationLint;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;

/**
 * Found in the MariaDB trial: a @Size(max = 40) widened to 60 made a file whose header warned SM206
 * (data-dependent) and SM451 (copies the table). The header now judges the change against the directory's files,
 * as migration:lint does; the down, a narrowing, is still reported.
 */
class WideningFindingsTest {
    @TempDir
    Path dir;

    private List<String> upCodes(TestDatabase dev, String desired) throws Exception {
        Files.writeString(dir.resolve("1_customer.up.sql"),
                "CREATE TABLE customer (id int PRIMARY KEY, email varchar(40) NOT NULL);\n");
        Files.writeString(dir.resolve("1_customer.down.sql"), "DROP TABLE customer;\n");
        DiffResult result = new DiffGenerator(Clock.systemUTC()).generate(new DiffRequest(dev.dataSource(),
                dev.kind(), desired, "schema.sql", new DiffRequest.FromMigrations(), dir, "wider_email", true));
        assertThat(result.up()).isNotNull();
        return result.findings().stream().filter(f -> f.file().contains(".up.")).map(Finding::code).toList();
    }

    private List<String> downCodes() {
        LintReport report = new MigrationLint(DatabaseKind.MARIADB, MigrationLint.Sides.DOWN, 1)
                .lint(MigrationDirectory.load(dir.toString(), null));
        return report.files().stream().flatMap(f -> f.findings().stream()).map(Finding::code).toList();
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aWideningInTheSameLengthPrefixIsNoRiskOnMariaDb(TestDatabase dev) throws Exception {
        assertThat(upCodes(dev, "CREATE TABLE customer (id int PRIMARY KEY, email varchar(60) NOT NULL);"))
                .isEmpty();
        assertThat(downCodes()).contains("SM206");
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aWideningPast255BytesStillCopiesTheTableOnMariaDb(TestDatabase dev) throws Exception {
        assertThat(upCodes(dev, "CREATE TABLE customer (id int PRIMARY KEY, email varchar(100) NOT NULL);"))
                .containsExactly("SM451");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aWideningIsNoRiskOnPostgres(TestDatabase dev) throws Exception {
        assertThat(upCodes(dev, "CREATE TABLE customer (id int PRIMARY KEY, email varchar(100) NOT NULL);"))
                .isEmpty();
    }
}
