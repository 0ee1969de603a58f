package org.schemamigrate.diff.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * The oracle on PostgreSQL when no pg_dump fits the server (zonky ships none): what the server itself prints for
 * every object of the current schema, read here and not through schema-diff's inspector or model. Each line is
 * one object (or one column) as the server's own deparsers print it; the runner's tables are left out.
 */
public final class PostgresCatalogDump {
    /** The runner's own tables (history, log, batches) and everything that belongs to them. */
    private static final String RUNNER = "'migration\\_history%'";

    /** One query per kind; every row is joined with " | " into a line, and the lines are sorted. */
    private static final List<String> QUERIES = List.of("""
            SELECT 'relation', c.relname, c.relkind::text, c.relpersistence::text,
                   coalesce(obj_description(c.oid, 'pg_class'), '')
            FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind <> 'S'
              AND c.relname NOT LIKE %1$s
            """, """
            SELECT 'column', c.relname, (row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum))::text, a.attname, format_type(a.atttypid, a.atttypmod),
                   a.attnotnull::text, coalesce(pg_get_expr(d.adbin, d.adrelid), ''), a.attidentity::text,
                   a.attgenerated::text, coalesce(co.collname, ''), coalesce(col_description(c.oid, a.attnum), '')
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v')
              AND a.attnum > 0 AND NOT a.attisdropped AND c.relname NOT LIKE %1$s
            """, """
            SELECT 'constraint', c.relname, con.conname, pg_get_constraintdef(con.oid),
                   con.condeferrable::text, con.condeferred::text, con.convalidated::text,
                   coalesce(obj_description(con.oid, 'pg_constraint'), '')
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relname NOT LIKE %1$s
            """, """
            SELECT 'index', c.relname, pg_get_indexdef(i.indexrelid),
                   coalesce(obj_description(i.indexrelid, 'pg_class'), '')
            FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relname NOT LIKE %1$s
            """, """
            SELECT 'sequence', c.relname, format_type(s.seqtypid, NULL), s.seqstart::text, s.seqincrement::text,
                   s.seqmin::text, s.seqmax::text, s.seqcache::text, s.seqcycle::text,
                   coalesce((SELECT o.relname || '.' || a.attname || ' ' || d.deptype::text FROM pg_depend d
                             JOIN pg_class o ON o.oid = d.refobjid
                             JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                             WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass
                               AND d.refclassid = 'pg_class'::regclass), ''),
                   coalesce(obj_description(c.oid, 'pg_class'), '')
            FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relname NOT LIKE %1$s
            """, """
            SELECT 'type', t.typname, t.typtype::text,
                   array_to_string(array(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid
                                         ORDER BY e.enumsortorder), ',')
            FROM pg_type t
            WHERE t.typnamespace = current_schema()::regnamespace AND t.typtype IN ('e', 'd', 'c', 'r')
              AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind <> 'c')
            """, """
            SELECT 'cast', format_type(c.castsource, NULL), format_type(c.casttarget, NULL),
                   c.castmethod::text, c.castcontext::text, c.castfunc::regprocedure::text
            FROM pg_cast c JOIN pg_type s ON s.oid = c.castsource JOIN pg_type t ON t.oid = c.casttarget
            WHERE s.typnamespace = current_schema()::regnamespace OR t.typnamespace = current_schema()::regnamespace
            """, """
            SELECT 'function', p.proname, pg_get_function_identity_arguments(p.oid)
            FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace
            """);

    private PostgresCatalogDump() {
    }

    /**
     * The same lines with the position of every column of {@code tables} left out. PostgreSQL adds a column at the
     * end of its table and has no way to place it, so where a table outlives a generation its columns are compared
     * by name, not by place (pg_dump would print them in the order they were added).
     */
    public static List<String> withoutColumnPositions(List<String> lines, Set<String> tables) {
        return PgDump.withoutColumnPositions(lines, tables).stream().map(line -> {
            String[] fields = line.split(" \\| ", -1);
            if (fields[0].equals("column") && tables.contains(fields[1])) {
                fields[2] = "*";
                return String.join(" | ", fields);
            }
            return line;
        }).sorted().toList();
    }

    /** The tables of a dump. */
    public static Set<String> tables(List<String> lines) {
        return lines.stream().map(line -> line.split(" \\| ", -1))
                .filter(f -> f[0].equals("relation") && f[2].equals("r")).map(f -> f[1]).collect(Collectors.toSet());
    }

    /** The catalog lines, and in the {@code pg-dump} profile pg_dump's statements too. */
    static List<String> withPgDumpWhenAsked(TestDatabase db) {
        List<String> lines = new ArrayList<>(of(db));
        if (PgDump.requested()) {
            lines.addAll(PgDump.of(db));
        }
        return lines.stream().sorted().toList();
    }

    public static List<String> of(TestDatabase db) {
        List<String> lines = new ArrayList<>();
        for (String query : QUERIES) {
            for (List<String> row : db.rows(query.formatted(RUNNER))) {
                lines.add(String.join(" | ", row));
            }
        }
        return lines.stream().sorted().toList();
    }
}
