package org.schemamigrate.it.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.embedded.EmbeddedDatabase;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.source.Directives;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;

/**
 * One case on one server: from.sql and to.sql each run directly on a fresh database (the references); from.sql
 * replayed as the first migration and to.sql as the desired schema of a diff; the written pair applied up and
 * down on another fresh database, each judged by its dump against the reference.
 */
final class CaseRun {
    /** A pair whose dumps differ only in a column order its header declares. */
    static final String DECLARED_ORDER = "proven except column order (declared)";
    private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE TABLE (?:\\w+\\.)?(\"(?:[^\"]|\"\")*\"|\\w+) \\(");
    private static final Pattern RESIDUAL_KIND = Pattern.compile("\n  [-+] (\\w+(?: \\w+)?) ");

    /** What happened to a case: a category, a short reason (the counted kind) and details for the TSV. */
    record Outcome(String category, String reason, String detail) {
    }

    /** The dev database of every diff: its scratch namespaces are dropped after each case. */
    static final String DEV = "conformance_dev";

    private final EmbeddedDatabase server;
    private final Dumps dumps;
    private final Path work;

    CaseRun(EmbeddedDatabase server, Dumps dumps, Path work) {
        this.server = server;
        this.dumps = dumps;
        this.work = work;
    }

    Outcome run(String id, String from, String to) throws IOException {
        String fromDb = id + "_f";
        String toDb = id + "_t";
        String devDb = CaseRun.DEV;
        String appliedDb = id + "_a";
        try {
            for (String db : List.of(fromDb, toDb, appliedDb)) {
                server.createDatabase(db);
            }
            try {
                runScript(fromDb, from);
            } catch (SQLException e) {
                return new Outcome("case error", "from.sql fails on the server", oneLine(e.getMessage()));
            }
            try {
                runScript(toDb, to);
            } catch (SQLException e) {
                return new Outcome("case error", "to.sql fails on the server", oneLine(e.getMessage()));
            }
            Path dir = Files.createDirectories(work.resolve(id));
            // a case starting from nothing: the runner refuses an empty file unless it says so
            Files.writeString(dir.resolve("1_from.up.sql"), from.isBlank() ? Directives.EMPTY + "\n" : from);
            DiffResult result;
            try {
                result = new DiffGenerator(Clock.systemUTC()).generate(new DiffRequest(source(devDb), server.kind(),
                        to, "to.sql", new DiffRequest.FromMigrations(), dir, "to", true));
            } catch (MigrationException e) {
                return new Outcome("refused", reason(e), oneLine(e.getMessage()));
            } catch (RuntimeException e) {
                return new Outcome("failed", "crash " + e.getClass().getSimpleName(), oneLine(String.valueOf(
                        e.getMessage())));
            }
            List<String> fromDump = dumps.dump(fromDb);
            List<String> toDump = dumps.dump(toDb);
            if (result.upToDate()) {
                List<String> diff = Dumps.difference(fromDump, toDump);
                return diff.isEmpty() ? new Outcome("proven", "up to date, dumps equal", "")
                        : new Outcome("up to date while different", firstKind(diff), String.join(" | ", diff));
            }
            Migrator migrator = Migrator.builder().dataSource(source(appliedDb)).directory(dir)
                    .allowDestructive(true).build();
            try {
                migrator.up();
            } catch (MigrationException e) {
                return new Outcome("failed", "up fails on a fresh database", oneLine(e.getMessage()));
            }
            List<String> upDiff = Dumps.difference(dumps.dump(appliedDb), toDump);
            if (!upDiff.isEmpty() && !declaresColumnOrder(result.up(), upDiff)) {
                return new Outcome("failed", "up differs: " + firstKind(upDiff), String.join(" | ", upDiff));
            }
            try {
                migrator.down(1);
            } catch (MigrationException e) {
                return new Outcome("failed", "down fails on a fresh database", oneLine(e.getMessage()));
            }
            List<String> downDiff = Dumps.difference(dumps.dump(appliedDb), fromDump);
            if (!downDiff.isEmpty() && !declaresColumnOrder(result.down(), downDiff)) {
                return new Outcome("failed", "down differs: " + firstKind(downDiff), String.join(" | ", downDiff));
            }
            if (!upDiff.isEmpty() || !downDiff.isEmpty()) {
                return new Outcome(DECLARED_ORDER, "column order differs as the header declares",
                        String.join(" | ", upDiff) + " || " + String.join(" | ", downDiff));
            }
            return new Outcome("proven", "pair proven by dumps", "");
        } finally {
            for (String db : List.of(fromDb, toDb, appliedDb)) {
                drop(db);
            }
            deleteTree(work.resolve(id));
        }
    }

