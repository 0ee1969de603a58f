package org.schemamigrate.maven;

import java.nio.file.Path;
import java.time.Clock;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.schemamigrate.core.source.MigrationWriter;
import org.schemamigrate.core.source.SumFile;

/**
 * Writes an empty up/down pair with the next version (-Dname=add_email) and rewrites migration.sum so that
 * validate knows the pair. Needs no database.
 */
@Mojo(name = "create", threadSafe = true)
public class CreateMojo extends AbstractDirectoryMojo {

    /** The migration's name: letters, digits and underscores (other characters become underscores). */
    @Parameter(property = "name")
    private String name;

    /** timestamp (default: yyyyMMddHHmmss, UTC) or sequence (zero-padded, matching the existing width). */
    @Parameter(property = "migration.versioning", defaultValue = "timestamp")
    private String versioning;

    @Override
    protected void run(Path dir) {
        String pairName = MigrationWriter.normaliseName(name, "-Dname");
        MigrationWriter.WrittenPair pair = new MigrationWriter(Clock.systemUTC()).write(dir, pairName,
                MigrationWriter.Versioning.parse(versioning, "migration.versioning"),
                "-- " + pairName + ": the SQL that applies this change\n",
                "-- " + pairName + ": the SQL that undoes it\n");
        SumFile.write(dir);
        getLog().info("Created " + pair.up());
        getLog().info("Created " + pair.down());
        getLog().info("Updated " + dir.resolve(SumFile.FILE_NAME));
    }
}
