package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.lint.Category;
import org.schemamigrate.core.lint.MigrationLint;
import org.schemamigrate.core.source.Directives;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.workflow.DiffGenerator;

/**
 * What diff writes passes the default lint (a generated down that drops what its up created is marked reviewed),
 * and diff never blesses a hand edit of another file in migration.sum.
 */
class GeneratedFilesReviewTest {
    private static final String V1 = "CREATE TABLE customer (id BIGINT PRIMARY KEY);\n";
    private static final String V2 = V1 + "CREATE TABLE orders (id BIGINT PRIMARY KEY);\n";
    private static final String V3 = V2 + "CREATE TABLE items (id BIGINT PRIMARY KEY);\n";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private DiffResult generate(TestDatabase dev, String desired, String name) {
        return new DiffGenerator(CLOCK).generate(new DiffRequest(dev.dataSource(), dev.kind(), desired, "schema.sql",
                new DiffRequest.FromMigrations(), dir, name, true));
    }

    @DatabaseTest
    void generatedDownsAreReviewedAndTheDefaultLintPasses(TestDatabase dev) throws IOException {
        DiffResult first = generate(dev, V1, "customer");
        DiffResult second = generate(dev, V2, "orders");

        assertThat(Files.readString(second.down())).contains(Directives.ALLOW_DESTRUCTIVE, "DROP TABLE");
        assertThat(Files.readString(second.up())).doesNotContain(Directives.ALLOW_DESTRUCTIVE);
        MigrationDirectory directory = MigrationDirectory.load("filesystem:" + dir, null);
        assertThat(new MigrationLint(dev.kind(), MigrationLint.Sides.BOTH, 0).lint(directory)
                .failing(Category.DESTRUCTIVE)).isEmpty();

        // the reviewed rollback runs without allowDestructive
        TestDatabase target = TestDatabases.fresh(dev.kind());
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir).build();
        migrator.up();
        migrator.down();
        assertThat(target.tables()).contains("customer").doesNotContain("orders");
        assertThat(first.down()).exists();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aNewPairDoesNotBlessAHandEditOfAnother(TestDatabase dev) throws IOException {
        DiffResult first = generate(dev, V1, "customer");
        generate(dev, V2, "orders");
        Files.writeString(first.up(), Files.readString(first.up()) + "-- edited by hand\n");
        // diff refuses to replay a directory whose files differ from migration.sum, and records nothing
        assertThatThrownBy(() -> generate(dev, V3, "items")).isInstanceOf(MigrationException.class);

        assertThat(MigrationDirectory.load("filesystem:" + dir, null).integrityProblems())
                .containsExactly(first.up().getFileName() + " changed after migration.sum was written.");
    }
}
