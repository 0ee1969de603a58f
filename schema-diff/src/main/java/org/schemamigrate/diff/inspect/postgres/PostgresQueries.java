package org.schemamigrate.diff.inspect.postgres;

/** The inspector's catalog queries: one per object kind for a whole schema (parameter 1: the schema name). */
final class PostgresQueries {

    private PostgresQueries() {
    }

    /**
     * A query for the server's version: {@code NULLS_NOT_DISTINCT} stands for {@code i.indnullsnotdistinct} of
     * pg_index i, a column of PostgreSQL 15 and later (false before).
     */
    static String forVersion(String sql, boolean nullsNotDistinct) {
        return sql.replace("NULLS_NOT_DISTINCT", nullsNotDistinct ? "i.indnullsnotdistinct" : "false");
    }

    /**
     * The managed schema (parameter 1, else the current one) in every row, with each other user schema and its
     * comment (none: one row of nulls): not the system's, not public (the managed one of scratch databases), not
     * a scratch namespace, not an extension's; as the proof's fingerprint lists them.
     */
    static final String SCHEMAS = """
            WITH m AS (SELECT coalesce(?::text, current_schema()) AS name)
            SELECT m.name, n.nspname, obj_description(n.oid, 'pg_namespace')
            FROM m
            LEFT JOIN pg_namespace n ON n.nspname <> m.name
              AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'public')
              AND n.nspname !~ '^pg_(toast|temp_)' AND n.nspname !~ '^sm_[0-9a-f]{8}([0-9a-f]{8})?_'
              AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_namespace'::regclass
                  AND x.objid = n.oid AND x.deptype = 'e')
            ORDER BY n.nspname
            """;

    static final String TABLES = """
            SELECT c.relname, obj_description(c.oid, 'pg_class')
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY c.relname
            """;

    /** Columns in table order, with the identity sequence's options and generation expressions. */
    static final String COLUMNS = """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                   coalesce(et.typname, t.typname), coalesce(et.typtype, t.typtype),
                   coalesce(etn.nspname, tn.nspname), t.typcategory = 'A',
                   a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,
                   CASE WHEN a.attcollation <> t.typcollation THEN co.collname END,
                   col_description(c.oid, a.attnum), s.seqstart, s.seqincrement,
                   s.seqmin, s.seqmax, s.seqcache, s.seqcycle, format_type(s.seqtypid, NULL)
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            JOIN pg_namespace tn ON tn.oid = t.typnamespace
            LEFT JOIN pg_type et ON t.typcategory = 'A' AND et.oid = t.typelem
            LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_depend dep ON a.attidentity <> '' AND dep.refclassid = 'pg_class'::regclass
                 AND dep.refobjid = c.oid AND dep.refobjsubid = a.attnum AND dep.deptype = 'i'
                 AND dep.classid = 'pg_class'::regclass
            LEFT JOIN pg_sequence s ON s.seqrelid = dep.objid
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY c.relname, a.attnum
            """;

    /** Primary key, unique, foreign key, check and exclusion constraints; column lists in key order. */
    static final String CONSTRAINTS = """
            SELECT c.relname, con.conname, con.contype,
                   array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),
                   rc.relname,
                   array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),
                   con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,
                   CASE WHEN con.contype IN ('c', 'x') THEN pg_get_constraintdef(con.oid, true) END,
                   obj_description(con.oid, 'pg_constraint'),
                   con.contype = 'u' AND coalesce((SELECT NULLS_NOT_DISTINCT FROM pg_index i
                                                   WHERE i.indexrelid = con.conindid), false),
                   con.confmatchtype = 'f', rn.nspname
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE n.nspname = ? AND con.contype IN ('p', 'u', 'f', 'c', 'x') AND c.relkind IN ('r', 'p')
              AND NOT c.relispartition
            ORDER BY c.relname, con.conname
            """;

