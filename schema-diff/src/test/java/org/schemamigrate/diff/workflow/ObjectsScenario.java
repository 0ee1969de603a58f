package org.schemamigrate.diff.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.SumFile;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.desired.EntityScanner;
import org.schemamigrate.diff.desired.HibernateDdlGenerator;

/**
 * The shared steps of the objects scenarios: a migration directory with migrations written by hand, diffs with the
 * entities of {@code org.schemamigrate.diff.workflow.objects.<version>} or a SQL script as the desired schema, and
 * the generated chain applied up and down on a fresh database, as a user would check it.
 */
final class ObjectsScenario {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    private final Path dir;
    private final DatabaseKind kind;

    ObjectsScenario(Path dir, DatabaseKind kind) {
        this.dir = dir;
        this.kind = kind;
    }

    DiffGenerator generator() {
        return new DiffGenerator(CLOCK);
    }

    /** Adds a pair written by hand (version 20261207090000) and updates the sum file. */
    void byHand(String name, String up, String down) throws IOException {
        Files.writeString(dir.resolve("20261207090000_" + name + ".up.sql"), up);
        Files.writeString(dir.resolve("20261207090000_" + name + ".down.sql"), down);
        SumFile.write(dir);
    }

    DiffRequest sql(TestDatabase dev, String desired, String name) {
        return new DiffRequest(dev.dataSource(), dev.kind(), desired, "schema.sql", new DiffRequest.FromMigrations(),
                dir, name, false);
    }

    DiffRequest entities(TestDatabase dev, String version, String name) {
        ClassLoader loader = getClass().getClassLoader();
        EntityModel model = new EntityModel(List.of("org.schemamigrate.diff.workflow.objects." + version),
                kind, null, "spring", "spring", null);
        String ddl = HibernateDdlGenerator.createDdl(loader, EntityScanner.scan(loader, model.packages()), model);
        return new DiffRequest(dev.dataSource(), dev.kind(), ddl, "1 entity", new DiffRequest.FromMigrations(), dir,
                name, false).fromEntities();
    }

    /** Applies every migration of the directory to a fresh database, checks, reverts the last one, checks. */
    void appliedUpAndDown(Consumer<TestDatabase> afterUp, Consumer<TestDatabase> afterDown) {
        TestDatabase target = TestDatabases.fresh(kind);
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir).allowDestructive(true)
                .build();
        migrator.up();
        afterUp.accept(target);
        migrator.down();
        afterDown.accept(target);
    }

    /**
     * The oracle's database: a fresh one with the directory's migrations older than {@code generatedUp}'s pair and,
     * if given, {@code change} as one more pair written by hand (copied under {@code scratch}).
     */
    TestDatabase migratedBefore(Path generatedUp, String change, Path scratch) throws IOException {
        String version = generatedUp.getFileName().toString().split("_")[0];
        Path copy = Files.createTempDirectory(scratch, "migrations");
        try (Stream<Path> listed = Files.list(dir)) {
            for (Path migration : listed.filter(p -> p.getFileName().toString().endsWith(".sql")
                    && p.getFileName().toString().compareTo(version) < 0).toList()) {
                Files.copy(migration, copy.resolve(migration.getFileName()));
            }
        }
        if (change != null) {
            Files.writeString(copy.resolve("20991231000000_by_hand.up.sql"), change);
            Files.writeString(copy.resolve("20991231000000_by_hand.down.sql"), "SELECT 1;\n");
        }
        SumFile.write(copy);
        TestDatabase db = TestDatabases.fresh(kind);
        Migrator.builder().dataSource(db.dataSource()).directory(copy).allowDestructive(true).build().up();
        return db;
    }
}
