package org.schemamigrate.maven;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.schemamigrate.core.source.MigrationWriter;
import org.schemamigrate.core.source.SumFile;

/**
 * Writes an empty up/down pair with the next version (-Dmigration.name=add_email) and records only that pair in
 * migration.sum, as to be filled in (validate accepts its content until migration:hash). Needs no database.
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
        SumFile.add(directory, List.of(pair.up().getFileName().toString(), pair.down().getFileName().toString()),
                true);
        getLog().info("Created " + pair.up());
        getLog().info("Created " + pair.down());
        getLog().info("Recorded the pair in " + SumFile.FILE_NAME + " as to be filled in; after review, run"
                + " migration:hash to record its content.");
    }
}
