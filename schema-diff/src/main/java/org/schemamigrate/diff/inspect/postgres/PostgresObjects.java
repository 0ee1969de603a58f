package org.schemamigrate.diff.inspect.postgres;

import static org.schemamigrate.diff.inspect.CatalogQuery.query;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.model.DefinedObject;
import org.schemamigrate.diff.prove.CatalogFingerprint;

/**
 * Views, materialized views (with their indexes), functions, procedures, triggers, policies and extensions of
 * a schema in one query, each as the statements the server prints for it (pg_get_viewdef, pg_get_functiondef,
 * pg_get_triggerdef, pg_get_indexdef, policy expressions through pg_get_expr; a view's column comments as COMMENT ON
 * COLUMN statements after it) and what it depends on from
 * pg_depend (a view's through its rewrite rule). Extension members belong to their extension and are left out.
 */
final class PostgresObjects {

    static final String OBJECTS = """
            WITH s AS (SELECT oid FROM pg_namespace WHERE nspname = ?),
            objs AS (
              SELECT 'pg_rewrite'::regclass AS classid, rw.oid AS objid, c.oid AS self,
                     CASE c.relkind WHEN 'v' THEN 'VIEW' ELSE 'MATERIALIZED_VIEW' END AS kind,
                     c.relname::text AS name, NULL::text AS tbl,
                     array[CASE c.relkind WHEN 'v' THEN 'CREATE VIEW ' ELSE 'CREATE MATERIALIZED VIEW ' END
                           || RELATION
                           || coalesce(' WITH (' || array_to_string(c.reloptions, ', ') || ')', '') || E' AS\\n'
                           || rtrim(pg_get_viewdef(c.oid, true), ';')
                           || CASE WHEN c.relkind = 'm' AND NOT c.relispopulated THEN E'\\nWITH NO DATA' ELSE '' END]
                     || array(SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i
                              JOIN pg_class ic ON ic.oid = i.indexrelid
                              WHERE i.indrelid = c.oid ORDER BY ic.relname)
                     || array(SELECT 'COMMENT ON COLUMN ' || RELATION || '.' || quote_ident(a.attname)
                                     || ' IS ' || quote_literal(d.description)
                              FROM pg_attribute a JOIN pg_description d ON d.objoid = c.oid
                              AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
                              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                              ORDER BY a.attnum) AS def,
                     obj_description(c.oid, 'pg_class') AS comment
              FROM pg_class c
              JOIN s ON c.relnamespace = s.oid
              JOIN pg_rewrite rw ON rw.ev_class = c.oid AND rw.rulename = '_RETURN'
              WHERE c.relkind IN ('v', 'm')
              UNION ALL
              SELECT 'pg_proc'::regclass, p.oid, p.oid, CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,
                     p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', NULL,
                     array[rtrim(pg_get_functiondef(p.oid), E' \\n')], obj_description(p.oid, 'pg_proc')
              FROM pg_proc p
              JOIN s ON p.pronamespace = s.oid
              WHERE p.prokind IN ('f', 'p', 'w') AND NOT EXISTS (SELECT 1 FROM pg_depend x
                    WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype = 'e')
              UNION ALL
              SELECT 'pg_trigger'::regclass, tg.oid, tg.oid, 'TRIGGER', tg.tgname::text, c.relname::text,
                     array[pg_get_triggerdef(tg.oid)]
                     || CASE WHEN tg.tgenabled = 'O' THEN '{}'::text[]
                             ELSE array['ALTER TABLE ' || RELATION || CASE tg.tgenabled
                                        WHEN 'D' THEN ' DISABLE' WHEN 'R' THEN ' ENABLE REPLICA'
                                        ELSE ' ENABLE ALWAYS' END || ' TRIGGER ' || quote_ident(tg.tgname)] END,
                     obj_description(tg.oid, 'pg_trigger')
              FROM pg_trigger tg
              JOIN pg_class c ON c.oid = tg.tgrelid
              JOIN s ON c.relnamespace = s.oid
              WHERE NOT tg.tgisinternal
              UNION ALL
              SELECT 'pg_policy'::regclass, pol.oid, pol.oid, 'POLICY', pol.polname::text, c.relname::text,
                     array['CREATE POLICY ' || quote_ident(pol.polname) || ' ON ' || RELATION
                           || CASE WHEN pol.polpermissive THEN '' ELSE ' AS RESTRICTIVE' END
                           || ' FOR ' || CASE pol.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT'
                                         WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
                           || ' TO ' || array_to_string(array(SELECT CASE WHEN r.oid = 0 THEN 'PUBLIC'
                                              ELSE quote_ident(ro.rolname) END
                                          FROM unnest(pol.polroles) r(oid)
                                          LEFT JOIN pg_roles ro ON ro.oid = r.oid ORDER BY 1), ', ')
                           || coalesce(' USING (' || pg_get_expr(pol.polqual, pol.polrelid) || ')', '')
                           || coalesce(' WITH CHECK (' || pg_get_expr(pol.polwithcheck, pol.polrelid) || ')', '')],
                     obj_description(pol.oid, 'pg_policy')
              FROM pg_policy pol
              JOIN pg_class c ON c.oid = pol.polrelid
              JOIN s ON c.relnamespace = s.oid
              UNION ALL
              SELECT 'pg_extension'::regclass, e.oid, e.oid, 'EXTENSION', e.extname::text, NULL,
                     array['CREATE EXTENSION ' || quote_ident(e.extname) || ' VERSION ' || quote_literal(e.extversion)],
                     obj_description(e.oid, 'pg_extension')
              FROM pg_extension e
              JOIN s ON e.extnamespace = s.oid
            )
            SELECT o.kind, o.name, o.tbl, o.def, o.comment,
                   array(SELECT DISTINCT CASE
                            WHEN rc.relkind IN ('v', 'm') THEN CASE rc.relkind WHEN 'v' THEN 'VIEW ' ELSE
                                 'MATERIALIZED_VIEW ' END || rcn.nspname || E'\\x01' || rc.relname
                            WHEN ra.attname IS NOT NULL THEN 'column ' || rcn.nspname || E'\\x01' || rc.relname
                                 || '.' || ra.attname
                            WHEN rc.relkind IN ('r', 'p') THEN 'table ' || rcn.nspname || E'\\x01' || rc.relname
                            WHEN rp.oid IS NOT NULL THEN CASE rp.prokind WHEN 'p' THEN 'PROCEDURE ' ELSE 'FUNCTION ' END
                                 || rpn.nspname || E'\\x01' || rp.proname || '('
                                 || pg_get_function_identity_arguments(rp.oid) || ')'
                            WHEN rx.oid IS NOT NULL THEN 'EXTENSION ' || rx.extname END
                         FROM pg_depend d
                         LEFT JOIN pg_class rc ON d.refclassid = 'pg_class'::regclass AND rc.oid = d.refobjid
                         LEFT JOIN pg_namespace rcn ON rcn.oid = rc.relnamespace
                         LEFT JOIN pg_attribute ra ON ra.attrelid = rc.oid AND d.refobjsubid > 0
                              AND ra.attnum = d.refobjsubid
                         LEFT JOIN pg_proc rp ON d.refclassid = 'pg_proc'::regclass AND rp.oid = d.refobjid
                         LEFT JOIN pg_namespace rpn ON rpn.oid = rp.pronamespace
                         LEFT JOIN pg_extension rx ON d.refclassid = 'pg_extension'::regclass AND rx.oid = d.refobjid
                         WHERE d.classid = o.classid AND d.objid = o.objid AND d.refobjid <> o.self
                           AND d.deptype IN ('n', 'a'))
            FROM objs o
            ORDER BY 1, 3, 2
            """;

