package org.schemamigrate.core.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/** Saved rows come back exactly: drop, recreate the schema, run restore.sql, compare every value. */
class RowBackupTest {
    /** Awkward text values, one per row; row 1 is NULL. */
    static final List<String> TEXTS = List.of("", "it's \"quoted\", with a comma", "back\\slash \\' \\\\n",
            "line1\nline2\r\nline3", "unicode é ☃ 😀", "NULL");

    @TempDir
    Path dir;

    private static String createAwkward(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL ? """
                CREATE TABLE "Awkward" (id INT PRIMARY KEY, txt TEXT, vc VARCHAR(50), num NUMERIC(30,10),
                  dbl DOUBLE PRECISION, ts TIMESTAMP(6), tstz TIMESTAMPTZ, flag BOOLEAN, bin BYTEA, uid UUID,
                  doc JSONB, arr INT[], seq INT GENERATED ALWAYS AS IDENTITY, twice INT GENERATED ALWAYS AS (id * 2)
                  STORED)""" : """
                CREATE TABLE `Awkward` (id INT PRIMARY KEY, txt TEXT, vc VARCHAR(50), num DECIMAL(30,10),
                  dbl DOUBLE, ts DATETIME(6), flag BOOLEAN, bin VARBINARY(20), blb BLOB, bits BIT(8),
                  doc JSON, color ENUM('red','it''s'), stamp TIMESTAMP(6) NULL, twice INT AS (id * 2) VIRTUAL)
                  DEFAULT CHARSET utf8mb4""";
    }

    /** Every column as text, binary as hex, in id order: two snapshots are equal iff the data is. */
    private static String snapshot(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL
                ? "SELECT id, txt, vc, num::text, dbl::text, ts::text, tstz::text, flag::text, bin::text, uid::text,"
                + " doc::text, arr::text, seq, twice FROM \"Awkward\" ORDER BY id"
                : "SELECT id, txt, vc, CAST(num AS CHAR), CAST(dbl AS CHAR), CAST(ts AS CHAR), flag, HEX(bin),"
                + " HEX(blb), bits + 0, doc, color, CAST(stamp AS CHAR), twice FROM `Awkward` ORDER BY id";
    }

