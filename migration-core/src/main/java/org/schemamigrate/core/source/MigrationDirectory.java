package org.schemamigrate.core.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * The migrations of one location, sorted by version. Files are golang-migrate pairs
 * {@code <version>_<name>.up.sql} / {@code <version>_<name>.down.sql}; other files (a README) are ignored, but
 * any {@code .sql} file that does not follow the pattern is an error. A {@code migration.sum} is read and checked
 * by {@link #integrityProblems()}.
 */
public final class MigrationDirectory {
    static final Pattern FILE_NAME = Pattern.compile("(\\d+)_([a-z0-9_]+)\\.(up|down)\\.sql");
    private static final int MAX_VERSION_DIGITS = 18;

    private final String description;
    private final List<Migration> migrations;
    private final Map<Long, Migration> byVersion;
    private final SumFile recordedSum;

    private MigrationDirectory(String description, List<Migration> migrations, SumFile recordedSum) {
        this.description = description;
        this.recordedSum = recordedSum;
        this.migrations = List.copyOf(migrations);
        this.byVersion = new HashMap<>();
        migrations.forEach(m -> byVersion.put(m.version(), m));
    }

    /** A file as read from disk or the classpath, before it is parsed. */
    public record SourceFile(String fileName, String location, byte[] bytes) {
    }

    /** Reads a location: {@code classpath:db/migration}, {@code filesystem:path} or a plain path. */
    public static MigrationDirectory load(String location, ClassLoader classLoader) {
        MigrationLocation parsed = MigrationLocation.parse(location);
        return of(parsed.toString(), parsed.read(classLoader));
    }

    /**
     * Reads a location and adds the {@link org.schemamigrate.core.JavaMigration} classes found in the given
     * packages, plus, for a classpath location, in the package of the same path ({@code db.migration}).
     */
    public static MigrationDirectory load(String location, ClassLoader classLoader, List<String> javaPackages) {
        MigrationLocation parsed = MigrationLocation.parse(location);
        List<String> packages = new ArrayList<>(javaPackages);
        JavaMigrations.packagesOf(parsed).stream().filter(p -> !packages.contains(p)).forEach(packages::add);
        return of(parsed.toString(), parsed.read(classLoader)).with(JavaMigrations.scan(classLoader, packages));
    }

    /** This directory plus Java migrations; a version used twice names both sources. */
    public MigrationDirectory with(List<Migration> javaMigrations) {
        if (javaMigrations.isEmpty()) {
            return this;
        }
        Map<Long, Migration> all = new TreeMap<>(byVersion);
        for (Migration java : javaMigrations) {
            Migration other = all.putIfAbsent(java.version(), java);
            if (other != null) {
                throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Version " + java.version()
                        + " is used by both " + other.up().location() + " and " + java.up().location()
                        + ". Give one of them another version.");
            }
        }
        return new MigrationDirectory(description, new ArrayList<>(all.values()), recordedSum);
    }

    /** Parses and pairs the files; every problem names the file and the fix. */
    public static MigrationDirectory of(String description, List<SourceFile> files) {
        Map<Long, Script> ups = new TreeMap<>();
        Map<Long, Script> downs = new TreeMap<>();
        Map<Long, String> names = new HashMap<>();
        List<SourceFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(SourceFile::fileName));
        SumFile recordedSum = null;
        for (SourceFile file : sorted) {
            if (file.fileName().equals(SumFile.FILE_NAME)) {
                recordedSum = SumFile.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.location());
                continue;
            }
            if (!file.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".sql")) {
                continue;
            }
            Matcher m = FILE_NAME.matcher(file.fileName());
            if (!m.matches()) {
                throw badName(file);
            }
            long version = parseVersion(m.group(1), file);
            String name = m.group(2);
            Map<Long, Script> side = m.group(3).equals("up") ? ups : downs;
            Script previous = side.get(version);
            if (previous != null) {
                throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Two " + m.group(3)
                        + " migrations have version " + version + ": " + previous.location() + " and "
                        + file.location() + ". Give one of them a new version (rename the file pair).");
            }
            String otherName = names.putIfAbsent(version, name);
            if (otherName != null && !otherName.equals(name)) {
                throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Version " + version
                        + " has files with different names: " + file.location() + " and a file named '"
                        + otherName + "'. An up and its down must share version and name; rename one of them.");
            }
            side.put(version, toScript(file));
        }
        for (Map.Entry<Long, Script> down : downs.entrySet()) {
            if (!ups.containsKey(down.getKey())) {
                throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, down.getValue().location()
                        + " has no up migration. Add " + down.getValue().fileName().replace(".down.sql", ".up.sql")
                        + " or delete the down file.");
            }
        }
        List<Migration> migrations = new ArrayList<>(ups.size());
        ups.forEach((version, up) -> migrations.add(
                new Migration(version, names.get(version), up, downs.get(version))));
        return new MigrationDirectory(description, migrations, recordedSum);
    }

    private static MigrationException badName(SourceFile file) {
        return new MigrationException(CoreErrorCode.INVALID_DIRECTORY, file.location()
                + " does not follow the migration file pattern <version>_<name>.up.sql / .down.sql"
                + " (version: digits, e.g. 20261122183000 or 0001; name: lower-case letters, digits and _)."
                + " Rename it, e.g. 20261122183000_add_email.up.sql, or move it out of the directory.");
    }

    private static long parseVersion(String digits, SourceFile file) {
        String significant = digits.replaceFirst("^0+", "");
        if (significant.isEmpty()) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, file.location()
                    + " has version 0; versions start at 1. Rename the file.");
        }
        if (significant.length() > MAX_VERSION_DIGITS) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, file.location() + " has a version of "
                    + significant.length() + " digits; at most " + MAX_VERSION_DIGITS
                    + " are supported (a yyyyMMddHHmmss timestamp has 14). Rename the file.");
        }
        return Long.parseLong(significant);
    }

    private static Script toScript(SourceFile file) {
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.bytes())).toString();
        } catch (CharacterCodingException e) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, file.location()
                    + " is not valid UTF-8. Save it as UTF-8 (most editors: 'Save with encoding').", e);
        }
        content = Checksums.normalise(content);
        return new Script(file.fileName(), file.location(), content, Checksums.sha256(content),
                Directives.parse(content, file.location()));
    }

    /**
     * Files that differ from the directory's {@code migration.sum}, one message each; empty when the sum
     * matches or the directory has none.
     */
    public List<String> integrityProblems() {
        return recordedSum == null ? List.of() : recordedSum.differences(SumFile.of(this));
    }

    public String description() {
        return description;
    }

    /** All migrations, lowest version first. */
    public List<Migration> migrations() {
        return Collections.unmodifiableList(migrations);
    }

    public Optional<Migration> find(long version) {
        return Optional.ofNullable(byVersion.get(version));
    }

    public boolean isEmpty() {
        return migrations.isEmpty();
    }

    /** The highest version, or 0 when the directory is empty. */
    public long latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }
}
