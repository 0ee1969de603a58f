package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.source.MigrationDirectory;

/**
 * The example application's migrations, as migration:diff wrote them, pass the default migration:lint (each
 * generated down carries its reviewed directive) and match their migration.sum.
 */
class ExamplesLintTest {
    private static final Path EXAMPLES = Path.of("../src-examples/src/main/resources/db/migration");

    @Test
    void theDefaultLintPassesOnTheExamples() throws Exception {
        LintMojo lint = new LintMojo();
        lint.dir = EXAMPLES.toFile();
        lint.failOn = "destructive";
        lint.direction = "both";
        lint.format = "text";
        lint.setLog(new CapturingLog(false));
        lint.execute();
        assertThat(((CapturingLog) lint.getLog()).text()).contains("SM102 destructive (reviewed)");
    }

    @Test
    void theExamplesMatchTheirSumFile() {
        assertThat(MigrationDirectory.load("filesystem:" + EXAMPLES, null).integrityProblems()).isEmpty();
    }
}
