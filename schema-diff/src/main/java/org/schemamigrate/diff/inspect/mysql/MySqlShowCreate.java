package org.schemamigrate.diff.inspect.mysql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * The one reader of {@code SHOW CREATE TABLE} (and VIEW, SEQUENCE) texts, for the inspector (key options, check
 * order) and the catalog fingerprint. The server has no bulk form of SHOW CREATE: where the connection runs several
 * statements in one (both drivers' {@code allowMultiQueries=true}) all texts come in one round trip, otherwise
 * one per object. Within {@link #shared} (an inspection and its fingerprint on one connection, with nothing run
 * in between) a text is read once.
 */
public final class MySqlShowCreate {
    private static final Map<Connection, Map<String, String>> SHARED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private MySqlShowCreate() {
    }

    /** A scope in which texts read on {@code connection} are kept and read again from memory. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Opens a {@link Scope} on {@code connection}: nothing may change its schema until it is closed. */
    public static Scope shared(Connection connection) {
        SHARED.put(connection, new HashMap<>());
        return () -> SHARED.remove(connection);
    }

    /**
     * The texts of {@code names} ({@code what}: TABLE, VIEW or SEQUENCE), by name, in the order given; an object
     * the server no longer has is left out.
     */
    public static Map<String, String> read(Connection connection, String what, String schema,
                                           Collection<String> names) throws SQLException {
        Map<String, String> cache = SHARED.getOrDefault(connection, new HashMap<>());
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> missing = names.stream().filter(n -> !cache.containsKey(key(what, schema, n))).toList();
        if (!missing.isEmpty()) {
            if (multiQueries(connection) && missing.size() > 1) {
                readAtOnce(connection, what, schema, missing, cache);
            } else {
                try (Statement s = connection.createStatement()) {
                    for (String name : missing) {
                        try (ResultSet rs = s.executeQuery(sql(what, schema, name))) {
                            if (rs.next()) {
                                cache.put(key(what, schema, name), rs.getString(2));
                            }
                        }
                    }
                }
            }
        }
        for (String name : names) {
            String text = cache.get(key(what, schema, name));
            if (text != null) {
                texts.put(name, text);
            }
        }
        return texts;
    }

    private static void readAtOnce(Connection connection, String what, String schema, List<String> names,
                                   Map<String, String> cache) throws SQLException {
        StringBuilder sql = new StringBuilder();
        names.forEach(n -> sql.append(sql(what, schema, n)).append(";\n"));
        try (Statement s = connection.createStatement()) {
            boolean results = s.execute(sql.toString());
            int i = 0;
            while (results || s.getUpdateCount() != -1) {
                if (results) {
                    try (ResultSet rs = s.getResultSet()) {
                        if (rs.next() && i < names.size()) {
                            cache.put(key(what, schema, names.get(i)), rs.getString(2));
                        }
                    }
                    i++;
                }
                results = s.getMoreResults();
            }
        }
    }

    /** Whether the connection was opened to run several statements in one text. */
    private static boolean multiQueries(Connection connection) throws SQLException {
        String url = connection.getMetaData().getURL();
        return url != null && url.toLowerCase(Locale.ROOT).replace(" ", "").contains("allowmultiqueries=true");
    }

    private static String sql(String what, String schema, String name) {
        return "SHOW CREATE " + what + " " + DatabaseKind.MYSQL.quote(schema) + "." + DatabaseKind.MYSQL.quote(name);
    }

    private static String key(String what, String schema, String name) {
        return what + '\0' + schema + '\0' + name;
    }
}