    /**
     * Whether the dumps differ only in the column order of tables that the file's header declares (PostgreSQL
     * appends added columns, a known equivalence the header names table by table).
     */
    static boolean declaresColumnOrder(Path file, List<String> diff) throws IOException {
        if (file == null || !Dumps.sameLinesInAnotherOrder(diff)) {
            return false;
        }
        List<String> declared = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("-- Column order differs from ")) {
                inside = true;
            } else if (inside && line.startsWith("--   ") && line.contains(": ")) {
                declared.add(line.substring(5, line.indexOf(": ")));
            } else {
                inside = false;
            }
        }
        for (String statement : diff) {
            Matcher table = CREATE_TABLE.matcher(statement.substring(2));
            if (!table.find() || !declared.contains(table.group(1).replace("\"", ""))) {
                return false;
            }
        }
        return true;
    }

    /** The refusal's kind: the error code, and for a failed proof where it failed. */
    static String reason(MigrationException e) {
        String message = e.getMessage();
        String code = e.code().name();
        if (message.contains("catalog still differs")) {
            Matcher kind = RESIDUAL_KIND.matcher(message);
            return code + ": catalog residual (" + (kind.find() ? kind.group(1) : "?") + ")";
        }
        if (message.contains("did not reach")) {
            return code + ": model residual";
        }
        if (message.contains("failed on the dev database")) {
            return code + ": plan fails on the dev database";
        }
        if (e.details().orElse(null) instanceof FailureDetails.NotPlanned notPlanned) {
            return code + ": not supported: " + String.join(", ", notPlanned.objects().keySet());
        }
        if (message.contains("not supported")) {
            return code + ": " + message.substring(0, Math.min(message.indexOf("not supported") + 13, 80));
        }
        if (message.contains("Replaying the migration directory")) {
            return code + ": replaying from.sql as a migration fails";
        }
        if (message.contains("rejected the desired schema")) {
            return code + ": to.sql rejected as the desired schema";
        }
        return code;
    }

    /**
     * The first word(s) of the first differing statement (CREATE TABLE, ALTER TABLE, COMMENT ON …), or "column
     * order only" when the statements hold the same lines in another order (the proof's one equivalence).
     */
    private static String firstKind(List<String> diff) {
        if (Dumps.sameLinesInAnotherOrder(diff)) {
            return "column order only";
        }
        String[] words = diff.get(0).substring(2).split("\\s+");
        String kind = words.length > 2 ? words[0] + " " + words[1] : words[0];
        if (kind.startsWith("COMMENT") && words.length > 2) {
            kind = kind + " " + words[2];
        }
        return kind.toUpperCase(Locale.ROOT);
    }

    private void runScript(String database, String script) throws SQLException {
        List<SqlStatement> statements = RunnerDialect.of(server.kind()).splitter().split(script, "case");
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password());
             Statement s = c.createStatement()) {
            for (SqlStatement statement : statements) {
                s.execute(statement.sql());
            }
        }
    }

    private UrlDataSource source(String database) {
        return new UrlDataSource(server.jdbcUrl(database), server.user(), server.password());
    }

    private void drop(String database) {
        String admin = server.jdbcUrl(server.defaultDatabase());
        try (Connection c = DriverManager.getConnection(admin, server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute(server.kind() == DatabaseKind.POSTGRESQL
                    ? "DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)"
                    : "DROP DATABASE IF EXISTS `" + database + "`");
        } catch (SQLException e) {
            System.err.println("could not drop " + database + ": " + e.getMessage());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }
}
