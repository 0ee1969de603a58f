package org.schemamigrate.diff.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.DialectFixtures;
import org.schemamigrate.diff.diff.RenameAnnotations;
import org.schemamigrate.diff.diff.Renames;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.prove.CatalogProof;
import org.schemamigrate.diff.write.HeaderGuardAgreement;

/**
 * The golden proof, one dialect per subclass: for every case directory, {@code from} + up inspects equal to
 * {@code to}, and then + down equal to {@code from}, and the server's own definitions ({@link ServerDump}) agree
 * too; the planned SQL equals the reviewed up.sql/down.sql.
 * Run with {@code -Dgolden.update=true} to rewrite up.sql/down.sql from the planner, then review the git diff.
 * An optional {@code renames.txt} holds {@code migration.renames} entries (one per line or comma-separated,
 * named as in {@code from}), and {@code to.sql} may carry sqldef's {@code @renamed} annotations: up is planned with
 * them, down with their inverse; the convergence checks use none.
 */
// one instance per class so the non-static cases() can read the subclass's source folder
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GoldenProofHarness {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private final Path source;
    private final int minimumCases;
    private final DatabaseKind kind;
    private final DialectFixtures dialect;
    private final ServerDump dump;

    /** {@code minimumCases} guards against cases silently going missing from {@code source}. */
    GoldenProofHarness(Path source, int minimumCases, DatabaseKind kind, DialectFixtures dialect, ServerDump dump) {
        this.source = source;
        this.minimumCases = minimumCases;
        this.kind = kind;
        this.dialect = dialect;
        this.dump = dump;
    }

    /** Dialect-specific checks on each planned script, made before it is applied. */
    protected void checkPlan(Plan plan) {
    }

    Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(source)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void everyCaseHasItsFourReviewedFiles() throws IOException {
        List<String> cases = cases().toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(minimumCases);
        for (String name : cases) {
            for (String file : List.of("from.sql", "to.sql", "up.sql", "down.sql")) {
                assertThat(source.resolve(name).resolve(file)).as(name + "/" + file).exists();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upAndDownConverge(String name) {
        Path dir = source.resolve(name);
        TestDatabase db = TestDatabases.fresh(kind);
        TestDatabase target = TestDatabases.fresh(kind);
        dialect.run(db, read(dir.resolve("from.sql")));
        dialect.run(target, read(dir.resolve("to.sql")));
        Schema from = dialect.inspect(db);
        Schema to = dialect.inspect(target);
        List<String> fromDump = dump.of(db);
        List<String> toDump = dump.of(target);
        Set<String> outliving = new HashSet<>(dump.tables(fromDump));
        outliving.retainAll(dump.tables(toDump));

        assertThat(dialect.diff(from, dialect.inspect(db))).as("the same schema inspected twice").isEmpty();
        assertThat(dialect.diff(from, from)).as("from against itself").isEmpty();
        assertThat(dialect.diff(to, to)).as("to against itself").isEmpty();

        // as migration:diff does with a SQL desired schema: the setting and to.sql's @renamed annotations
        Renames renames = RenameAnnotations.resolve(read(dir.resolve("to.sql")), kind, from,
                Renames.parse(read(dir.resolve("renames.txt")).replace('\n', ',')));
        Plan up = dialect.plan(from, to, renames);
        assertGolden(dir.resolve("up.sql"), up);
        checkPlan(up);
        HeaderGuardAgreement.assertAgree(kind, up, name + "/up.sql");
        dialect.apply(db, up);
        assertConverged(dialect.inspect(db), to, "from + up.sql against to");
        assertSameDump(dump.of(db), toDump, outliving, "from + up.sql against to.sql run directly");

        Plan down = dialect.plan(to, from, renames.inverse());
        assertGolden(dir.resolve("down.sql"), down);
        checkPlan(down);
        HeaderGuardAgreement.assertAgree(kind, down, name + "/down.sql");
        dialect.apply(db, down);
        assertConverged(dialect.inspect(db), from, "from + up.sql + down.sql against from");
        assertSameDump(dump.of(db), fromDump, outliving, "from + up.sql + down.sql against from.sql");

        assertThat(dialect.plan(to, from, renames.inverse()).script()).as("planning is deterministic")
                .isEqualTo(down.script());
    }

    private void assertConverged(Schema actual, Schema expected, String what) {
        Plan residual = dialect.plan(actual, expected);
        assertThat(residual.script()).as(what + ": residual difference").isEmpty();
    }

    /**
     * The server's own definitions, not our inspector, must agree too, up to the known equivalences (README,
     * "Known equivalences"; {@link CatalogProof#spelledAlike}).
     */
    private void assertSameDump(List<String> actual, List<String> expected, Set<String> outliving, String what) {
        assertThat(alike(dump.comparable(actual, outliving))).as(what + ": the server's own definitions")
                .containsExactlyElementsOf(alike(dump.comparable(expected, outliving)));
    }

    private static List<String> alike(List<String> dump) {
        return dump.stream().map(CatalogProof::spelledAlike).sorted().toList();
    }

    private static void assertGolden(Path file, Plan plan) {
        String script = plan.script();
        if (UPDATE) {
            write(file, script);
        }
        assertThat(script).as("planned %s (rewrite with -Dgolden.update=true, then review)", file)
                .isEqualTo(read(file).replace("\r\n", "\n"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
