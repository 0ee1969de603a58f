package org.schemamigrate.diff.write;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.lint.Finding;
import org.schemamigrate.core.source.MigrationWriter;
import org.schemamigrate.core.source.SumFile;

/**
 * The write stage: proven pairs become {@code <version>_<name>.up.sql} / {@code .down.sql} files (through the
 * runner's {@link MigrationWriter}, which numbers them), and the directory's sum file is rewritten once after.
 */
public final class PairWriter {

    /** The written files in version order, and the header findings named after the files they are in. */
    public record Written(List<MigrationWriter.WrittenPair> pairs, List<Finding> findings) {
        public Written {
            pairs = List.copyOf(pairs);
            findings = List.copyOf(findings);
        }
    }

    private final Clock clock;

    public PairWriter(Clock clock) {
        this.clock = clock;
    }

    /** Writes {@code pairs} as consecutive versions named {@code name + suffix}; {@code name} is checked first. */
    public Written write(Path directory, String name, boolean sequenceVersions, List<GeneratedPair> pairs) {
        MigrationWriter writer = new MigrationWriter(clock);
        String normalised = MigrationWriter.normaliseName(name, "-Dname");
        MigrationWriter.Versioning versioning = sequenceVersions ? MigrationWriter.Versioning.SEQUENCE
                : MigrationWriter.Versioning.TIMESTAMP;
        List<MigrationWriter.WrittenPair> written = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (GeneratedPair pair : pairs) {
            MigrationWriter.WrittenPair files = writer.write(directory, normalised + pair.suffix(), versioning,
                    pair.up().text(), pair.down().text());
            written.add(files);
            findings.addAll(pair.up().in(files.up().getFileName().toString()));
            findings.addAll(pair.down().in(files.down().getFileName().toString()));
        }
        // only the new pairs: recording the whole directory would bless hand edits of other files
        SumFile.add(directory, written.stream().flatMap(files -> java.util.stream.Stream.of(files.up(),
                files.down())).map(file -> file.getFileName().toString()).toList(), false);
        return new Written(written, findings);
    }
}
