package org.schemamigrate.core.reliability;

import java.util.List;
import java.util.Random;

/**
 * Valid PostgreSQL scripts from a seed: statements whose strings, dollar quotes, quoted identifiers, comments,
 * parentheses (rule actions) and BEGIN ATOMIC bodies hold semicolons, joined by the separators people write.
 */
final class PostgresScriptGenerator {
    private static final List<String> STATEMENTS = List.of(
            "SELECT 1",
            "SELECT 'a;b', 'it''s; fine'",
            "SELECT E'it\\'s; \\\\ ok;'",
            "SELECT U&'d\\0061t;a'",
            "SELECT $$x; y$$",
            "SELECT $t$a;$$;b$t$",
            "SELECT \"we;ird\" FROM (SELECT 1 AS \"we;ird\") s",
            "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO u VALUES (1); DELETE FROM v)",
            "CREATE RULE r2 AS ON UPDATE TO t DO INSTEAD (SELECT 1; SELECT (2); NOTIFY t)",
            "SELECT 1 /* c; /* nested; */ still; */ + 2",
            "SELECT 1 -- a comment; here\n  + 2",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 1 END; END",
            "SELECT ((1 + (2)))",
            "DO $$ BEGIN PERFORM 1; END $$",
            "CREATE TABLE x (id int, CONSTRAINT c CHECK (id > 0))",
            "INSERT INTO x VALUES (1), (2)",
            "SELECT a[1] FROM (SELECT ARRAY[1, 2] AS a) s",
            "SELECT 'x'::text || $1",
            "COMMENT ON TABLE x IS 'a; b'");
    private static final List<String> SEPARATORS = List.of(";\n", "; ", ";", ";\n\n", ";\n-- between; statements\n",
            ";\n/* block; comment */\n", ";;\n", "; -- trailing\n");

    private final Random random;

    PostgresScriptGenerator(long seed) {
        this.random = new Random(seed);
    }

    String next() {
        StringBuilder script = new StringBuilder();
        if (random.nextInt(4) == 0) {
            script.append("-- a leading comment; with a semicolon\n");
        }
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            script.append(STATEMENTS.get(random.nextInt(STATEMENTS.size())));
            boolean last = i == count - 1;
            script.append(last && random.nextInt(3) == 0 ? "\n" : SEPARATORS.get(random.nextInt(SEPARATORS.size())));
        }
        return script.toString();
    }
}
