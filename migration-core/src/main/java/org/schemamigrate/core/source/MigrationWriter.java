package org.schemamigrate.core.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * Writes a new up/down pair with the next version: a UTC {@code yyyyMMddHHmmss} timestamp (default) or a
 * zero-padded sequence number as wide as the directory's existing ones. Used by migration:create and
 * migration:diff.
 */
public final class MigrationWriter {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);
    /** golang-migrate's width for sequence numbers in an empty directory. */
    static final int DEFAULT_SEQUENCE_WIDTH = 6;

    /** How new versions are numbered. */
    public enum Versioning {
        TIMESTAMP, SEQUENCE;

        /** "timestamp" (default when blank) or "sequence"; anything else names the setting. */
        public static Versioning parse(String text, String setting) {
            String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "", "timestamp" -> TIMESTAMP;
                case "sequence", "seq" -> SEQUENCE;
                default -> throw new MigrationException(CoreErrorCode.CONFIGURATION, setting
                        + " must be 'timestamp' or 'sequence'; got '" + text + "'.");
            };
        }
    }

    /** The written pair. */
    public record WrittenPair(String version, Path up, Path down) {
    }

    private final Clock clock;

    public MigrationWriter(Clock clock) {
        this.clock = clock;
    }

    /** File names allow lower-case letters, digits and underscores: "Add Email" becomes add_email. */
    public static String normaliseName(String raw, String setting) {
        String name = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "The migration needs a name: " + setting
                    + "=add_email (letters, digits and underscores).");
        }
        return name;
    }

    /** Writes {@code <version>_<name>.up.sql} and {@code .down.sql} with the given contents. */
    public WrittenPair write(Path dir, String name, Versioning versioning, String upSql, String downSql) {
        String version = nextVersion(dir, versioning);
        Path up = dir.resolve(version + "_" + name + ".up.sql");
        Path down = dir.resolve(version + "_" + name + ".down.sql");
        try {
            Files.createDirectories(dir);
            Files.writeString(up, upSql, StandardCharsets.UTF_8);
            Files.writeString(down, downSql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Cannot write the migration files in "
                    + dir.toAbsolutePath() + ": " + e.getMessage() + ". Check migration.dir and its permissions.", e);
        }
        return new WrittenPair(version, up, down);
    }

    /** The version a new pair in {@code dir} gets: always above every existing one. */
    public String nextVersion(Path dir, Versioning versioning) {
        Existing existing = scan(dir);
        return switch (versioning) {
            case TIMESTAMP -> {
                long stamp = Long.parseLong(TIMESTAMP.format(clock.instant()));
                // two pairs in one second, or a clock behind the directory, must still move forward
                yield String.valueOf(Math.max(stamp, existing.max() + 1));
            }
            case SEQUENCE -> {
                String next = String.valueOf(existing.max() + 1);
                int width = existing.width() == 0 ? DEFAULT_SEQUENCE_WIDTH : existing.width();
                yield "0".repeat(Math.max(0, width - next.length())) + next;
            }
        };
    }

    private record Existing(long max, int width) {
    }

    private static Existing scan(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new Existing(0, 0);
        }
        long max = 0;
        int width = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = MigrationDirectory.FILE_NAME.matcher(file.getFileName().toString());
                if (m.matches() && m.group(1).length() <= 18) {
                    long v = Long.parseLong(m.group(1));
                    if (v >= max) {
                        max = v;
                        width = m.group(1).length();
                    }
                }
            }
        } catch (IOException e) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Cannot list the migration directory "
                    + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return new Existing(max, width);
    }
}
