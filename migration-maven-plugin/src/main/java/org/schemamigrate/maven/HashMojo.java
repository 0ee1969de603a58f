package org.schemamigrate.maven;

import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.schemamigrate.core.source.SumFile;

/**
 * Rewrites migration.sum from the directory as it is now: after reviewing a migration file that was added or
 * edited by hand (validate names them). Needs no database.
 */
@Mojo(name = "hash", threadSafe = true)
public class HashMojo extends AbstractDirectoryMojo {

    @Override
    protected void run(Path dir) {
        SumFile.write(dir);
        getLog().info("Wrote " + dir.resolve(SumFile.FILE_NAME));
    }
}
