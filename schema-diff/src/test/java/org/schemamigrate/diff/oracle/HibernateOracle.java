package org.schemamigrate.diff.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.sql.DataSource;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.desired.EntityScanner;
import org.schemamigrate.diff.desired.HibernateDdlGenerator;
import org.schemamigrate.diff.diff.Renames;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;

/**
 * The oracle the tool did not write. Per generation of the test model: Hibernate's own create script (from the
 * generator the tool uses) on a fresh database is the reference; the tool's generated up, after the earlier
 * generations' files, on another fresh database must dump identically; its down must dump as the previous
 * generation's reference. The dump is independent of schema-diff's inspector and model.
 */
final class HibernateOracle {
    /**
     * A generation of a model: what names its entity set to the create script (this module's model: a package),
     * the migration name, the renames the user would configure.
     */
    record Generation(String model, String name, Renames renames) {
    }

    static final String MODEL = "org.schemamigrate.diff.oracle.";
    static final List<Generation> GENERATIONS = List.of(
            new Generation(MODEL + "gen1", "create_shop", Renames.none()),
            new Generation(MODEL + "gen2", "change_shop", Renames.none()),
            new Generation(MODEL + "gen3", "drop_and_rename", Renames.parse("customer.phone:mobile")));

    private final DatabaseKind kind;
    private final Function<TestDatabase, List<String>> dump;
    private final Function<TestDatabase, DataSource> driver;
    private final BiFunction<List<String>, Set<String>, List<String>> placeless;
    private BiFunction<String, DatabaseKind, String> createScript = HibernateOracle::createScript;

    /**
     * @param dump   the independent dump of a database
     * @param driver how the tool reaches a database (the MariaDB server through mysql-connector-j, say)
     * @param placeless the dump with the column positions of the given (surviving) tables left out, where the
     *                  server cannot place a column; the identity where it can
     */
    HibernateOracle(DatabaseKind kind, Function<TestDatabase, List<String>> dump,
                    Function<TestDatabase, DataSource> driver,
                    BiFunction<List<String>, Set<String>, List<String>> placeless) {
        this.kind = kind;
        this.dump = dump;
        this.driver = driver;
        this.placeless = placeless;
    }

    /** Hibernate's create script for a generation; its {@code postgres} subpackage only for PostgreSQL. */
    static String createScript(String packageName, DatabaseKind kind) {
        ClassLoader loader = HibernateOracle.class.getClassLoader();
        List<String> classes = EntityScanner.scan(loader, List.of(packageName)).stream()
                .filter(name -> kind == DatabaseKind.POSTGRESQL || !name.startsWith(packageName + ".postgres."))
                .toList();
        return HibernateDdlGenerator.createDdl(loader, classes,
                new EntityModel(List.of(packageName), kind, null, "spring", "spring", null));
    }

    /** The same oracle with the create script of another Hibernate (a project's own, say). */
    HibernateOracle withCreateScript(BiFunction<String, DatabaseKind, String> script) {
        this.createScript = script;
        return this;
    }

    /** Runs every generation of this module's model in turn in {@code directory}; returns the up files' texts. */
    List<String> run(Path directory) {
        return run(directory, GENERATIONS);
    }

    /** Runs {@code generations} in turn in {@code directory}; returns the up files' texts for further checks. */
    List<String> run(Path directory, List<Generation> generations) {
        List<String> previous = dump.apply(TestDatabases.fresh(kind));
        List<String> ups = new ArrayList<>();
        int step = 0;
        for (Generation generation : generations) {
            step++;
            String script = createScript.apply(generation.model(), kind);
            previous = generation("generation " + step, script, generation, directory, previous, ups);
            assertThat(ups).as("generation %s wrote an up file", step).hasSize(step);
        }
        return ups;
    }

    /**
     * One generation over a directory that already holds migrations (an application's committed ones): they and
     * the diff generated now to {@code script} must dump as {@code script} on a fresh database. Returns the up
     * file written, or null when the directory was already up to date.
     */
    String runOver(Path directory, String script, String name) {
        TestDatabase current = TestDatabases.fresh(kind);
        Migrator.builder().dataSource(driver.apply(current)).directory(directory).build().up();
        List<String> ups = new ArrayList<>();
        generation(name, script, new Generation(null, name, Renames.none()), directory, dump.apply(current), ups);
        return ups.isEmpty() ? null : ups.get(0);
    }

    /** Diffs to {@code script}, applies all, compares; down (when a file was written) must give previous. */
    private List<String> generation(String label, String script, Generation generation, Path directory,
                                    List<String> previous, List<String> ups) {
        TestDatabase reference = TestDatabases.fresh(kind);
        reference.executeScript(script);
        List<String> expected = dump.apply(reference);

        DiffResult result = new DiffGenerator(Clock.fixed(Instant.parse("2026-12-07T04:00:00Z"), ZoneOffset.UTC))
                .generate(new DiffRequest(driver.apply(TestDatabases.fresh(kind)), kind, script,
                        generation.name(), new DiffRequest.FromMigrations(), directory, generation.name(), true,
                        generation.renames(), null, null));
        if (result.up() != null) {
            ups.add(read(result.up()));
        }

        TestDatabase migrated = TestDatabases.fresh(kind);
        Migrator migrator = Migrator.builder().dataSource(driver.apply(migrated))
                .directory(directory).allowDestructive(true).build();
        Set<String> surviving = tables(previous);
        migrator.up();
        assertThat(placeless.apply(dump.apply(migrated), surviving)).as("%s: the migrated database dumps as"
                + " Hibernate's create script", label).containsExactlyElementsOf(placeless.apply(expected, surviving));
        if (result.up() != null) {
            surviving = tables(expected);
            migrator.down(1);
            assertThat(placeless.apply(dump.apply(migrated), surviving)).as("%s: down returns to the previous"
                    + " schema", label).containsExactlyElementsOf(placeless.apply(previous, surviving));
        }
        return expected;
    }

    /** The tables of a dump, whichever oracle made it. */
    private static Set<String> tables(List<String> dump) {
        Set<String> tables = new java.util.HashSet<>(PostgresCatalogDump.tables(dump));
        tables.addAll(MariaDbDump.tables(dump));
        return tables;
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
