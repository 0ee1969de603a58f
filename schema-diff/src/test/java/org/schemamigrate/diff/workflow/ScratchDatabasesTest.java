package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.inspect.ScratchSpace;

/**
 * Replay and the desired schema run in scratch databases, so schema-qualified names, extensions, several schemas
 * and statements outside a transaction replay exactly; scratch schemas are the fallback without CREATEDB.
 */
class ScratchDatabasesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T04:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private void migration(String version, String up, String down) throws Exception {
        Files.writeString(dir.resolve(version + "_m.up.sql"), up);
        Files.writeString(dir.resolve(version + "_m.down.sql"), down);
    }

    private DiffResult check(TestDatabase dev, String desired) {
        return new DiffGenerator(CLOCK).check(new DiffRequest(dev.dataSource(), dev.kind(), desired, "schema.sql",
                new DiffRequest.FromMigrations(), dir, "check", false));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void qualifiedNamesExtensionsSchemasAndConcurrentIndexesReplayExactly(TestDatabase dev) throws Exception {
        List<String> available = dev.rows("SELECT name FROM pg_available_extensions WHERE name IN"
                + " ('citext', 'hstore', 'pgcrypto', 'pg_trgm') ORDER BY name").stream().map(r -> r.get(0)).toList();
        assertThat(available).as("a contrib extension on the embedded server").isNotEmpty();
        String extension = available.get(0);
        dev.execute("CREATE EXTENSION \"" + extension + "\"");   // already in the dev database: no clash
        migration("1", "CREATE EXTENSION \"" + extension + "\";\nCREATE TABLE public.c (id int PRIMARY KEY);\n"
                + "CREATE SCHEMA audit;\nCREATE TABLE audit.log (id int PRIMARY KEY);\n",
                "DROP SCHEMA audit CASCADE;\nDROP TABLE public.c;\nDROP EXTENSION \"" + extension + "\";\n");

        DiffResult result = check(dev, "CREATE EXTENSION \"" + extension + "\";\n"
                + "CREATE TABLE public.c (id int PRIMARY KEY, name text);\n"
                + "CREATE INDEX CONCURRENTLY c_name_idx ON c (name);\n"
                + "CREATE SCHEMA audit;\nCREATE TABLE audit.log (id int PRIMARY KEY);\n");

        assertThat(result.upPlan().script()).contains("ADD COLUMN \"name\"", "c_name_idx")
                .doesNotContain("CREATE TABLE");
        assertThat(result.scratchLimitation()).isNull();
        assertThat(dev.rows("SELECT datname FROM pg_database WHERE datname LIKE 'sm\\_%'")).isEmpty();
        assertThat(dev.rows("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sm\\_%'")).isEmpty();
        assertThat(dev.tables()).as("nothing replayed into the dev database itself").doesNotContain("c");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void scratchDatabasesTakeTheEncodingAndLocaleAndAreDroppedAfterAFailure(TestDatabase dev) {
        try (ScratchSpace scratch = new ScratchSpace(dev.dataSource(), DatabaseKind.POSTGRESQL)) {
            String space = scratch.create("probe");
            assertThat(scratch.limitation()).isNull();
            assertThat(dev.rows("SELECT pg_encoding_to_char(encoding), datcollate FROM pg_database WHERE datname = '"
                    + space + "'")).isEqualTo(dev.rows("SELECT pg_encoding_to_char(encoding), datcollate"
                    + " FROM pg_database WHERE datname = current_database()"));
        }
        assertThatThrownBy(() -> check(dev, "CREATE TABLE t (id int PRIMARY KEY);\nCREATE TABLE broken (;\n"))
                .isInstanceOf(MigrationException.class);
        assertThat(dev.rows("SELECT datname FROM pg_database WHERE datname LIKE 'sm\\_%'")).isEmpty();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void withoutCreatedbScratchSchemasServeAndSayWhatTheyCannotReplay(TestDatabase dev) throws Exception {
        String role = "nocreatedb_" + dev.name();
        dev.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'pw' NOCREATEDB",
                "GRANT CREATE ON DATABASE \"" + dev.name() + "\" TO " + role,
                "GRANT ALL ON SCHEMA public TO " + role);
        UrlDataSource limited = new UrlDataSource(dev.url(), role, "pw");
        try (ScratchSpace scratch = new ScratchSpace(limited, DatabaseKind.POSTGRESQL)) {
            scratch.create("probe");
            assertThat(scratch.limitation()).isNotNull();
            assertThat(scratch.schemaOf("sm_x")).isEqualTo("sm_x");
        }
        migration("1", "CREATE TABLE public.c (id int PRIMARY KEY);\n", "DROP TABLE public.c;\n");
        DiffRequest request = new DiffRequest(limited, DatabaseKind.POSTGRESQL,
                "CREATE TABLE c (id int PRIMARY KEY);", "schema.sql", new DiffRequest.FromMigrations(), dir, "check",
                false);

        // public.c lands in the dev database's public schema, not the scratch one: the fallback cannot replay it
        DiffResult result = new DiffGenerator(CLOCK).check(request);
        assertThat(result.upPlan().script()).contains("CREATE TABLE \"c\"");
        assertThat(result.scratchLimitation()).as("said in the output").isNotNull();
        assertThat(dev.rows("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sm\\_%'")).isEmpty();
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aFailedReplayNeverSuggestsForce(TestDatabase dev) throws Exception {
        migration("1", "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE a (id int PRIMARY KEY);\n",
                "DROP TABLE a;\n");

        assertThatThrownBy(() -> check(dev, "CREATE TABLE a (id int PRIMARY KEY);"))
                .isInstanceOf(MigrationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainIgnoringCase("force"));
        assertThat(dev.rows("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'sm\\_%'"))
                .isEmpty();
    }
}
