package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;

/**
 * sqldef's rename annotations in a SQL desired schema: {@code -- @renamed from=old} at the end of a
 * {@code CREATE TABLE} line or a column line, or {@code /* @renamed from=old *}{@code /} inline on it. They mean
 * what the same entries of {@code migration.renames} mean. The annotation stays in the file after the rename has
 * run, so one whose old name the current schema no longer has (or whose new name it already has) is satisfied
 * and ignored. Annotations on indexes and constraints need nothing: those pair by definition and are renamed.
 * Types and enum values are not renamed by annotation.
 */
public final class RenameAnnotations {
    private static final String IDENT = "\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|[\\p{L}_][\\p{L}\\p{N}_$]*";
    private static final Pattern ANNOTATION = Pattern.compile(
            "@renamed\\s+from\\s*=\\s*(\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|[^\\s*,;()]+)");
    private static final Pattern CREATE_TABLE = Pattern.compile("^\\s*CREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?"
            + "(?:(?:TEMPORARY|TEMP|UNLOGGED)\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(" + IDENT + ")(\\s*\\.)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_NAME = Pattern.compile("^[\\s,]*(" + IDENT + ")");
    /** Words that start a table element other than a column. */
    private static final Set<String> NOT_A_COLUMN = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "INDEX", "KEY",
            "FULLTEXT", "SPATIAL", "CHECK", "FOREIGN", "EXCLUDE", "LIKE", "PERIOD", "VECTOR");

    /** One annotation that names a table ({@code column} null) or a column of {@code table}, both desired names. */
    record Annotation(int line, String text, String table, String column, String from) {
        String describe() {
            return "'" + text + "' on line " + line + " of the desired schema ("
                    + (column == null ? "table " + table : table + "." + column) + ")";
        }
    }

    private RenameAnnotations() {
    }

    /**
     * The renames to plan: {@code explicit} ({@code migration.renames}) and the desired script's annotations that
     * the current schema has not run yet. An annotation and an entry that rename the same name differently fail
     * naming both.
     */
    public static Renames resolve(String desiredSql, DatabaseKind kind, Schema current, Renames explicit) {
        List<Annotation> annotations = find(desiredSql, kind);
        if (annotations.isEmpty()) {
            return explicit;
        }
        List<Renames.TableRename> tables = new ArrayList<>(explicit.tables());
        Map<String, String> currentNameOf = new HashMap<>();
        explicit.tables().forEach(t -> currentNameOf.put(t.to(), t.from()));
        for (Annotation a : annotations) {
            if (a.column() == null && current.table(a.from()).isPresent() && current.table(a.table()).isEmpty()) {
                Renames.TableRename rename = new Renames.TableRename(a.from(), a.table());
                for (Renames.TableRename t : explicit.tables()) {
                    if (t.from().equals(rename.from()) != t.to().equals(rename.to())) {
                        throw conflict(t.from() + ":" + t.to(), a);
                    }
                }
                if (!tables.contains(rename)) {
                    tables.add(rename);
                    currentNameOf.put(rename.to(), rename.from());
                }
            }
        }
        List<Renames.ColumnRename> columns = new ArrayList<>(explicit.columns());
        for (Annotation a : annotations) {
            String table = currentNameOf.getOrDefault(a.table(), a.table());
            Optional<Table> now = current.table(table);
            if (a.column() != null && now.isPresent() && now.get().column(a.from()).isPresent()
                    && now.get().column(a.column()).isEmpty()) {
                Renames.ColumnRename rename = new Renames.ColumnRename(table, a.from(), a.column());
                for (Renames.ColumnRename c : explicit.columns()) {
                    boolean sameTable = c.table().equals(table);
                    if (sameTable && c.from().equals(rename.from()) != c.to().equals(rename.to())) {
                        throw conflict(c.table() + "." + c.from() + ":" + c.to(), a);
                    }
                }
                if (!columns.contains(rename)) {
                    columns.add(rename);
                }
            }
        }
        return Renames.of(tables, columns);
    }

    private static RuntimeException conflict(String entry, Annotation annotation) {
        return Renames.error("'" + entry + "' conflicts with the annotation " + annotation.describe()
                + "; keep one of them.");
    }

    /** Every table and column annotation of the script, with the names as the catalog stores them. */
    static List<Annotation> find(String sql, DatabaseKind kind) {
        List<Annotation> found = new ArrayList<>();
        String table = null;
        int depth = 0;
        int number = 0;
        for (ScriptLines.Line line : ScriptLines.split(sql, kind != DatabaseKind.POSTGRESQL)) {
            number++;
            Matcher create = CREATE_TABLE.matcher(line.code());
            boolean createsTable = create.find();
            if (createsTable) {
                // a qualified name (another schema) is not the managed schema's table
                table = create.group(2) != null ? "" : name(create.group(1), kind);
                depth = 0;
            }
            Matcher annotation = ANNOTATION.matcher(line.comments());
            while (annotation.find()) {
                String from = name(annotation.group(1), kind);
                if (createsTable && !table.isEmpty()) {
                    found.add(new Annotation(number, annotation.group(), table, null, from));
                } else if (table != null && !table.isEmpty() && depth == 1) {
                    Matcher first = FIRST_NAME.matcher(line.code());
                    if (first.find() && !NOT_A_COLUMN.contains(first.group(1).toUpperCase(Locale.ROOT))) {
                        found.add(new Annotation(number, annotation.group(), table, name(first.group(1), kind), from));
                    }
                }
            }
            for (char c : line.code().toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (c == ';' && depth <= 0) {
                    table = null;
                    depth = 0;
                }
            }
        }
        return found;
    }

    /** An identifier as the catalog stores it: quotes removed; unquoted names folded to lower case on PostgreSQL. */
    static String name(String token, DatabaseKind kind) {
        if (token.length() >= 2 && token.charAt(0) == '"' && token.endsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\"\"", "\"");
        }
        if (token.length() >= 2 && token.charAt(0) == '`' && token.endsWith("`")) {
            return token.substring(1, token.length() - 1).replace("``", "`");
        }
        return kind == DatabaseKind.POSTGRESQL ? token.toLowerCase(Locale.ROOT) : token;
    }
}
