package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * Everything the runner writes or reports, on success and on failure, grepped for passwords given in the URL
 * and as the password property: events, results, status, exceptions, history and log rows, backup files.
 */
class SecretsGrepTest {
    private static final String URL_SECRET = "UrlS3cretQx";
    private static final String PROPERTY_SECRET = "PropS3cretQx";

    @TempDir
    Path dir;
    @TempDir
    Path backups;

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void noOutputOfTheRunnerContainsAPassword(TestDatabase db) throws IOException {
        // the embedded PostgreSQL trusts local connections, so any password is accepted and then must not show
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "password=" + URL_SECRET;
        List<String> output = new ArrayList<>();
        MigrationFiles files = new MigrationFiles(dir)
                .pair(1, "create_member", "CREATE TABLE member (id INT PRIMARY KEY, phone TEXT);\n"
                        + "INSERT INTO member VALUES (1, '555');", "DROP TABLE member;")
                .pair(2, "drop_phone", "ALTER TABLE member DROP COLUMN phone;",
                        "ALTER TABLE member ADD COLUMN phone TEXT;")
                .pair(3, "broken", "SELECT no_such_column FROM member;", null);
        Migrator migrator = Migrator.builder().url(url, db.user(), PROPERTY_SECRET).directory(dir)
                .allowDestructive(true).backupDirectory(backups).listener(e -> output.add(e.toString())).build();

        output.add(migrator.upTo(2).toString());
        output.add(migrator.status().toString());
        try {
            migrator.up();
        } catch (MigrationException e) {
            output.add(e.getMessage());
            output.add(String.valueOf(e.getCause()));
        }
        output.add(migrator.validate().describe());
        try {
            Migrator.builder().url(url.replace("jdbc:postgresql:", "jdbc:postgres:"), db.user(), PROPERTY_SECRET)
                    .directory(dir).build().status();
        } catch (MigrationException e) {
            output.add(e.getMessage());
            output.add(String.valueOf(e.getCause()));
        }
        output.addAll(db.rows("SELECT * FROM migration_history").stream().map(Object::toString).toList());
        output.addAll(db.rows("SELECT * FROM migration_history_log").stream().map(Object::toString).toList());
        output.addAll(db.rows("SELECT * FROM migration_history_batch").stream().map(Object::toString).toList());
        try (Stream<Path> saved = Files.walk(backups)) {
            for (Path file : saved.filter(Files::isRegularFile).toList()) {
                output.add(Files.readString(file));
            }
        }

        String all = String.join("\n", output);
        assertThat(all).contains("drop_phone").contains("no_such_column");
        assertThat(all).doesNotContain(URL_SECRET).doesNotContain(PROPERTY_SECRET);
    }
}
