package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.javamigrations.registered.FailingFix;
import org.schemamigrate.core.javamigrations.registered.MarkerOnly;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

class JavaMigrationTest {
    private static final String PACKAGE = "org.schemamigrate.core.javamigrations";

    @TempDir
    Path dir;

    private MigrationFiles sqlAroundTheBackfill() {
        return new MigrationFiles(dir)
                .pair(1, "create_customer", "CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(50),"
                        + " email VARCHAR(100));\nINSERT INTO customer (id, name) VALUES (1, 'ann'), (2, 'bob');",
                        "DROP TABLE customer;")
                .pair(3, "email_not_null", "ALTER TABLE customer ADD CONSTRAINT email_set CHECK (email IS NOT NULL);",
                        "ALTER TABLE customer DROP CONSTRAINT email_set;");
    }

    @DatabaseTest
    void javaMigrationsRunInVersionOrderWithTheSqlFilesAndRollBack(TestDatabase db) {
        Migrator migrator = sqlAroundTheBackfill().migrator(db).javaPackages(PACKAGE).build();

        MigrationResult up = migrator.up();

        assertThat(up.runs()).extracting(MigrationRun::version, MigrationRun::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "create_customer"),
                        org.assertj.core.groups.Tuple.tuple(2L, "backfill_emails"),
                        org.assertj.core.groups.Tuple.tuple(3L, "email_not_null"));
        assertThat(db.rows("SELECT email FROM customer ORDER BY id"))
                .containsExactly(List.of("ann@example.com"), List.of("bob@example.com"));
        assertThat(migrator.status().migrations()).extracting(MigrationStatus::name)
                .containsExactly("create_customer", "backfill_emails", "email_not_null");
        assertThat(migrator.validate().describe()).isEqualTo("The migration directory and the database agree.");

        migrator.down(2);

        assertThat(db.rows("SELECT email FROM customer ORDER BY id")).containsExactly(
                java.util.Arrays.asList((String) null), java.util.Arrays.asList((String) null));
        assertThat(migrator.version().version()).isEqualTo(1);
    }

    @DatabaseTest
    void aDryRunListsTheJavaClassInsteadOfSql(TestDatabase db) {
        MigrationResult dry = sqlAroundTheBackfill().migrator(db).javaPackages(PACKAGE).dryRun(true).build().up();

        assertThat(dry.sql()).contains("-- Java migration: " + PACKAGE + ".V2_backfill_emails.up(Context)");
        assertThat(db.tables()).isEmpty();
    }

    @DatabaseTest
    void aFailingJavaMigrationFollowsTheDatabasesRules(TestDatabase db) {
        Migrator migrator = sqlAroundTheBackfill().migrator(db).javaPackages(PACKAGE)
                .javaMigrations(new FailingFix()).build();

        assertThatThrownBy(migrator::up)
                .hasMessageContaining("Migration 4 failing_fix failed in " + FailingFix.class.getName()
                        + ".up(Context): java.lang.IllegalStateException: the backfill found 3 rows without a country");

        if (db.kind() == DatabaseKind.POSTGRESQL) {
            assertThat(db.rows("SELECT DISTINCT name FROM customer ORDER BY name"))
                    .as("the update was rolled back with the migration").containsExactly(List.of("ann"), List.of("bob"));
            assertThat(migrator.version()).isEqualTo(new VersionInfo(3, "email_not_null", false));
        } else {
            assertThat(migrator.version()).isEqualTo(new VersionInfo(4, "failing_fix", true));
        }
    }

    @DatabaseTest
    void anIrreversibleJavaMigrationStopsDown(TestDatabase db) {
        Migrator migrator = sqlAroundTheBackfill().migrator(db).javaPackages(PACKAGE)
                .javaMigrations(new MarkerOnly()).build();
        migrator.up();

        assertThatThrownBy(migrator::down)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.IRREVERSIBLE))
                .hasMessageContaining("5 marker_only has no down");
        assertThat(migrator.version().version()).isEqualTo(5);
    }

    @DatabaseTest
    void aJavaMigrationWithoutVersionIsRejectedWithTheFix(TestDatabase db) {
        Migrator migrator = sqlAroundTheBackfill().migrator(db).javaMigrations(new JavaMigration() {
            @Override
            public void up(Context context) {
                // never runs: the class has no version
            }
        }).build();

        assertThatThrownBy(migrator::up).hasMessageContaining("has no version")
                .hasMessageContaining("@MigrationVersion");
    }

    @DatabaseTest
    void bumpingTheChecksumOfAnAppliedJavaMigrationIsReported(TestDatabase db) {
        MigrationFiles files = sqlAroundTheBackfill();
        files.migrator(db).javaPackages(PACKAGE).build().up();
        db.execute("UPDATE migration_history SET checksum = 'old' WHERE version = 2");

        assertThat(files.migrator(db).javaPackages(PACKAGE).build().validate().describe())
                .contains("2 backfill_emails was edited after it was applied");
    }
}
