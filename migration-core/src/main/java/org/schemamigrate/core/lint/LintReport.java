package org.schemamigrate.core.lint;

import java.util.List;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * What {@link MigrationLint} found: every linted file with its findings, in version order, up before down.
 *
 * @param migrations how many migrations were linted (each with its up and/or down file)
 */
public record LintReport(DatabaseKind kind, String directory, int migrations, List<FileReport> files) {

    public LintReport {
        files = List.copyOf(files);
    }

    /**
     * One file. {@code reviewed}: the file carries {@code -- migration:allow-destructive}, so its destructive
     * findings are shown but never fail the lint (nor stop up/down).
     */
    public record FileReport(long version, String file, Direction direction, boolean reviewed,
                             List<Finding> findings) {
        public FileReport {
            findings = List.copyOf(findings);
        }

        /** True for a destructive finding in a reviewed file. */
        public boolean reviewed(Finding finding) {
            return reviewed && finding.category() == Category.DESTRUCTIVE;
        }
    }

    /** The findings at or above {@code failOn} that were not reviewed; none when {@code failOn} is null. */
    public List<Finding> failing(Category failOn) {
        if (failOn == null) {
            return List.of();
        }
        return files.stream().flatMap(f -> f.findings().stream().filter(x -> !f.reviewed(x)))
                .filter(x -> x.category().atLeast(failOn)).toList();
    }

    public int findingCount() {
        return files.stream().mapToInt(f -> f.findings().size()).sum();
    }

    /**
     * The threshold of {@code migration.failOn}: a category label, or "none" (null: only report).
     */
    public static Category failOn(String text, String setting) {
        if (text == null || text.isBlank()) {
            return Category.DESTRUCTIVE;
        }
        if (text.strip().equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return Category.parse(text, setting);
        } catch (MigrationException e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, e.getMessage().replace("; got", ", or none (only"
                    + " report); got"));
        }
    }
}
