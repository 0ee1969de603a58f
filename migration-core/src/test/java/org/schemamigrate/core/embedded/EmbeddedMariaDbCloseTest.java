package org.schemamigrate.core.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.UrlDataSource;

/**
 * Closing a temporary embedded MariaDB: the server has ended before its directory is removed, and files that vanish
 * while the tree is deleted (a server still dropping tables removed them) are no error.
 */
class EmbeddedMariaDbCloseTest {
    @TempDir
    Path temp;

    @Test
    void closeWaitsForTheServerAndRemovesItsDirectory() throws Exception {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(null);
        Path data;
        long pid;
        try (Connection c = new UrlDataSource(server.jdbcUrl("mysql"), server.user(), "").getConnection();
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE many");
            for (int i = 0; i < 30; i++) {
                s.execute("CREATE TABLE many.t" + i + " (id INT PRIMARY KEY)");
            }
            try (ResultSet rs = s.executeQuery("SELECT @@datadir, @@pid_file")) {
                rs.next();
                data = Path.of(rs.getString(1));
                pid = Long.parseLong(Files.readString(Path.of(rs.getString(2))).strip());
            }
            s.execute("DROP DATABASE many");
        }
        server.close();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("mariadbd has ended").isEmpty();
        assertThat(data.getParent()).as("the temporary directory").doesNotExist();
    }

    @Test
    void filesVanishingWhileTheTreeIsDeletedAreNoError() throws Exception {
        for (int round = 0; round < 5; round++) {
            Path root = temp.resolve("tree" + round);
            List<Path> files = new ArrayList<>();
            for (int d = 0; d < 20; d++) {
                Path dir = Files.createDirectories(root.resolve("data").resolve("db" + d));
                for (int f = 0; f < 100; f++) {
                    files.add(Files.createFile(dir.resolve("t" + f + ".ibd")));
                }
            }
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> files.forEach(f -> f.toFile().delete()));
            Trees.delete(root);
            other.join();
            assertThat(root).doesNotExist();
        }
    }
}