    private PostgresObjects() {
    }

    /**
     * The schema's objects, without those excluded by name or on an excluded table; another schema's named with
     * it (its extensions are not read: they are refused by kind), what they use named as {@code names} says.
     */
    static List<DefinedObject> read(Connection connection, String schema, InspectOptions.NameFilter excluded,
                                    Names names) throws SQLException {
        boolean own = schema.equals(names.managed());
        String relation = own ? "quote_ident(c.relname)"
                : "(quote_ident('" + schema.replace("'", "''") + "') || '.' || quote_ident(c.relname))";
        List<DefinedObject> objects = new ArrayList<>();
        query(connection, OBJECTS.replace("RELATION", relation), schema, rs -> {
            String name = rs.getString(2);
            String table = rs.getString(3);
            String bareName = name.contains("(") ? name.substring(0, name.indexOf('(')) : name;
            if (excluded.excludes(bareName) || (table != null && excluded.excludes(table))
                    || (!own && rs.getString(1).equals("EXTENSION"))) {
                return;
            }
            List<String> definition = new ArrayList<>();
            for (String statement : strings(rs.getArray(4))) {
                definition.add(own ? CatalogFingerprint.unqualify(statement, schema, '"') : statement);
            }
            Set<String> dependsOn = new LinkedHashSet<>();
            for (String reference : strings(rs.getArray(6))) {
                if (reference != null) {
                    reference = named(reference, names);
                    dependsOn.add(reference);
                    if (reference.startsWith("column ")) {
                        String column = reference.substring("column ".length());
                        dependsOn.add(DefinedObject.tableRef(column.substring(0, column.indexOf('.'))));
                    }
                }
            }
            // a trigger's or policy's own name stays bare: its table carries the schema
            objects.add(new DefinedObject(DefinedObject.Kind.valueOf(rs.getString(1)),
                    table == null ? names.in(schema, name) : name, table == null ? null : names.in(schema, table),
                    definition, rs.getString(5), List.copyOf(dependsOn)));
        });
        List<DefinedObject> views = objects.stream().filter(o -> o.kind() == DefinedObject.Kind.VIEW
                || o.kind() == DefinedObject.Kind.MATERIALIZED_VIEW).toList();
        objects.replaceAll(o -> withViewsInSqlBody(o, views));
        return objects;
    }

