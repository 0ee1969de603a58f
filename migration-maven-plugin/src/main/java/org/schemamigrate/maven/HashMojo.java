package org.schemamigrate.maven;

import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.schemamigrate.core.source.SumFile;

/**
 * Rewrites migration.sum from the directory as it is now: after reviewing a migration file that was added or
 * edited by hand (validate names them). Needs no database.
 */
@Mojo(name = "hash", threadSafe = true)
public class HashMojo extends MigrationMojo {

    @Override
    protected void run() {
        Path directory = dir.toPath();
        SumFile.write(directory);
        getLog().info("Wrote " + directory.resolve(SumFile.FILE_NAME));
    }
}
