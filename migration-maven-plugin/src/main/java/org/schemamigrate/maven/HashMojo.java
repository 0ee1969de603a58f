package org.schemamigrate.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.source.SumFile;

/**
 * Records the directory as it is now in migration.sum, listing each file it re-hashed: after reviewing a migration
 * file that was added or edited by hand (validate names them). The one goal that blesses edits. Needs no database.
 */
@Mojo(name = "hash", threadSafe = true)
public class HashMojo extends MigrationMojo {

    @Override
    protected void run() {
        Path directory = dir.toPath();
        SumFile before;
        try {
            before = SumFile.read(directory);
        } catch (MigrationException e) {
            getLog().warn(SumFile.FILE_NAME + " was edited by hand or unreadable: every file is re-hashed.");
            before = null;
        }
        SumFile.write(directory);
        List<String> changes = SumChanges.between(before, SumFile.read(directory));
        getLog().info("Wrote " + directory.resolve(SumFile.FILE_NAME) + (changes.isEmpty()
                ? ": no file changed." : "; re-hashed " + changes.size() + " file(s):"));
        changes.forEach(change -> getLog().info("  " + change));
    }
}
