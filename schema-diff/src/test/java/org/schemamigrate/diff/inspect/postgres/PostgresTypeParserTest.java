package org.schemamigrate.diff.inspect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ReferentialAction;

class PostgresTypeParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            character varying(255)        | false | character varying           | 255 | -  | -
            character varying(255)[]      | true  | character varying           | 255 | -  | -
            character(1)                  | false | character                   | 1   | -  | -
            bit varying(5)                | false | bit varying                 | 5   | -  | -
            numeric(38,2)                 | false | numeric                     | -   | 38 | 2
            numeric                       | false | numeric                     | -   | -  | -
            timestamp(6) with time zone   | false | timestamp with time zone    | -   | 6  | -
            timestamp without time zone   | false | timestamp without time zone | -   | -  | -
            time(3) without time zone     | false | time without time zone      | -   | 3  | -
            interval second(6)            | false | interval second             | -   | 6  | -
            double precision              | false | double precision            | -   | -  | -
            integer[]                     | true  | integer                     | -   | -  | -
            """)
    void parsesFormatType(String formatted, boolean array, String name, Integer length, Integer precision,
                          Integer scale) {
        assertThat(PostgresTypeParser.parse(formatted, "ignored", "b", "pg_catalog", array))
                .isEqualTo(new ColumnType(name, length, precision, scale, array, false));
    }

    @Test
    void userDefinedTypesKeepTheirRawName() {
        assertThat(PostgresTypeParser.parse("\"Mood\"[]", "Mood", "e", "public", true))
                .isEqualTo(ColumnType.userDefined("Mood").asArray());
    }

    @Test
    void readsCheckExpressionsActionsAndOrderings() {
        assertThat(PostgresTypeParser.checkExpression("CHECK (a > 0 AND (b < 2)) NOT VALID"))
                .isEqualTo("a > 0 AND (b < 2)");
        assertThat(PostgresTypeParser.action("n")).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(PostgresTypeParser.action("a")).isEqualTo(ReferentialAction.NO_ACTION);
        assertThat(PostgresTypeParser.ordering(0)).isEmpty();
        assertThat(PostgresTypeParser.ordering(3)).isEqualTo("DESC");
        assertThat(PostgresTypeParser.ordering(1)).isEqualTo("DESC NULLS LAST");
        assertThat(PostgresTypeParser.ordering(2)).isEqualTo("NULLS FIRST");
    }

    @Test
    void excludePatternsAreGlobs() {
        InspectOptions.NameFilter filter = InspectOptions.defaults().withExcludes("tmp_*", "bak_?", "a.b").nameFilter();
        assertThat(filter.excludes("migration_history")).isTrue();
        assertThat(filter.excludes("migration_history_log")).isTrue();
        assertThat(filter.excludes("tmp_import")).isTrue();
        assertThat(filter.excludes("bak_1")).isTrue();
        assertThat(filter.excludes("bak_12")).isFalse();
        assertThat(filter.excludes("axb")).isFalse();
        assertThat(filter.excludes("a.b")).isTrue();
        assertThat(filter.excludes("orders")).isFalse();
    }
}
