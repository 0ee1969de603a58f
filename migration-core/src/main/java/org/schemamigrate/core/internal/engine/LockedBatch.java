package org.schemamigrate.core.internal.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.ServerVersion;
import org.schemamigrate.core.internal.dialect.AdvisoryLock;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.internal.history.AppliedMigration;
import org.schemamigrate.core.internal.history.HistoryStore;

/**
 * A fleet's batch of schema targets, locked and read together on one connection: one query tries every
 * target's own advisory lock (the same lock a single run takes) and sees whether its history tables exist, one
 * more reads the history of every target it locked. The locks are held on this connection until {@link #close};
 * a target whose lock another migrator holds is not in the batch and goes the single way, waiting for its lock
 * after the batch released its own (so two fleets never wait on each other while holding locks).
 */
public final class LockedBatch implements AutoCloseable {
    private final Connection connection;
    private final RunnerDialect dialect;
    private final List<AdvisoryLock> locks = new ArrayList<>();
    private final Map<String, Held> held = new HashMap<>();

    /**
     * A target's rows as read under its lock (null once claimed, or when not all three tables existed: the
     * target reads them itself after creating the missing ones) and which of its history, log and batch tables
     * existed (null when all do, or when only "not all three" is known: MySQL/MariaDB).
     */
    record Held(List<AppliedMigration> rows, boolean tablesExist, boolean[] exist) {
    }

    private LockedBatch(Connection connection, RunnerDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** Locks and reads what it can of {@code schemas} (each history table {@code table}) in two round trips. */
    public static LockedBatch take(DataSource server, List<String> schemas, String table) {
        Connection c = Session.connect(server);
        LockedBatch batch = null;
        try {
            batch = new LockedBatch(c, RunnerDialect.of(ServerVersion.of(c).kind()));
            c.setAutoCommit(true);
            batch.lockAndRead(schemas, table);
            return batch;
        } catch (SQLException | RuntimeException e) {
            if (batch != null) {
                batch.close();
            } else {
                Session.closeQuietly(c);
            }
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not lock a batch of targets: "
                    + e.getMessage(), e);
        }
    }

    private void lockAndRead(List<String> schemas, String table) throws SQLException {
        List<HistoryStore> stores = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < schemas.size(); i++) {
            stores.add(new HistoryStore(dialect, schemas.get(i), table));
            rows.add("SELECT " + i + ", " + dialect.advisoryLock(stores.get(i).qualifiedName()).tryLockExpression()
                    + ", " + tablesExist());
        }
        List<Integer> ready = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(String.join(" UNION ALL ", rows))) {
            int p = 1;
            for (int i = 0; i < schemas.size(); i++) {
                String history = stores.get(i).qualifiedName();
                ps.setObject(p++, dialect.advisoryLock(history).key());
                for (Object parameter : tablesExistParameters(schemas.get(i), table, history)) {
                    ps.setObject(p++, parameter);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int i = rs.getInt(1);
                    if (rs.getBoolean(2)) {
                        locks.add(dialect.advisoryLock(stores.get(i).qualifiedName()));
                        boolean[] each = postgres() ? new boolean[] {rs.getBoolean(3), rs.getBoolean(4),
                                rs.getBoolean(5)} : null;
                        boolean exist = each == null ? rs.getBoolean(3) : each[0] && each[1] && each[2];
                        // not all three tables: the target creates what is missing, then reads its own history
                        // (a history table alone, left by a run that died between its CREATEs, has rows)
                        held.put(schemas.get(i), new Held(exist ? new ArrayList<>() : null, exist,
                                exist ? null : each));
                        if (exist) {
                            ready.add(i);
                        }
                    }
                }
            }
        }
        readHistories(schemas, stores, ready);
    }

    /** Every locked target's rows in one query, each row led by its target's index. */
    private void readHistories(List<String> schemas, List<HistoryStore> stores, List<Integer> ready)
            throws SQLException {
        if (ready.isEmpty()) {
            return;
        }
        String sql = String.join(" UNION ALL ", ready.stream().map(i -> stores.get(i).selectAll(
                String.valueOf(i))).toList()) + " ORDER BY 1, 2";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                int i = rs.getInt(1);
                held.get(schemas.get(i)).rows().add(stores.get(i).readRow(rs, 1));
            }
        }
    }

    /**
     * Whether the history, log and batch tables exist, each in a column of its own (PostgreSQL, so a target
     * missing some creates them without asking again), or true when all three do (MySQL/MariaDB), with the
     * parameters {@link #tablesExistParameters} gives.
     */
    private String tablesExist() {
        return postgres()
                ? "to_regclass(?) IS NOT NULL, to_regclass(?) IS NOT NULL, to_regclass(?) IS NOT NULL"
                : "(SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name IN (?, ?, ?))"
                + " = 3";
    }

    private boolean postgres() {
        return dialect.kind() == DatabaseKind.POSTGRESQL;
    }

    private List<Object> tablesExistParameters(String schema, String table, String history) {
        String log = HistoryStore.logTableName(table);
        String batch = HistoryStore.batchTableName(table);
        if (dialect.kind() != DatabaseKind.POSTGRESQL) {
            return List.of(schema, table, log, batch);
        }
        String prefix = dialect.quote(schema) + ".";
        return List.of(history, prefix + dialect.quote(log), prefix + dialect.quote(batch));
    }

    /** Whether this batch holds the lock of {@code schema}. */
    public boolean holds(String schema) {
        return held.containsKey(schema);
    }

    /**
     * The rows read under the lock of {@code schema} the first time (then null: a second operation reads them
     * itself); null when the batch does not hold that lock.
     */
    Held claim(String schema) {
        Held h = held.get(schema);
        if (h != null) {
            held.put(schema, new Held(null, true, null));
        }
        return h;
    }

    /** The connection holding the locks, for {@link org.schemamigrate.core.internal.lock.MigrationLock}. */
    Connection connection() {
        return connection;
    }

    RunnerDialect dialect() {
        return dialect;
    }

    /** Releases every lock in one round trip and gives the connection back. */
    @Override
    public void close() {
        try {
            if (!locks.isEmpty()) {
                String sql = "SELECT " + String.join(", ", locks.stream().map(AdvisoryLock::unlockExpression)
                        .toList());
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    for (int i = 0; i < locks.size(); i++) {
                        ps.setObject(i + 1, locks.get(i).key());
                    }
                    ps.executeQuery().close();
                }
            }
        } catch (SQLException e) {
            // the locks are session-scoped: closing the connection releases them
        } finally {
            locks.clear();
            held.clear();
            Session.closeQuietly(connection);
        }
    }
}
