package org.schemamigrate.diff.inspect.postgres;

import static org.schemamigrate.diff.inspect.CatalogQuery.query;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.CompositeType;
import org.schemamigrate.diff.model.DomainType;
import org.schemamigrate.diff.model.Partition;
import org.schemamigrate.diff.model.TableOptions;
import org.schemamigrate.diff.model.UserType;

/**
 * Domains, composite types, partitions, partitioned tables' keys and row-level-security flags, read with one
 * query for the whole schema. Table inheritance (INHERITS) is refused by name: the model cannot plan it.
 */
final class PostgresStructures {

    /** A type as a plan can write it: one of the schema unqualified and quoted, any other as format_type prints it. */
    private static final String SPELL = """
            CASE WHEN %1$s.typnamespace = s.oid THEN '"' || replace(%1$s.typname, '"', '""') || '"'
                 WHEN %2$s.typnamespace = s.oid THEN '"' || replace(%2$s.typname, '"', '""') || '"[]'
                 ELSE format_type(%1$s.oid, %3$s) END""";

    /** Rows (kind, name, parent, text1, flag1, text2, text3, comment, names[], texts[], collations[], flag2). */
    static final String STRUCTURES = """
            WITH s AS (SELECT oid FROM pg_namespace WHERE nspname = ?)
            SELECT 'domain', t.typname, NULL::text, %1$s, t.typnotnull, t.typdefault,
                   CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation THEN co.collname::text END,
                   obj_description(t.oid, 'pg_type'),
                   array(SELECT c.conname::text FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'
                         ORDER BY c.conname),
                   array(SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
                         WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname),
                   '{}'::text[], false
            FROM pg_type t JOIN s ON t.typnamespace = s.oid
            JOIN pg_type bt ON bt.oid = t.typbasetype
            LEFT JOIN pg_type et ON et.oid = bt.typelem AND bt.typcategory = 'A'
            LEFT JOIN pg_collation co ON co.oid = t.typcollation
            WHERE t.typtype = 'd' AND NOT EXISTS (SELECT 1 FROM pg_depend x
                  WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
            UNION ALL
            SELECT 'composite', t.typname, NULL, NULL, false, NULL, NULL, obj_description(t.oid, 'pg_type'),
                   array(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0
                         AND NOT a.attisdropped ORDER BY a.attnum),
                   array(SELECT %2$s FROM pg_attribute a JOIN pg_type bt ON bt.oid = a.atttypid
                         LEFT JOIN pg_type et ON et.oid = bt.typelem AND bt.typcategory = 'A'
                         WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
                   array(SELECT CASE WHEN a.attcollation <> bt.typcollation THEN co.collname::text END
                         FROM pg_attribute a JOIN pg_type bt ON bt.oid = a.atttypid
                         LEFT JOIN pg_collation co ON co.oid = a.attcollation
                         WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
                   false
            FROM pg_type t JOIN s ON t.typnamespace = s.oid
            JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
            WHERE t.typtype = 'c' AND NOT EXISTS (SELECT 1 FROM pg_depend x
                  WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
            UNION ALL
            SELECT CASE WHEN c.relispartition THEN 'partition' ELSE 'inherits' END, c.relname, p.relname,
                   pg_get_expr(c.relpartbound, c.oid), false, pg_get_partkeydef(c.oid), NULL,
                   obj_description(c.oid, 'pg_class'), '{}', '{}', '{}', false
            FROM pg_inherits h
            JOIN pg_class c ON c.oid = h.inhrelid AND c.relkind IN ('r', 'p', 'f')
            JOIN s ON c.relnamespace = s.oid
            JOIN pg_class p ON p.oid = h.inhparent
            UNION ALL
            SELECT 'table', c.relname, NULL, NULL, c.relrowsecurity, pg_get_partkeydef(c.oid), NULL, NULL,
                   '{}', '{}', '{}', c.relforcerowsecurity
            FROM pg_class c JOIN s ON c.relnamespace = s.oid
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND (c.relkind = 'p' OR c.relrowsecurity OR c.relforcerowsecurity)
            """.formatted(SPELL.formatted("bt", "et", "t.typtypmod"), SPELL.formatted("bt", "et", "a.atttypmod"));

    final List<UserType> types = new ArrayList<>();
    final List<Partition> partitions = new ArrayList<>();
    /** Partitioning and row-level-security options per table (tables with neither have none). */
    final Map<String, TableOptions> tableOptions = new HashMap<>();

    /** Reads the schema's structures; tables and partitions outside {@code tables} or excluded are left out. */
    static PostgresStructures read(Connection connection, String schema, Set<String> tables,
                                   InspectOptions.NameFilter excluded) throws SQLException {
        PostgresStructures read = new PostgresStructures();
        query(connection, STRUCTURES, schema, rs -> read.row(rs, excluded));
        read.partitions.removeIf(p -> !tables.contains(p.root(read.partitions)));
        read.tableOptions.keySet().retainAll(tables);
        return read;
    }

    private void row(ResultSet rs, InspectOptions.NameFilter excluded) throws SQLException {
        String name = rs.getString(2);
        switch (rs.getString(1)) {
            case "domain" -> {
                List<String> names = strings(rs.getArray(9));
                List<String> definitions = strings(rs.getArray(10));
                List<Check> checks = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    checks.add(new Check(names.get(i), definitions.get(i)));
                }
                types.add(new DomainType(name, rs.getString(4), rs.getBoolean(5), rs.getString(6),
                        rs.getString(7), checks, rs.getString(8)));
            }
            case "composite" -> {
                List<String> names = strings(rs.getArray(9));
                List<String> spelled = strings(rs.getArray(10));
                List<String> collations = strings(rs.getArray(11));
                List<CompositeType.Attribute> attributes = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    attributes.add(new CompositeType.Attribute(names.get(i), spelled.get(i), collations.get(i)));
                }
                types.add(new CompositeType(name, attributes, rs.getString(8)));
            }
            case "partition" -> {
                if (!excluded.excludes(name)) {
                    partitions.add(new Partition(name, rs.getString(3), rs.getString(4), rs.getString(6),
                            rs.getString(8)));
                }
            }
            case "inherits" -> {
                if (!excluded.excludes(name) && !excluded.excludes(rs.getString(3))) {
                    throw new MigrationException(CoreErrorCode.CONFIGURATION, "Table " + name + " inherits from "
                            + rs.getString(3) + " (INHERITS): table inheritance is not supported. Use declarative"
                            + " partitioning (PARTITION BY / PARTITION OF), or exclude both tables"
                            + " (migration.exclude) and manage them by hand.");
                }
            }
            default -> tableOptions.put(name, new TableOptions(null, null, rs.getString(6), rs.getBoolean(5),
                    rs.getBoolean(12)));
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add((String) value);
        }
        return values;
    }
}