    private static void fill(TestDatabase db) throws SQLException {
        boolean pg = db.kind() == DatabaseKind.POSTGRESQL;
        String insert = pg
                ? "INSERT INTO \"Awkward\" (id, txt, vc, num, dbl, ts, tstz, flag, bin, uid, doc, arr)"
                + " OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?::numeric, ?, ?::timestamp, ?::timestamptz, ?, ?, ?::uuid, ?::jsonb,"
                + " ?::int[])"
                : "INSERT INTO `Awkward` (id, txt, vc, num, dbl, ts, flag, bin, blb, bits, doc, color, stamp)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(insert)) {
            for (int row = 1; row <= TEXTS.size() + 1; row++) {
                String text = row == 1 ? null : TEXTS.get(row - 2);
                boolean nulls = row == 1;
                s.setInt(1, row);
                s.setString(2, text);
                s.setString(3, text == null ? null : text.substring(0, Math.min(50, text.length())));
                s.setString(4, nulls ? null : "-12345678901234567890." + row + "000000001");
                s.setObject(5, nulls ? null : 0.1 * row + 1e-17);
                s.setString(6, nulls ? null : "2024-02-29 23:59:59." + (123456 + row));
                byte[] bytes = {0, (byte) 0xff, '\'', '\\', '\n', (byte) row};
                if (pg) {
                    s.setString(7, nulls ? null : "2024-03-31 01:30:00.5+0" + row);
                    s.setObject(8, nulls ? null : row % 2 == 0);
                    s.setBytes(9, nulls ? null : bytes);
                    s.setString(10, nulls ? null : "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1" + row);
                    s.setString(11, nulls ? null : "{\"k\": \"it's \\\"x\\\"\\n\", \"n\": [1.50, null]}");
                    s.setString(12, nulls ? null : "{1,NULL," + row + "}");
                } else {
                    s.setObject(7, nulls ? null : row % 2 == 0);
                    s.setBytes(8, nulls ? null : bytes);
                    s.setBytes(9, nulls ? null : row == 2 ? new byte[0] : bytes);
                    s.setObject(10, nulls ? null : row * 31);
                    s.setString(11, nulls ? null : "{\"k\": \"it's \\\"x\\\"\\n\"}");
                    s.setString(12, nulls ? null : row % 2 == 0 ? "red" : "it's");
                    s.setString(13, nulls ? null : "2024-10-27 01:30:00." + row);
                }
                s.executeUpdate();
            }
        }
    }

    /** Cell by cell, so a failure names the one value that differs. */
    static void assertSameRows(List<List<String>> actual, List<List<String>> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int row = 0; row < expected.size(); row++) {
            for (int column = 0; column < expected.get(row).size(); column++) {
                assertThat(actual.get(row).get(column)).as("row %d column %d", row + 1, column + 1)
                        .isEqualTo(expected.get(row).get(column));
            }
        }
    }

    private static void runScript(TestDatabase db, Path script) throws IOException {
        db.executeScript(Files.readString(script, StandardCharsets.UTF_8));
    }

    private List<RowBackup.Saved> save(TestDatabase db, RowBackup backup, String sql) throws Exception {
        try (Connection c = db.connection()) {
            return backup.save(c, RunnerDialect.of(db.kind()), sql, "statement 1 of test.sql (line 1)");
        }
    }

    /** Saves on a connection whose own settings would make the text form ambiguous; they are kept. */
    private List<RowBackup.Saved> saveWithOddSettings(TestDatabase db, RowBackup backup, String sql)
            throws Exception {
        boolean pg = db.kind() == DatabaseKind.POSTGRESQL;
        try (Connection c = db.connection(); java.sql.Statement s = c.createStatement()) {
            for (String setting : pg ? List.of("SET extra_float_digits = 0",
                    "SET bytea_output = 'escape'") : List.of("SET time_zone = '+05:00'")) {
                s.execute(setting);
            }
            List<RowBackup.Saved> saved = backup.save(c, RunnerDialect.of(db.kind()), sql,
                    "statement 1 of test.sql (line 1)");
            try (java.sql.ResultSet rs = s.executeQuery(pg ? "SELECT current_setting('extra_float_digits')"
                    : "SELECT @@SESSION.time_zone")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(pg ? "0" : "+05:00");
            }
            return saved;
        }
    }

    @DatabaseTest
    void aDroppedTableComesBackExactly(TestDatabase db) throws Exception {
        db.execute(createAwkward(db.kind()));
        fill(db);
        List<List<String>> before = db.rows(snapshot(db.kind()));
        RowBackup backup = new RowBackup(dir.resolve("run"));
        String table = db.kind().quote("Awkward");

        List<RowBackup.Saved> saved = saveWithOddSettings(db, backup, "DROP TABLE IF EXISTS " + table
                + (db.kind().isMySqlFamily() ? "" : " CASCADE"));
        db.execute("DROP TABLE " + table);
        db.execute(createAwkward(db.kind()));
        runScript(db, saved.get(0).restoreScript());

        assertThat(saved).singleElement().satisfies(s -> {
            assertThat(s.what()).isEqualTo("Awkward");
            assertThat(s.rows()).isEqualTo(TEXTS.size() + 1);
            assertThat(s.file()).isEqualTo(dir.resolve("run/Awkward.csv"));
        });
        assertSameRows(db.rows(snapshot(db.kind())), before);
        assertThat(db.rows("SELECT txt FROM " + table + " WHERE id > 1 ORDER BY id").stream().map(r -> r.get(0)))
                .containsExactlyElementsOf(TEXTS);
        assertThat(Files.readString(dir.resolve("run/README.txt")))
                .contains("Awkward.csv: 7 rows of table Awkward, saved before statement 1 of test.sql (line 1)");
    }

    @DatabaseTest
    void theCsvTellsNullFromTheEmptyString(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(50))",
                "INSERT INTO note VALUES (1, NULL), (2, ''), (3, 'say \"hi\", then\nleave')");

        List<RowBackup.Saved> saved = save(db, new RowBackup(dir), "TRUNCATE TABLE note");

        assertThat(Files.readString(saved.get(0).file())).isEqualTo(
                "\"id\",\"body\"\r\n\"1\",\r\n\"2\",\"\"\r\n\"3\",\"say \"\"hi\"\", then\nleave\"\r\n");
    }

    @DatabaseTest
    void aDroppedColumnComesBackByPrimaryKey(TestDatabase db) throws Exception {
        db.execute(createAwkward(db.kind()));
        fill(db);
        List<List<String>> before = db.rows(snapshot(db.kind()));
        String table = db.kind().quote("Awkward");

        List<RowBackup.Saved> saved = save(db, new RowBackup(dir), "ALTER TABLE " + table
                + " DROP COLUMN txt, DROP bin");
        db.execute("ALTER TABLE " + table + " DROP COLUMN txt", "ALTER TABLE " + table + " DROP COLUMN bin");
        db.execute("ALTER TABLE " + table + " ADD COLUMN txt TEXT DEFAULT 'default'",
                "ALTER TABLE " + table + " ADD COLUMN bin " + (db.kind().isMySqlFamily() ? "VARBINARY(20)" : "BYTEA"));
        runScript(db, saved.get(1).restoreScript());

        assertThat(saved).extracting(RowBackup.Saved::what).containsExactly("Awkward.txt", "Awkward.bin");
        assertThat(Files.readString(saved.get(0).file())).startsWith("\"id\",\"txt\"\r\n\"1\",\r\n\"2\",\"\"\r\n");
        // column order changed (re-added at the end): compare by name
        assertSameRows(db.rows(snapshot(db.kind())), before);
    }

    @DatabaseTest
    void withoutPrimaryKeyTheOtherColumnsFindTheRow(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE tag (name VARCHAR(20), owner INT, label VARCHAR(20))",
                "INSERT INTO tag VALUES ('a', 1, 'x'), ('a', NULL, 'y'), (NULL, 2, NULL)");
        List<RowBackup.Saved> saved = save(db, new RowBackup(dir), "alter table tag drop label");
        db.execute("ALTER TABLE tag DROP COLUMN label", "ALTER TABLE tag ADD COLUMN label VARCHAR(20)");

        runScript(db, saved.get(0).restoreScript());

        assertThat(db.rows("SELECT name, owner, label FROM tag ORDER BY label")).containsExactlyInAnyOrder(
                java.util.Arrays.asList("a", "1", "x"), java.util.Arrays.asList("a", null, "y"),
                java.util.Arrays.asList(null, "2", null));
    }

    @DatabaseTest
    void restoreRunsNewestFirstSoParentsComeBeforeChildren(TestDatabase db) throws Exception {
        String schema = "CREATE TABLE parent (id INT PRIMARY KEY);CREATE TABLE child (id INT PRIMARY KEY,"
                + " parent_id INT REFERENCES parent (id))";
        db.execute(schema.split(";"));
        db.execute("INSERT INTO parent VALUES (1), (2)", "INSERT INTO child VALUES (10, 1), (11, 2)");
        RowBackup backup = new RowBackup(dir);
        save(db, backup, "DROP TABLE child");
        db.execute("DROP TABLE child");
        // a later run saving into the same directory: restore.sql keeps both, newest first
        List<RowBackup.Saved> saved = save(db, new RowBackup(dir), "DROP TABLE parent");
        db.execute("DROP TABLE parent");
        db.execute(schema.split(";"));

        runScript(db, saved.get(0).restoreScript());

        assertThat(db.rows("SELECT id, parent_id FROM child ORDER BY id"))
                .containsExactly(List.of("10", "1"), List.of("11", "2"));
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("child.csv", "parent.csv", "restore.sql", "README.txt", "restore-parts");
        }
    }

    @DatabaseTest
    void aStatementThatDestroysNothingSavesNothing(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE note (id INT PRIMARY KEY)");
        RowBackup backup = new RowBackup(dir.resolve("none"));

        assertThat(save(db, backup, "DROP TABLE IF EXISTS missing")).isEmpty();
        assertThat(save(db, backup, "DELETE FROM note WHERE id = 1")).isEmpty();
        assertThat(save(db, backup, "ALTER TABLE note ADD COLUMN x INT")).isEmpty();
        assertThat(dir.resolve("none")).doesNotExist();
    }
}