    /** {@code kind schema\u0001name…} as the model names it: the managed schema's bare, another's with it. */
    private static String named(String reference, Names names) {
        int space = reference.indexOf(' ');
        int mark = reference.indexOf('\u0001');
        return mark < 0 ? reference : reference.substring(0, space + 1)
                + names.in(reference.substring(space + 1, mark), reference.substring(mark + 1));
    }

    /**
     * PostgreSQL records nothing for the names in a SQL-language body (unless BEGIN ATOMIC), yet checks them when
     * the function is created: the views named in it are its dependencies, so it is created after them.
     */
    private static DefinedObject withViewsInSqlBody(DefinedObject routine, List<DefinedObject> views) {
        String text = routine.definition().get(0);
        boolean sqlBody = (routine.kind() == DefinedObject.Kind.FUNCTION
                || routine.kind() == DefinedObject.Kind.PROCEDURE)
                && text.contains("\n LANGUAGE sql\n") && !text.contains("BEGIN ATOMIC");
        if (!sqlBody) {
            return routine;
        }
        Set<String> dependsOn = new LinkedHashSet<>(routine.dependsOn());
        for (DefinedObject view : views) {
            if (Pattern.compile("(?<![\\w$])" + Pattern.quote(view.name()) + "(?![\\w$])").matcher(text).find()) {
                dependsOn.add(view.key());
            }
        }
        return new DefinedObject(routine.kind(), routine.name(), routine.table(), routine.definition(),
                routine.comment(), List.copyOf(dependsOn));
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add((String) value);
        }
        return values;
    }
}
