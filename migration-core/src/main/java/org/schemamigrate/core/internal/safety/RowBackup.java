package org.schemamigrate.core.internal.safety;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.schemamigrate.core.internal.dialect.CatalogTable.Column;
import org.schemamigrate.core.internal.dialect.RunnerDialect;

/**
 * Saves the rows a destructive statement is about to destroy into one directory per run: {@code <table>.csv}
 * for a dropped, truncated or emptied table, {@code <table>.<column>.csv} (row key + column) for a dropped
 * column, a {@code restore.sql} that puts the data back once the schema is back, and a README.txt.
 * <p>
 * CSV: RFC 4180 with a header row and CRLF line ends; every value is quoted, NULL is an empty unquoted field,
 * so {@code ""} is the empty string. Values are the database's text form (see {@link Values}), binary data as
 * hex. restore.sql lists the saved data newest first, so that undoing a migration's drops in reverse order
 * inserts parent rows before child rows; each save also leaves its part in {@code restore-parts/}.
 * Rows are streamed, never held in memory. A directory used again (by another RowBackup) keeps the earlier saves:
 * file names get a {@code -2} suffix and restore.sql covers both, newest first.
 */
public final class RowBackup {
    public static final String RESTORE_SCRIPT = "restore.sql";

    /** Saving failed (the statement then does not run); the message names the directory and the cause. */
    public static final class Failure extends Exception {
        Failure(Path directory, Exception cause) {
            super("saving the rows it would destroy to " + directory + " failed, so it did not run: "
                    + cause.getMessage(), cause);
        }
    }

    /** One saved file: what it holds ({@code member} or {@code member.phone}), how many rows, and where. */
    public record Saved(String what, long rows, Path file, Path restoreScript) {
    }

    private final Path directory;
    private final List<Path> parts = new ArrayList<>();
    private boolean prepared;

