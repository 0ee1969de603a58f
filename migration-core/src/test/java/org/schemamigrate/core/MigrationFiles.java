package org.schemamigrate.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.testing.TestDatabase;

/** A temporary migration directory that tests write pairs into. */
final class MigrationFiles {
    final Path dir;

    MigrationFiles(Path dir) {
        this.dir = dir;
    }

    MigrationFiles pair(long version, String name, String up, String down) {
        write(version + "_" + name + ".up.sql", up);
        if (down != null) {
            write(version + "_" + name + ".down.sql", down);
        }
        return this;
    }

    MigrationFiles write(String fileName, String content) {
        try {
            Files.writeString(dir.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * A migrator that may run destructive statements: most tests roll back with downs that drop tables, and
     * are about other things. DestructiveGuardTest builds its migrators with {@link #guarded}.
     */
    Migrator.Builder migrator(TestDatabase db) {
        return guarded(db).allowDestructive(true);
    }

    /** A migrator with the default guard: destructive statements are refused unless their file allows them. */
    Migrator.Builder guarded(TestDatabase db) {
        return Migrator.builder().dataSource(db.dataSource()).directory(dir).lockTimeout(java.time.Duration.ofSeconds(30));
    }

    /** Three migrations that build two tables and a column, each reversible. */
    MigrationFiles standardThree() {
        return pair(1, "create_customer", "CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100));",
                "DROP TABLE customer;")
                .pair(2, "create_orders", """
                        CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL);
                        -- a comment between statements
                        INSERT INTO orders (id, customer_id) VALUES (1, 1);
                        """, "DROP TABLE orders;")
                .pair(3, "add_email", "ALTER TABLE customer ADD COLUMN email VARCHAR(200);",
                        "ALTER TABLE customer DROP COLUMN email;");
    }

    static boolean isSucceeded(MigrationEvent event) {
        return event instanceof MigrationEvent.MigrationSucceeded;
    }
}
