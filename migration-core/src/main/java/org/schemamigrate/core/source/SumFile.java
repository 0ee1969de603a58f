package org.schemamigrate.core.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * {@code migration.sum}: one checksum per migration file, checked by validate. migration:diff and
 * migration:create add their own pair only; migration:hash is the one writer that records edits. It catches a migration file edited, added or deleted by hand after
 * the directory was last hashed (for example two branches that each generated a migration), before it
 * reaches a database. Checksums are those of {@link Checksums}: line endings and a BOM do not count.
 */
public final class SumFile {
    public static final String FILE_NAME = "migration.sum";
    private static final String HEADER = "# written by schemamigrate (migration:diff, migration:create, migration:hash);"
            + " checked by validate. Do not edit: run migration:hash.";
    private static final String TOTAL = "h1:";
    /**
     * The checksum recorded for a file migration:create wrote empty: it is meant to be filled in, so any content
     * matches until migration:hash records the reviewed one.
     */
    public static final String TO_BE_FILLED_IN = "to-be-filled-in";

    private final Map<String, String> checksums;

    private SumFile(Map<String, String> checksums) {
        this.checksums = checksums;
    }

    /** The sum of a directory's migration files as they are now. */
    public static SumFile of(MigrationDirectory directory) {
        Map<String, String> sums = new TreeMap<>();
        for (Migration m : directory.migrations()) {
            if (m.up().isJava()) {
                continue;
            }
            sums.put(m.up().fileName(), m.up().checksum());
            if (m.down() != null) {
                sums.put(m.down().fileName(), m.down().checksum());
            }
        }
        return new SumFile(sums);
    }

    /** Parses a sum file's text; a malformed line names the file and the fix. */
    public static SumFile parse(String text, String location) {
        Map<String, String> sums = new LinkedHashMap<>();
        String total = null;
        String[] lines = Checksums.normalise(text).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(TOTAL) && total == null) {
                total = line.substring(TOTAL.length());
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, location + " line " + (i + 1)
                        + " is not '<file> <checksum>'. Rewrite the file with migration:hash.");
            }
            sums.put(parts[0], parts[1]);
        }
        SumFile sum = new SumFile(sums);
        if (total == null || !total.equals(sum.total())) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, location + " was edited by hand (its total"
                    + " checksum does not match its lines; a merge conflict resolved in the file does this)."
                    + " Review the migration files, then rewrite it with migration:hash.");
        }
        return sum;
    }

    private String total() {
        StringBuilder all = new StringBuilder();
        checksums.forEach((file, sum) -> all.append(file).append(' ').append(sum).append('\n'));
        return Checksums.sha256(all.toString());
    }

    public String render() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append(TOTAL).append(total()).append('\n');
        checksums.forEach((file, sum) -> sb.append(file).append(' ').append(sum).append('\n'));
        return sb.toString();
    }

    /** Writes {@code migration.sum} for the directory at {@code dir}, whatever the old one said. */
    public static void write(Path dir) {
        store(dir, current(dir));
    }

    private static SumFile current(Path dir) {
        List<MigrationDirectory.SourceFile> files = MigrationLocation.of(dir).read(null).stream()
                .filter(f -> !f.fileName().equals(FILE_NAME)).toList();
        return of(MigrationDirectory.of(dir.toString(), files));
    }

    private static void store(Path dir, SumFile sum) {
        try {
            Files.writeString(dir.resolve(FILE_NAME), sum.render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Cannot write " + dir.resolve(FILE_NAME)
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Records {@code files} of {@code dir} in its migration.sum and leaves every other line as it was, so that
     * writing a new pair never blesses a hand edit of another file. With {@code toBeFilledIn} the files are
     * recorded as {@link #TO_BE_FILLED_IN}. Without a migration.sum, the whole directory's is written.
     */
    public static void add(Path dir, List<String> files, boolean toBeFilledIn) {
        SumFile recorded = read(dir);
        if (recorded == null) {
            write(dir);
            return;
        }
        SumFile now = toBeFilledIn ? null : current(dir);
        Map<String, String> sums = new TreeMap<>(recorded.checksums);
        for (String file : files) {
            sums.put(file, toBeFilledIn ? TO_BE_FILLED_IN : now.checksums.get(file));
        }
        store(dir, new SumFile(sums));
    }

    /** File name → recorded checksum (or {@link #TO_BE_FILLED_IN}), in file order. */
    public Map<String, String> entries() {
        return java.util.Collections.unmodifiableMap(checksums);
    }

    /** The directory's migration.sum as recorded; null when it has none. */
    public static SumFile read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Cannot read " + file + ": " + e.getMessage(),
                    e);
        }
    }

    /** What differs between this (recorded) sum and the directory now; one message per file, with the fix. */
    public List<String> differences(SumFile now) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> recorded : checksums.entrySet()) {
            String current = now.checksums.get(recorded.getKey());
            if (current == null) {
                problems.add(recorded.getKey() + " is listed in " + FILE_NAME + " but no longer exists.");
            } else if (!current.equals(recorded.getValue()) && !TO_BE_FILLED_IN.equals(recorded.getValue())) {
                problems.add(recorded.getKey() + " changed after " + FILE_NAME + " was written.");
            }
        }
        for (String file : now.checksums.keySet()) {
            if (!checksums.containsKey(file)) {
                problems.add(file + " is not in " + FILE_NAME + " (added by hand, or merged from another branch).");
            }
        }
        return problems;
    }
}
