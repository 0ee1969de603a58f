package org.schemamigrate.maven;

import java.nio.file.Path;
import java.time.Clock;
import org.apache.maven.plugins.annotations.Mojo;
import org.schemamigrate.core.source.MigrationWriter;
import org.schemamigrate.core.source.SumFile;

/**
 * Writes an empty up/down pair with the next version (-Dmigration.name=add_email) and rewrites migration.sum so
 * that validate knows the pair. Needs no database.
 */
@Mojo(name = "create", threadSafe = true)
public class CreateMojo extends MigrationMojo {

    @Override
    protected void run() {
        String pairName = MigrationWriter.normaliseName(name, "-Dmigration.name");
        MigrationWriter.Versioning numbering = MigrationWriter.Versioning.parse(versioning, "migration.versioning");
        Path directory = dir.toPath();
        MigrationWriter.WrittenPair pair = new MigrationWriter(Clock.systemUTC()).write(directory, pairName,
                numbering, "-- " + pairName + ": the SQL that applies this change\n",
                "-- " + pairName + ": the SQL that undoes it\n");
        SumFile.write(directory);
        getLog().info("Created " + pair.up());
        getLog().info("Created " + pair.down());
        getLog().info("Updated " + directory.resolve(SumFile.FILE_NAME));
    }
}
