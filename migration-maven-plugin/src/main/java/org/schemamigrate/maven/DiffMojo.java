package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;

/**
 * Compares the entities with the schema the migrations produce and writes the proven pair
 * {@code <version>_<name>.up.sql} / {@code .down.sql}, plus migration.sum. Compiles the project first.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class DiffMojo extends AbstractDiffMojo {

    /** The name of the new migration, e.g. add_email (lower-case letters, digits, underscores). */
    @Parameter(property = "name")
    private String name;

    /** How the new version is numbered: timestamp (yyyyMMddHHmmss UTC, default) or sequence. */
    @Parameter(property = "migration.versioning", defaultValue = "timestamp")
    private String versioning;

    /**
     * Tables and columns to rename rather than drop and add, which keeps their data: comma-separated entries,
     * old:new for a table and table.old:new for a column (the table as it is now, or its new name when it is
     * renamed too), e.g. library_item:book,book.isbn:isbn13. Down renames them back.
     */
    @Parameter(property = "migration.renames")
    private String renames;

    @Override
    protected String renames() {
        return renames;
    }

    @Override
    protected String migrationName() {
        if (name == null || name.isBlank()) {
            throw new ConfigurationException("migration:diff needs a name for the new migration: -Dname=add_email.");
        }
        return name;
    }

    @Override
    protected boolean sequenceVersions() {
        return org.schemamigrate.core.source.MigrationWriter.Versioning.parse(versioning, "migration.versioning")
                == org.schemamigrate.core.source.MigrationWriter.Versioning.SEQUENCE;
    }

    @Override
    protected void report(DiffGenerator generator, DiffRequest request) {
        DiffResult result = generator.generate(request);
        if (result.upToDate()) {
            getLog().info("Schema is up to date: the migrations already produce the desired schema. Nothing written.");
            return;
        }
        getLog().info("Proven on the dev database (up reaches the desired schema, down returns exactly). Wrote:");
        result.pairs().forEach(pair -> {
            getLog().info("  " + pair.up());
            getLog().info("  " + pair.down());
        });
        if (result.pairs().size() > 1) {
            getLog().info("The second pair runs outside a transaction (-- migration:no-transaction): its index"
                    + " changes are CONCURRENTLY.");
        }
        getLog().info("Steps:");
        describe(result).forEach(getLog()::info);
        if (result.findings().isEmpty()) {
            getLog().info("Findings: none.");
        } else {
            getLog().warn("Findings (also listed in the files' headers), review them before committing:");
            describeFindings(result).forEach(getLog()::warn);
        }
        warnPossibleRenames(result);
        if (result.upPlan().canLoseData() || result.downPlan().canLoseData()) {
            getLog().warn("Some steps can lose data (listed in the files' headers): review them before committing.");
        }
    }
}
