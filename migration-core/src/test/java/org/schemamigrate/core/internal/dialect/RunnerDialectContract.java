package org.schemamigrate.core.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.history.AppliedMigration;
import org.schemamigrate.core.Batch;
import org.schemamigrate.core.internal.history.HistoryState;
import org.schemamigrate.core.internal.history.HistoryStore;
import org.schemamigrate.core.internal.history.LogEntry;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;

/**
 * What every {@link RunnerDialect} must do, run on a real database (golang-migrate's database/testing suite is
 * the model). A new database passes this suite by extending it with its kind and the SQL that creates a schema.
 */
abstract class RunnerDialectContract {
    /** A timestamp written with the dialect's {@code now()} and read back lies this close to the test's clock. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    TestDatabase db;
    RunnerDialect dialect;

    abstract DatabaseKind kind();

    /** Creates another schema (PostgreSQL) or database (MySQL family) on the same server. */
    abstract String createSchemaSql(String quotedName);

    /** A statement that runs for about {@code seconds} seconds. */
    abstract String sleepSql(int seconds);

    /** Database names are server-wide on MySQL: the other schema is named after this test's database. */
    private String otherSchema() {
        return db.name() + "_other";
    }

    @BeforeEach
    void freshDatabase() {
        db = TestDatabases.fresh(kind());
        dialect = RunnerDialect.of(kind());
    }

    @Test
    void theFactoryReturnsTheDialectOfItsKind() {
        assertThat(dialect.kind()).isEqualTo(kind());
        assertThat(RunnerDialect.of(kind())).isSameAs(dialect);
    }

    @Test
    void historyTablesAreCreatedOnceAndRowsReadBackAsWritten() throws SQLException {
        HistoryStore history = new HistoryStore(dialect, null, "contract_history");
        try (Connection c = db.connection()) {
            assertThat(history.exists(c)).isFalse();
            assertThat(history.readAll(c)).isEmpty();
            assertThat(history.createIfMissing(c, null)).isTrue();
            assertThat(history.createIfMissing(c, null)).as("second call finds the tables").isFalse();

            history.insert(c, new AppliedMigration(7, "add_email", "abc", HistoryState.APPLIED, Direction.UP, 2, 2,
                    null, 15, "ci", "run-1"));
            history.insertAll(c, List.of(
                    new AppliedMigration(9, "later", "def", HistoryState.BASELINE, Direction.UP, 0, 0, null, 0,
                            "ci", "run-1"),
                    new AppliedMigration(8, "middle", null, HistoryState.APPLIED, Direction.UP, 1, 1, null, 1,
                            "ci", "run-1")));
            history.markDirty(c, 8, Direction.DOWN, 3);
            history.markProgress(c, 8, 1);

            List<AppliedMigration> rows = history.readAll(c);
            assertThat(rows).extracting(AppliedMigration::version).containsExactly(7L, 8L, 9L);
            AppliedMigration first = rows.get(0);
            assertThat(first.name()).isEqualTo("add_email");
            assertThat(first.checksum()).isEqualTo("abc");
            assertThat(first.executionMs()).isEqualTo(15);
            assertThat(first.appliedBy()).isEqualTo("ci");
            assertThat(first.appliedAt()).isBetween(Instant.now().minus(CLOCK_SLACK), Instant.now().plus(CLOCK_SLACK));
            AppliedMigration dirty = rows.get(1);
            assertThat(dirty.dirty()).isTrue();
            assertThat(dirty.operation()).isEqualTo(Direction.DOWN);
            assertThat(dirty.statementsDone()).isEqualTo(1);
            assertThat(dirty.statementsTotal()).isEqualTo(3);
            assertThat(rows.get(2).state()).isEqualTo(HistoryState.BASELINE);

            history.markApplied(c, 8, 3, 40);
            assertThat(history.readAll(c).get(1).state()).isEqualTo(HistoryState.APPLIED);
            assertThat(history.deleteAbove(c, 7)).isEqualTo(2);
            history.delete(c, 7);
            assertThat(history.readAll(c)).isEmpty();
        }
    }

    @Test
    void theLogAndTheBatchesKeepTheirOrderAndTimes() throws SQLException {
        HistoryStore history = new HistoryStore(dialect, null, "contract_history");
        try (Connection c = db.connection()) {
            history.createIfMissing(c, null);
            history.log(c, new LogEntry("run-1", "up", 1, "first", "success", "ok", "ci", "host-1", 12));
            history.log(c, new LogEntry("run-1", "force", 2, null, "success", null, "ci", null, 0));
            assertThat(history.readLog(c)).extracting(LogEntry::action).containsExactly("up", "force");

            history.startBatch(c, "batch-1", "release-1", "ci", "host-1");
            assertThat(history.readBatches(c)).singleElement().satisfies(b -> {
                assertThat(b.outcome()).isEqualTo(Batch.RUNNING);
                assertThat(b.finishedAt()).isNull();
                assertThat(b.startedAt()).isBetween(Instant.now().minus(CLOCK_SLACK), Instant.now().plus(CLOCK_SLACK));
            });
            history.finishBatch(c, "batch-1", Batch.SUCCESS, "2 applied");
            assertThat(history.readBatches(c)).singleElement().satisfies(b -> {
                assertThat(b.succeeded()).isTrue();
                assertThat(b.finishedAt()).isNotNull();
            });
        }
    }