    /** Nothing is written until the first save, so a run without destructive statements leaves no directory. */
    public RowBackup(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Saves what the statement would destroy; tables or columns that do not exist are skipped (the statement
     * then fails by itself or is an IF EXISTS no-op). {@code origin} says where the statement is, for the README.
     */
    public List<Saved> save(Connection c, RunnerDialect dialect, String sql, String origin) throws Failure {
        List<Saved> saved = new ArrayList<>();
        try {
            for (Destruction destruction : Destruction.of(sql)) {
                TableInfo table = TableInfo.load(c, dialect, destruction.table());
                Column column = table == null || destruction.column() == null ? null
                        : table.column(destruction.column());
                if (table != null && (destruction.column() == null || column != null)) {
                    saved.add(column == null ? saveTable(c, table, origin) : saveColumn(c, table, column, origin));
                }
            }
        } catch (SQLException | IOException e) {
            throw new Failure(directory, e);
        }
        return saved;
    }

    private Saved saveTable(Connection c, TableInfo table, String origin) throws SQLException, IOException {
        List<Column> columns = table.columns().stream().filter(col -> !col.generated()).toList();
        RunnerDialect dialect = table.dialect();
        String insert = "INSERT INTO " + table.sql() + " (" + names(dialect, columns) + ")"
                + (columns.stream().anyMatch(Column::identityAlways) ? " OVERRIDING SYSTEM VALUE" : "")
                + " VALUES (";
        return save(c, table, table.name(), columns, "rows of table " + table.name(), origin, (values, out) -> {
            out.write(insert);
            for (int i = 0; i < columns.size(); i++) {
                out.write((i == 0 ? "" : ", ") + Values.literal(dialect, columns.get(i), values.get(i)));
            }
            out.write(");\n");
        });
    }

    private Saved saveColumn(Connection c, TableInfo table, Column column, String origin)
            throws SQLException, IOException {
        List<Column> key = table.rowKey(column);
        List<Column> columns = Stream.concat(key.stream(), Stream.of(column)).toList();
        RunnerDialect dialect = table.dialect();
        String equal = dialect.nullSafeEquals();
        String update = "UPDATE " + table.sql() + " SET " + dialect.quote(column.name()) + " = ";
        String what = table.name() + "." + column.name();
        return save(c, table, what, columns, "rows of column " + what + " with the row key ("
                + key.stream().map(Column::name).collect(Collectors.joining(", ")) + ")",
                origin, (values, out) -> {
                    if (key.isEmpty()) {
                        return; // no other column tells the rows apart: the CSV is all there is
                    }
                    out.write(update + Values.literal(dialect, column, values.get(key.size())) + " WHERE ");
                    for (int i = 0; i < key.size(); i++) {
                        out.write((i == 0 ? "" : " AND ") + dialect.quote(key.get(i).name()) + equal
                                + Values.literal(dialect, key.get(i), values.get(i)));
                    }
                    out.write(";\n");
                });
    }

    /** Writes one restore statement for one row of text values. */
    private interface RowWriter {
        void write(List<String> values, Writer out) throws IOException;
    }

    private Saved save(Connection c, TableInfo table, String what, List<Column> columns,
                       String description, String origin, RowWriter restore) throws SQLException, IOException {
        prepareDirectory();
        RunnerDialect dialect = table.dialect();
        Path csv = unique(safeFileName(what), ".csv");
        Path part = directory.resolve("restore-parts").resolve(String.format("%03d-%s.sql", parts.size() + 1,
                safeFileName(what)));
        Files.createDirectories(part.getParent());
        String select = "SELECT " + columns.stream().map(col -> Values.select(dialect, col, null))
                .collect(Collectors.joining(", ")) + " FROM " + table.sql()
                + (table.primaryKey().isEmpty() ? "" : " ORDER BY " + names(dialect, table.primaryKey()));
        long rows = 0;
        try (BufferedWriter csvOut = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             BufferedWriter sqlOut = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
             ExportSession export = new ExportSession(c, dialect);
             Statement s = export.statement();
             ResultSet rs = s.executeQuery(select)) {
            csvOut.write(columns.stream().map(col -> Values.csv(col.name())).collect(Collectors.joining(",")));
            csvOut.write("\r\n");
            sqlOut.write("-- " + description + ", saved before " + origin + "\n");
            List<String> values = new ArrayList<>(columns.size());
            while (rs.next()) {
                values.clear();
                for (int i = 1; i <= columns.size(); i++) {
                    values.add(rs.getString(i));
                }
                csvOut.write(values.stream().map(Values::csv).collect(Collectors.joining(",")));
                csvOut.write("\r\n");
                restore.write(values, sqlOut);
                rows++;
            }
        }
        parts.add(part);
        Path script = writeRestoreScript(dialect);
        String counted = rows == 1 ? description.replaceFirst("^rows", "row") : description;
        Files.writeString(directory.resolve("README.txt"), String.format("%s: %,d %s, saved before %s%n",
                csv.getFileName(), rows, counted, origin), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new Saved(what, rows, csv, script);
    }

    private void prepareDirectory() throws IOException {
        if (prepared) {
            return;
        }
        Path readme = directory.resolve("README.txt");
        Path partsDirectory = directory.resolve("restore-parts");
        prepared = true;
        if (Files.isDirectory(partsDirectory)) {
            // a directory used before (another run): its saves stay in restore.sql, older than this run's
            try (Stream<Path> existing = Files.list(partsDirectory)) {
                parts.addAll(existing.filter(p -> p.toString().endsWith(".sql")).sorted().toList());
            }
        }
        if (Files.exists(readme)) {
            return;
        }
        Files.createDirectories(directory);
        Files.writeString(readme, """
                Rows saved by schemamigrate before destructive statements (migration.backup=true).

                Each CSV (RFC 4180, UTF-8, header row) holds the rows of a dropped, truncated or emptied table, or
                the row key and the values of a dropped column. Every value is quoted; an empty unquoted field is
                NULL, "" is the empty string; binary values are hex (PostgreSQL: \\x...).

                To restore: first bring the schema back (after a migration:up that dropped something, roll it back
                with migration:down; after a migration:down, apply it again with migration:up), then run
                restore.sql against the same database, e.g. psql -f restore.sql or
                mysql --default-character-set=utf8mb4 < restore.sql. It restores the newest save first, in one
                transaction. Sequences and AUTO_INCREMENT counters are not changed by it.

                Saved:
                """, StandardCharsets.UTF_8);
    }

    /** restore.sql: the parts newest first between a dialect's header and footer; rewritten after each save. */
    private Path writeRestoreScript(RunnerDialect dialect) throws IOException {
        Path script = directory.resolve(RESTORE_SCRIPT);
        try (OutputStream out = Files.newOutputStream(script)) {
            out.write(("-- Puts back the rows saved in this directory, newest save first (see README.txt).\n"
                    + dialect.restoreScriptHeader()).getBytes(StandardCharsets.UTF_8));
            for (int i = parts.size() - 1; i >= 0; i--) {
                Files.copy(parts.get(i), out);
            }
            out.write(dialect.restoreScriptFooter().getBytes(StandardCharsets.UTF_8));
        }
        return script;
    }

    private Path unique(String base, String extension) {
        Path file = directory.resolve(base + extension);
        for (int n = 2; Files.exists(file); n++) {
            file = directory.resolve(base + "-" + n + extension);
        }
        return file;
    }

    private static String safeFileName(String what) {
        return what.replaceAll("[^\\p{L}\\p{N}_.-]", "_");
    }

    private static String names(RunnerDialect dialect, List<Column> columns) {
        return columns.stream().map(col -> dialect.quote(col.name())).collect(Collectors.joining(", "));
    }
}