    /**
     * Indexes that back no constraint; per key either a column name or an expression, its ordering and its
     * collation and operator class where not the default (as pg_get_indexdef decides: the opclass when it is not
     * its type's default or has parameters, printed as pg_get_indexdef does, {@code tsvector_ops (siglen='32')};
     * the collation when it is not the column's); INCLUDE columns, storage parameters, comment, NULLS NOT DISTINCT.
     */
    static final String INDEXES = """
            SELECT c.relname, ic.relname, i.indisunique, am.amname, pg_get_expr(i.indpred, i.indrelid, true),
                   array(SELECT a.attname::text FROM generate_series(1, i.indnkeyatts) k
                         LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]
                              AND i.indkey[k - 1] <> 0
                         ORDER BY k),
                   array(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, true) END
                         FROM generate_series(1, i.indnkeyatts) k ORDER BY k),
                   array(SELECT i.indoption[k - 1]::int FROM generate_series(1, i.indnkeyatts) k ORDER BY k),
                   array(SELECT concat_ws(' ',
                                CASE WHEN ia.attcollation <> 0 AND ia.attcollation
                                          <> coalesce(a.attcollation, t.typcollation)
                                     THEN 'COLLATE ' || quote_ident(co.collname) END,
                                CASE WHEN NOT oc.opcdefault OR ia.attoptions IS NOT NULL
                                     THEN quote_ident(oc.opcname) END,
                                '(' || (SELECT string_agg(split_part(o, '=', 1) || '='
                                                || CASE WHEN quote_ident(substr(o, strpos(o, '=') + 1))
                                                             = substr(o, strpos(o, '=') + 1)
                                                        THEN substr(o, strpos(o, '=') + 1)
                                                        ELSE quote_literal(substr(o, strpos(o, '=') + 1)) END,
                                                ', ')
                                        FROM unnest(ia.attoptions) o) || ')')
                         FROM generate_series(1, i.indnkeyatts) k
                         JOIN pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = k
                         JOIN pg_type t ON t.oid = ia.atttypid
                         JOIN pg_opclass oc ON oc.oid = i.indclass[k - 1]
                         LEFT JOIN pg_collation co ON co.oid = ia.attcollation
                         LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]
                              AND i.indkey[k - 1] <> 0
                         ORDER BY k),
                   array(SELECT a.attname::text FROM generate_series(i.indnkeyatts + 1, i.indnatts) k
                         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]
                         ORDER BY k),
                   coalesce(ic.reloptions, '{}'::text[]), obj_description(ic.oid, 'pg_class'), NULLS_NOT_DISTINCT
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_am am ON am.oid = ic.relam
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid
                              AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))
            ORDER BY c.relname, ic.relname
            """;

    /** Stand-alone and OWNED BY sequences; identity sequences belong to their column and are left out. */
    static final String SEQUENCES = """
            SELECT c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
                   s.seqcache, s.seqcycle, owner.relname, a.attname, obj_description(c.oid, 'pg_class')
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
                 AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
            LEFT JOIN pg_class owner ON owner.oid = d.refobjid
            LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
            WHERE n.nspname = ? AND (d.deptype IS NULL OR d.deptype = 'a')
            ORDER BY c.relname
            """;

    static final String ENUMS = """
            SELECT t.typname,
                   array(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder),
                   obj_description(t.oid, 'pg_type')
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = ? AND t.typtype = 'e'
            ORDER BY t.typname
            """;

    /**
     * Casts from or to a type of the schema (pg_cast is database-wide): per side the type's name and whether it
     * belongs to the schema, else format_type's spelling; method ('i' inout, 'b' binary, 'f' function with its
     * signature) and context ('e', 'a', 'i').
     */
    static final String CASTS = """
            WITH s AS (SELECT ?::text AS name)
            SELECT st.typname, sn.nspname = s.name, format_type(st.oid, NULL),
                   tt.typname, tn.nspname = s.name, format_type(tt.oid, NULL),
                   c.castmethod, CASE WHEN c.castmethod = 'f' THEN c.castfunc::regprocedure::text END, c.castcontext
            FROM pg_cast c
            CROSS JOIN s
            JOIN pg_type st ON st.oid = c.castsource
            JOIN pg_namespace sn ON sn.oid = st.typnamespace
            JOIN pg_type tt ON tt.oid = c.casttarget
            JOIN pg_namespace tn ON tn.oid = tt.typnamespace
            WHERE (sn.nspname = s.name OR tn.nspname = s.name)
              AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_cast'::regclass
                              AND x.objid = c.oid AND x.deptype = 'e') -- an extension's own casts come with it
            ORDER BY 3, 6
            """;
}
