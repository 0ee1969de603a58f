package org.schemamigrate.diff.inspect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What to inspect: a schema (null means the connection's current schema), the migration runner's history table
 * (it and its {@code _log} and {@code _batch} companions are never part of a diff) and glob patterns ({@code *}, {@code ?}) of further
 * table and sequence names to leave out, matched case-insensitively (Liquibase writes DATABASECHANGELOG on MySQL);
 * whether the other user schemas of the database are read too (PostgreSQL: a scratch database, a live database
 * being adopted or copied; never a fleet's tenant schemas, which are each other's neighbours, not its own).
 */
public record InspectOptions(String schema, String historyTable, List<String> excludePatterns,
                             boolean otherSchemas) {

    public static final String DEFAULT_HISTORY_TABLE = "migration_history";

    public InspectOptions {
        historyTable = historyTable == null ? DEFAULT_HISTORY_TABLE : historyTable;
        excludePatterns = List.copyOf(excludePatterns);
    }

    public InspectOptions(String schema, String historyTable, List<String> excludePatterns) {
        this(schema, historyTable, excludePatterns, false);
    }

    public static InspectOptions defaults() {
        return new InspectOptions(null, DEFAULT_HISTORY_TABLE, List.of());
    }

    public InspectOptions withSchema(String newSchema) {
        return new InspectOptions(newSchema, historyTable, excludePatterns, otherSchemas);
    }

    public InspectOptions withExcludes(String... patterns) {
        return new InspectOptions(schema, historyTable, List.of(patterns), otherSchemas);
    }

    public InspectOptions withOtherSchemas(boolean read) {
        return new InspectOptions(schema, historyTable, excludePatterns, read);
    }

    /** A filter for object names, compiled once per inspection. */
    public NameFilter nameFilter() {
        List<Pattern> patterns = excludePatterns.stream().map(InspectOptions::glob).toList();
        String history = historyTable;
        return name -> name.equals(history) || name.equals(history + "_log") || name.equals(history + "_batch")
                || patterns.stream().anyMatch(p -> p.matcher(name).matches());
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    /** Whether an object name is excluded from inspection. */
    @FunctionalInterface
    public interface NameFilter {
        boolean excludes(String name);
    }
}
