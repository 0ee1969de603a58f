package org.schemamigrate.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What an in-doubt DDL statement leaves in the catalog when it committed; DML and type changes tell nothing. */
class StatementEffectTest {

    static Stream<Arguments> statements() {
        return Stream.of(
                arguments("CREATE TABLE crash_slow AS SELECT SLEEP(3) AS x",
                        new StatementEffect("table", null, "crash_slow", null, true)),
                arguments("create table if not exists `Shop`.`Order` (id int)",
                        new StatementEffect("table", "Shop", "Order", null, true)),
                arguments("CREATE OR REPLACE VIEW v AS SELECT 1", new StatementEffect("table", null, "v", null, true)),
                arguments("DROP TABLE IF EXISTS a, b", new StatementEffect("table", null, "a", null, false)),
                arguments("RENAME TABLE a TO b", new StatementEffect("table", null, "b", null, true)),
                arguments("ALTER TABLE a RENAME TO b", new StatementEffect("table", null, "b", null, true)),
                arguments("ALTER TABLE a ADD COLUMN note VARCHAR(20), ADD INDEX i (note)",
                        new StatementEffect("column", null, "a", "note", true)),
                arguments("ALTER TABLE a ADD note VARCHAR(20)", new StatementEffect("column", null, "a", "note", true)),
                arguments("ALTER TABLE a DROP COLUMN note", new StatementEffect("column", null, "a", "note", false)),
                arguments("ALTER TABLE a CHANGE COLUMN old_name new_name INT",
                        new StatementEffect("column", null, "a", "new_name", true)),
                arguments("ALTER TABLE a RENAME COLUMN x TO y", new StatementEffect("column", null, "a", "y", true)),
                arguments("ALTER TABLE a ADD UNIQUE KEY uq_note (note)",
                        new StatementEffect("index", null, "a", "uq_note", true)),
                arguments("ALTER TABLE a ADD CONSTRAINT fk_b FOREIGN KEY (b_id) REFERENCES b (id)",
                        new StatementEffect("constraint", null, "a", "fk_b", true)),
                arguments("ALTER TABLE a DROP FOREIGN KEY fk_b",
                        new StatementEffect("constraint", null, "a", "fk_b", false)),
                arguments("ALTER TABLE a DROP INDEX i", new StatementEffect("index", null, "a", "i", false)),
                arguments("CREATE UNIQUE INDEX CONCURRENTLY ix ON public.a (note)",
                        new StatementEffect("index", "public", "a", "ix", true)),
                arguments("DROP INDEX ix ON a", new StatementEffect("index", null, "a", "ix", false)),
                arguments("DROP INDEX CONCURRENTLY IF EXISTS ix", new StatementEffect("index", null, null, "ix", false)),
                arguments("INSERT INTO a SELECT * FROM b", null),
                arguments("UPDATE a SET note = 'x'", null),
                arguments("ALTER TABLE a MODIFY note TEXT", null),
                arguments("ALTER TABLE a ALTER COLUMN note TYPE text", null));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void effectOf(String sql, StatementEffect expected) {
        assertThat(StatementEffect.of(sql)).isEqualTo(expected);
    }
}
