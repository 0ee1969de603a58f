package org.schemamigrate.diff.plan.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresCheckTextTest {

    @Test
    void aPrintedVarcharInListIsWrittenBackAsTheInList() {
        assertThat(PostgresCheckText.of("((status)::text = ANY ((ARRAY['ACTIVE'::character varying,"
                + " 'O''K'::character varying])::text[]))")).isEqualTo("status IN ('ACTIVE', 'O''K')");
        assertThat(PostgresCheckText.of("(\"Kind\")::text = ANY ((ARRAY['A'::character varying])::text[])"))
                .isEqualTo("\"Kind\" IN ('A')");
        assertThat(PostgresCheckText.of("status::text = ANY (ARRAY['A'::character varying]::text[])"))
                .isEqualTo("status IN ('A')");
    }

    @Test
    void aListInsideALargerConditionIsWrittenBackAsTheInList() {
        assertThat(PostgresCheckText.of("(((format)::text = ANY ((ARRAY['md'::character varying,"
                + " 'html'::character varying])::text[])) OR (format IS NULL))"))
                .isEqualTo("((format IN ('md', 'html')) OR (format IS NULL))");
        assertThat(PostgresCheckText.of("(format::text = ANY (ARRAY['md'::character varying]::text[]))"
                + " OR format IS NULL")).isEqualTo("(format IN ('md')) OR format IS NULL");
    }

    @Test
    void otherChecksAreWrittenAsPrinted() {
        assertThat(PostgresCheckText.of("(tier >= 0) AND (tier <= 2)")).isEqualTo("(tier >= 0) AND (tier <= 2)");
        assertThat(PostgresCheckText.of("(lower(code)::text = ANY ((ARRAY['a'::character varying])::text[])) OR"
                + " x")).isEqualTo("(lower(code)::text = ANY ((ARRAY['a'::character varying])::text[])) OR x");
        assertThat(PostgresCheckText.of("(kind = ANY (ARRAY['A'::text, 'B'::text]))"))
                .isEqualTo("(kind = ANY (ARRAY['A'::text, 'B'::text]))");
    }
}
