package org.schemamigrate.diff.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * Hibernate's create script vs the generated migrations on PostgreSQL, judged by the server's own deparsers; in the
 * {@code pg-dump} profile also by {@code pg_dump --schema-only} ({@code -Doracle.pgDump=<path>} for a given tool).
 */
class PostgresHibernateOracleTest {
    @TempDir
    Path dir;

    @Test
    void everyGenerationMigratesToWhatHibernatesCreateScriptMakes() {
        List<String> ups = new HibernateOracle(DatabaseKind.POSTGRESQL, PostgresCatalogDump::withPgDumpWhenAsked,
                TestDatabase::dataSource,
                PostgresCatalogDump::withoutColumnPositions).run(dir);

        assertThat(ups.get(0)).contains("CREATE CAST (character varying AS \"mood\") WITH INOUT AS IMPLICIT");
        assertThat(ups.get(1)).contains("ALTER TYPE \"mood\" ADD VALUE 'EXCITED'");
        assertThat(ups.get(2)).contains("DROP CAST (character varying AS \"mood\")", "DROP TYPE \"mood\"",
                "RENAME COLUMN \"phone\" TO \"mobile\"");
    }

    @Test
    void theNamedEnumComesWithHibernatesImplicitCasts() {
        assertThat(HibernateOracle.createScript(HibernateOracle.MODEL + "gen1", DatabaseKind.POSTGRESQL))
                .contains("create cast (varchar as Mood) with inout as implicit");
    }
}
