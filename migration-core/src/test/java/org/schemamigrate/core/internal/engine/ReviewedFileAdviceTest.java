package org.schemamigrate.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.Directives;
import org.schemamigrate.core.source.SumFile;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * A refused destructive migration offers to mark the reviewed file. In a directory with a migration.sum (every
 * generated one has it) that edit alone is refused next as "changed after migration.sum was written": the advice
 * says to hash too, and followed literally it lets the migration run.
 */
class ReviewedFileAdviceTest {
    @TempDir
    Path dir;

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void markingTheReviewedFileAsTheRefusalSaysLetsItRun(TestDatabase db) throws IOException {
        Files.writeString(dir.resolve("1_create_customer.up.sql"),
                "CREATE TABLE customer (id INT PRIMARY KEY, email VARCHAR(200));\n");
        Files.writeString(dir.resolve("1_create_customer.down.sql"), "DROP TABLE customer;\n");
        Files.writeString(dir.resolve("2_drop_email.up.sql"), "ALTER TABLE customer DROP COLUMN email;\n");
        Files.writeString(dir.resolve("2_drop_email.down.sql"), "ALTER TABLE customer ADD COLUMN email TEXT;\n");
        SumFile.write(dir);
        migrator(db).up(1);

        assertThatThrownBy(migrator(db)::up).isInstanceOfSatisfying(MigrationException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.DESTRUCTIVE_REFUSED);
            assertThat(e.getMessage()).contains(Directives.ALLOW_DESTRUCTIVE, DestructiveGuard.MARKED_THEN_HASH);
        });
        Path up = dir.resolve("2_drop_email.up.sql");
        Files.writeString(up, Directives.ALLOW_DESTRUCTIVE + "\n" + Files.readString(up));
        assertThatThrownBy(migrator(db)::up).as("marked but not hashed")
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED));
        SumFile.write(dir); // what migration:hash does

        assertThat(migrator(db).up().after().version()).isEqualTo(2);
        assertThat(db.rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'customer'"))
                .hasSize(1);
    }

    private Migrator migrator(TestDatabase db) {
        return Migrator.builder().dataSource(db.dataSource()).directory(dir).lockTimeout(Duration.ofSeconds(30))
                .build();
    }
}