    @Test
    void theHistoryLivesInTheSchemaItNames() throws SQLException {
        String other = otherSchema();
        db.execute(createSchemaSql(dialect.quote(other)));
        HistoryStore elsewhere = new HistoryStore(dialect, other, "contract_history");
        HistoryStore here = new HistoryStore(dialect, null, "contract_history");
        try (Connection c = db.connection()) {
            elsewhere.createIfMissing(c, null);
            assertThat(elsewhere.exists(c)).isTrue();
            assertThat(here.exists(c)).isFalse();
        }
    }

    @Test
    void theLockIsExclusiveNamesItsHolderAndIsReleased() throws SQLException {
        AdvisoryLock lock = dialect.advisoryLock("contract.history");
        AdvisoryLock other = dialect.advisoryLock("contract.other_history");
        try (Connection first = db.connection(); Connection second = db.connection()) {
            dialect.nameConnection(first, "schemamigrate contract");
            assertThat(lock.tryLock(first)).isTrue();
            assertThat(lock.tryLock(second)).as("a second session waits").isFalse();
            assertThat(other.tryLock(second)).as("another name does not block").isTrue();
            assertThat(lock.holder(second)).isNotBlank().doesNotContain("just released");
            assertThat(lock.description()).isNotBlank();

            lock.unlock(first);
            assertThat(lock.tryLock(second)).isTrue();
            lock.unlock(second);
            other.unlock(second);
        }
    }

