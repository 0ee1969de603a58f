package org.schemamigrate.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.embedded.EmbeddedPostgres;

/**
 * What the goal tests share: one embedded PostgreSQL per test class, and per test a fresh database and a directory
 * of two migrations (customers, orders); goals configured as Maven would with MigrationParameters' defaults.
 */
abstract class EmbeddedPostgresGoalTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    static EmbeddedPostgres server;

    @TempDir
    Path temp;
    Path dir;
    String url;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgres.start(null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshDatabaseAndTwoMigrations() throws Exception {
        String database = "goal" + DATABASES.incrementAndGet();
        server.createDatabase(database);
        url = server.jdbcUrl(database);
        dir = Files.createDirectories(temp.resolve("migrations"));
        Files.writeString(dir.resolve("0001_customers.up.sql"), "CREATE TABLE customers (id int PRIMARY KEY);\n");
        Files.writeString(dir.resolve("0001_customers.down.sql"), "DROP TABLE customers;\n");
        Files.writeString(dir.resolve("0002_orders.up.sql"), "CREATE TABLE orders (id int PRIMARY KEY);\n");
        Files.writeString(dir.resolve("0002_orders.down.sql"), "DROP TABLE orders;\n");
    }

    /** A goal with the defaults of MigrationParameters, pointed at this test's database and directory. */
    <T extends MigrationMojo> T goal(T mojo) {
        mojo.dir = dir.toFile();
        mojo.url = url;
        mojo.user = server.user();
        mojo.sandboxDir = temp.resolve("sandbox").toFile();
        mojo.javaPackages = "db.migration";
        mojo.backupDir = temp.resolve("backups").toFile();
        mojo.preChecks = true;
        mojo.format = "text";
        mojo.failOn = "destructive";
        mojo.direction = "both";
        mojo.versioning = "timestamp";
        mojo.from = "migrations";
        mojo.ddlLockTimeout = "5s";
        mojo.setLog(new CapturingLog(false));
        return mojo;
    }

    static String log(MigrationMojo mojo) {
        return ((CapturingLog) mojo.getLog()).text();
    }
}
