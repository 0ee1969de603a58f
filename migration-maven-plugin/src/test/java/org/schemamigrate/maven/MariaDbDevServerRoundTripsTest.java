package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.embedded.SharedDevServer;
import org.schemamigrate.diff.inspect.mysql.MySqlShowCreate;

/**
 * The embedded MariaDB dev database (temporary or shared) is opened with {@code allowMultiQueries=true}, and that
 * makes the SHOW CREATE texts of many tables come in one round trip: the statements sent to the real server are
 * counted on the connection (without the setting it takes one per table).
 */
class MariaDbDevServerRoundTripsTest {
    private static final List<String> TABLES = IntStream.range(0, 6).mapToObj(i -> "t" + i).toList();

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        SharedDevServer.stop(home);
    }

    @Test
    void theTemporaryDevServerReadsAllTextsInOneRoundTrip() throws Exception {
        try (DevDatabase dev = DevDatabase.open(null, null, null, DatabaseKind.MARIADB, Duration.ZERO, home,
                new CapturingLog(false))) {
            assertThat(roundTrips(dev.dataSource(), "rt_temporary")).isEqualTo(1);
        }
    }

    @Test
    void theSharedDevServerReadsAllTextsInOneRoundTripAndWithoutTheSettingOnePerTable() throws Exception {
        try (DevDatabase dev = DevDatabase.open(null, null, null, DatabaseKind.MARIADB, Duration.ofMinutes(5), home,
                new CapturingLog(false))) {
            assertThat(dev.outlivesTheGoal()).isTrue();
            assertThat(roundTrips(dev.dataSource(), "rt_shared")).isEqualTo(1);
            String url;
            try (Connection c = dev.dataSource().getConnection()) {
                url = c.getMetaData().getURL().replaceAll("[?&]allowMultiQueries=true", "");
            }
            assertThat(roundTrips(new UrlDataSource(url, "root", ""), "rt_plain")).isEqualTo(TABLES.size());
        }
    }

    /** Creates the tables in {@code schema}, then counts the statements that reading their texts sends. */
    private static int roundTrips(DataSource dataSource, String schema) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + schema);
            for (String table : TABLES) {
                s.execute("CREATE TABLE " + schema + "." + table + " (id INT PRIMARY KEY)");
            }
            AtomicInteger sent = new AtomicInteger();
            Map<String, String> texts = MySqlShowCreate.read(counting(c, sent), "TABLE", schema, TABLES);
            assertThat(texts).containsOnlyKeys(TABLES);
            s.execute("DROP DATABASE " + schema);
            return sent.get();
        }
    }

    /** The connection, counting each statement text it sends (execute, executeQuery, executeUpdate). */
    private static Connection counting(Connection real, AtomicInteger sent) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    return result instanceof Statement statement && !(result instanceof java.sql.PreparedStatement)
                            ? countingStatement(statement, sent) : result;
                });
    }

    private static Statement countingStatement(Statement real, AtomicInteger sent) {
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("execute")) {
                        sent.incrementAndGet();
                    }
                    return invoke(real, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