    @Test
    void theSplitterSeparatesStatementsAndKeepsTheirLines() {
        String script = "-- a comment; with a semicolon\nCREATE TABLE t (id INT, note VARCHAR(20));\n\n"
                + "INSERT INTO t VALUES (1, 'a;b');\n/* block; */ INSERT INTO t VALUES (2, 'c');\n";
        List<SqlStatement> statements = dialect.splitter().split(script, "contract.sql");
        assertThat(statements).extracting(SqlStatement::number).containsExactly(1, 2, 3);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 4, 5);
        assertThat(statements.get(1).sql()).isEqualTo("INSERT INTO t VALUES (1, 'a;b')");
        db.execute(statements.stream().map(SqlStatement::sql).toArray(String[]::new));
        assertThat(db.single("SELECT COUNT(*) FROM t")).isEqualTo("2");
    }

    @Test
    void theSessionIsSetUpForTheSchemaAndPutBack() throws SQLException {
        String other = otherSchema();
        db.execute(createSchemaSql(dialect.quote(other)));
        try (Connection c = db.connection()) {
            String before = dialect.currentSchema(c);
            assertThat(before).isNotBlank();
            RunnerDialect.SessionRestore restore = dialect.prepareSession(c, other, "schemamigrate");
            assertThat(dialect.currentSchema(c)).isEqualTo(other);
            restore.restore(c);
            assertThat(dialect.currentSchema(c)).isEqualTo(before);
        }
        assertThat(dialect.noCurrentSchemaMessage()).contains("migration.schema");
    }

    @Test
    void aTableIsDescribedWithItsColumnsAndPrimaryKey() throws SQLException {
        db.execute("CREATE TABLE described (b INT NOT NULL, a VARCHAR(10) NOT NULL, note VARCHAR(50),"
                + " PRIMARY KEY (a, b))");
        try (Connection c = db.connection()) {
            CatalogTable table = dialect.describeTable(c, null, "described", false);
            assertThat(table.name()).isEqualTo("described");
            assertThat(table.columns()).extracting(CatalogTable.Column::name).containsExactly("b", "a", "note");
            assertThat(table.primaryKey()).extracting(CatalogTable.Column::name).containsExactly("a", "b");
            assertThat(dialect.describeTable(c, null, "missing", false)).isNull();
        }
    }

    @Test
    void valuesSelectedAsTextRestoreToTheSameValue() throws SQLException {
        String note = "it's a \\ test\r\nwith two lines";
        db.execute("CREATE TABLE saved (id INT PRIMARY KEY, note VARCHAR(50), amount DECIMAL(10, 2))");
        try (Connection c = db.connection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO saved VALUES (1, ?, 12.50)")) {
                insert.setString(1, note);
                insert.executeUpdate();
            }
            CatalogTable table = dialect.describeTable(c, null, "saved", false);
            String select = "SELECT " + String.join(", ", table.columns().stream()
                    .map(col -> dialect.selectAsText(dialect.quote(col.name()), col.type())).toList())
                    + " FROM " + dialect.quote("saved");
            StringBuilder insert = new StringBuilder("INSERT INTO " + dialect.quote("saved") + " VALUES (");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
                assertThat(rs.next()).isTrue();
                for (int i = 0; i < table.columns().size(); i++) {
                    String value = rs.getString(i + 1);
                    insert.append(i == 0 ? "" : ", ").append(i == 0 ? "2"
                            : dialect.restoreLiteral(table.columns().get(i).type(), value));
                }
            }
            db.execute(insert.append(")").toString());
        }
        assertThat(db.rows("SELECT note, amount FROM saved ORDER BY id")).containsExactly(
                List.of(note, "12.50"), List.of(note, "12.50"));
    }

    @Test
    void nullsCompareEqualWithTheNullSafeOperator() {
        assertThat(db.single("SELECT COUNT(*) FROM (SELECT 1 AS x) t WHERE NULL" + dialect.nullSafeEquals() + "NULL"))
                .isEqualTo("1");
    }

    @Test
    void exportSettingsAreWrittenAndPutBack() throws SQLException {
        try (Connection c = db.connection()) {
            for (var setting : dialect.exportSettings().entrySet()) {
                String before = dialect.readSetting(c, setting.getKey());
                dialect.writeSetting(c, setting.getKey(), setting.getValue());
                assertThat(dialect.readSetting(c, setting.getKey())).isEqualTo(setting.getValue());
                dialect.writeSetting(c, setting.getKey(), before);
                assertThat(dialect.readSetting(c, setting.getKey())).isEqualTo(before);
            }
        }
    }

    @Test
    void aStatementRunningInAnotherSessionIsFoundAndOursIsNot() throws Exception {
        String sleep = sleepSql(5);
        try (Connection c = db.connection(); Connection other = db.connection()) {
            assertThat(runningSessions(c, sleep)).as("nobody runs it yet").isEmpty();
            Thread sleeper = new Thread(() -> {
                try (Statement s = other.createStatement()) {
                    s.execute(sleep);
                } catch (SQLException ignored) {
                    // the query below then finds nothing and the assertion says so
                }
            });
            sleeper.start();
            List<String> found = List.of();
            for (long end = System.nanoTime() + Duration.ofSeconds(4).toNanos();
                 found.isEmpty() && System.nanoTime() < end; Thread.sleep(100)) {
                found = runningSessions(c, sleep);
            }
            assertThat(found).singleElement().asString().isNotBlank();
            String query = dialect.runningStatementQuery();
            assertThat(runningSessions(c, query)).as("the asking session is left out").isEmpty();
            sleeper.join();
        }
    }

    private List<String> runningSessions(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.runningStatementQuery())) {
            ps.setString(1, sql);
            List<String> sessions = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertThat(rs.getString(2)).as("how long it runs").isNotBlank();
                    sessions.add(rs.getString(1));
                }
            }
            return sessions;
        }
    }

    @Test
    void aSchemaIsFoundByName() throws SQLException {
        db.execute(createSchemaSql(dialect.quote(otherSchema())));
        assertThat(count(dialect.schemaExistsQuery(), otherSchema())).isEqualTo(1);
        assertThat(count(dialect.schemaExistsQuery(), otherSchema() + "_missing")).isZero();
    }

    @Test
    void catalogNamesAndIndexesAreFoundAsAStatementNamesThem() throws SQLException {
        db.execute("CREATE TABLE indexed (id INT, note VARCHAR(10))", "CREATE INDEX idx_note ON indexed (note)");
        String schema;
        try (Connection c = db.connection()) {
            schema = dialect.currentSchema(c);
        }
        String tables = "SELECT COUNT(*) FROM information_schema.tables WHERE "
                + dialect.catalogNameEquals("table_schema") + " AND " + dialect.catalogNameEquals("table_name");
        assertThat(count(tables, schema, "indexed")).isEqualTo(1);
        assertThat(count(tables, schema, "missing")).isZero();
        boolean onTable = dialect.indexNamesPerTable();
        String indexes = dialect.indexExistsQuery(onTable);
        assertThat(onTable ? count(indexes, schema, "idx_note", "indexed") : count(indexes, schema, "idx_note"))
                .isEqualTo(1);
        assertThat(onTable ? count(indexes, schema, "idx_other", "indexed") : count(indexes, schema, "idx_other"))
                .isZero();
        assertThat(count(dialect.indexExistsQuery(true), schema, "idx_note", "indexed")).isEqualTo(1);
    }

    @Test
    void aCommittedTransactionIsReportedCommittedWhereTheDatabaseCanSay() throws SQLException {
        if (dialect.transactionIdQuery() == null) {
            assertThat(dialect.transactionStatusQuery()).isNull();
            return;
        }
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            String committed = firstValue(c, dialect.transactionIdQuery());
            c.commit();
            String rolledBack = firstValue(c, dialect.transactionIdQuery());
            c.rollback();
            c.setAutoCommit(true);
            assertThat(status(c, committed)).isEqualTo("committed");
            assertThat(status(c, rolledBack)).isNotEqualTo("committed");
        }
    }

    private static String firstValue(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private String status(Connection c, String transactionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.transactionStatusQuery())) {
            ps.setString(1, transactionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private long count(String sql, String... values) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }
}
