package org.schemamigrate.core.reliability;

import org.schemamigrate.core.CoreErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * Bad inputs, each refused with its error code before anything changes: the tables and the history are the
 * same after every one. Prints how many were refused as expected.
 */
@Tag("reliability")
class BadInputCatalogueTest {
    @TempDir
    Path root;

    private record Case(String name, Map<String, Object> files, UnaryOperator<Migrator.Builder> settings,
                        Consumer<Migrator> command, ErrorCode expected) {
    }

    private static final Consumer<Migrator> UP = Migrator::up;
    private static final String OK = "CREATE TABLE fine (id INT);";

    private static Case file(String name, String fileName, Object content, ErrorCode expected) {
        Map<String, Object> files = new LinkedHashMap<>();
        files.put(fileName, content);
        return new Case(name, files, b -> b, UP, expected);
    }

    private static Case script(String name, String content, ErrorCode expected) {
        return file(name, "1_bad.up.sql", content, expected);
    }

    private static Case api(String name, Consumer<Migrator> command, ErrorCode expected) {
        return new Case(name, Map.of("1_fine.up.sql", OK), b -> b, command, expected);
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        ErrorCode dir = CoreErrorCode.INVALID_DIRECTORY;
        cases.add(file("dash in name", "1-create.up.sql", OK, dir));
        cases.add(file("upper-case name", "1_Create.up.sql", OK, dir));
        cases.add(file("version 0", "0_zero.up.sql", OK, dir));
        cases.add(file("19-digit version", "1234567890123456789_long.up.sql", OK, dir));
        cases.add(file("neither up nor down", "1_create.sql", OK, dir));
        cases.add(file("upper-case UP", "1_create.UP.sql", OK, dir));
        cases.add(file("double extension", "1_create.up.sql.sql", OK, dir));
        cases.add(file("not UTF-8", "1_latin.up.sql", new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', '\'',
                (byte) 0xE9, '\'', ';'}, dir));
        cases.add(script("unknown directive", "-- migration:no-transactions\n" + OK, dir));
        cases.add(script("misspelt directive", "-- migration:allow_destructive\n" + OK, dir));
        Map<String, Object> duplicate = new LinkedHashMap<>();
        duplicate.put("1_a.up.sql", OK);
        duplicate.put("01_a.up.sql", OK);
        cases.add(new Case("duplicate version", duplicate, b -> b, UP, dir));
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("1_a.up.sql", OK);
        names.put("1_b.down.sql", "DROP TABLE fine;");
        cases.add(new Case("up and down named differently", names, b -> b, UP, dir));
        cases.add(file("down without up", "1_a.down.sql", "DROP TABLE fine;", dir));
        cases.add(new Case("directory missing", Map.of(), b -> b.directory(Path.of("/no/such/dir")), UP, dir));
        ErrorCode script = CoreErrorCode.INVALID_SCRIPT;
        cases.add(script("unterminated string", "INSERT INTO t VALUES ('abc);", script));
        cases.add(script("unterminated quoted identifier", "CREATE TABLE \"abc (id INT);", script));
        cases.add(script("unterminated dollar quote", "DO $$ BEGIN PERFORM 1; END;", script));
        cases.add(script("unterminated block comment", "/* never closed\n" + OK, script));
        cases.add(script("unterminated nested comment", "/* a /* b */ still open\n" + OK, script));
        cases.add(script("unterminated E string", "SELECT E'abc\\';", script));
        cases.add(script("BEGIN ATOMIC without END", "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC"
                + " SELECT 1;", script));
        cases.add(script("empty directive with a statement", "-- migration:empty\n" + OK, script));
        ErrorCode empty = CoreErrorCode.EMPTY_MIGRATION;
        cases.add(script("empty file", "", empty));
        cases.add(script("whitespace only", " \n\t\n", empty));
        cases.add(script("line comments only", "-- TODO\n-- later\n", empty));
        cases.add(script("block comment only", "/* TODO */", empty));
        cases.add(script("semicolons only", ";;\n;", empty));
        ErrorCode tc = CoreErrorCode.TRANSACTION_CONTROL;
        for (String statement : List.of("COMMIT", "ROLLBACK", "BEGIN", "START TRANSACTION ISOLATION LEVEL"
                + " SERIALIZABLE", "END", "ABORT", "RELEASE SAVEPOINT x", "ROLLBACK TO SAVEPOINT x",
                "PREPARE TRANSACTION 'p'", "COMMIT AND CHAIN")) {
            cases.add(script(statement + " in a transactional file", OK + "\n" + statement + ";", tc));
        }
        ErrorCode version = CoreErrorCode.UNKNOWN_VERSION;
        cases.add(api("up to an unknown version", m -> m.upTo(99), version));
        cases.add(api("force a negative version", m -> m.force(-1), version));
        cases.add(api("force an unknown version", m -> m.force(42), version));
        cases.add(api("go to a negative version", m -> m.goTo(-1), version));
        cases.add(api("down more than applied", m -> m.down(5), version));
        cases.add(api("baseline 0", m -> m.baseline(0), version));
        cases.add(api("up 0 steps", m -> m.up(0), CoreErrorCode.CONFIGURATION));
        cases.add(new Case("unknown schema", Map.of("1_fine.up.sql", OK), b -> b.schema("no_such_schema"), UP,
                CoreErrorCode.CONFIGURATION));
        cases.add(new Case("drop without allowDestructive", Map.of("1_drop.up.sql", "DROP TABLE fine;"),
                b -> b.allowDestructive(false), UP, CoreErrorCode.DESTRUCTIVE_REFUSED));
        cases.add(new Case("URL no driver accepts", Map.of("1_fine.up.sql", OK),
                b -> b.url("jdbc:postgres://127.0.0.1:1/db?password=Secr3tBad", "u", "p"), UP,
                CoreErrorCode.DATABASE_ERROR));
        return cases;
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void everyBadInputIsRefusedWithItsCodeAndChangesNothing(TestDatabase db) throws Exception {
        Path empty = Files.createDirectories(root.resolve("empty"));
        Migrator.builder().dataSource(db.dataSource()).directory(empty).build().force(0); // the history tables
        List<String> tables = db.tables();
        String log = db.single("SELECT COUNT(*) FROM migration_history_log");
        List<String> wrong = new ArrayList<>();
        List<Case> cases = cases();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Path dir = Files.createDirectories(root.resolve("case" + i));
            for (Map.Entry<String, Object> f : c.files().entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue() instanceof byte[] bytes ? bytes
                        : ((String) f.getValue()).getBytes(StandardCharsets.UTF_8));
            }
            Migrator.Builder builder = Migrator.builder().dataSource(db.dataSource()).directory(dir)
                    .allowDestructive(true).lockTimeout(Duration.ofSeconds(30));
            ErrorCode got = null;
            try {
                c.command().accept(c.settings().apply(builder).build());
            } catch (MigrationException e) {
                got = e.code();
                if (e.getMessage().contains("Secr3tBad")) {
                    wrong.add(c.name() + ": the message repeats the password");
                }
            }
            if (got != c.expected()) {
                wrong.add(c.name() + ": expected " + c.expected() + " but got " + got);
            }
            if (!db.tables().equals(tables) || !db.single("SELECT COUNT(*) FROM migration_history").equals("0")
                    || !db.single("SELECT COUNT(*) FROM migration_history_log").equals(log)) {
                wrong.add(c.name() + ": the database changed");
                break;
            }
        }
        System.out.printf("RELIABILITY bad-input catalogue: inputs=%d refused-as-expected=%d wrong=%d%n",
                cases.size(), cases.size() - wrong.size(), wrong.size());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(wrong).isEmpty();
    }
}
