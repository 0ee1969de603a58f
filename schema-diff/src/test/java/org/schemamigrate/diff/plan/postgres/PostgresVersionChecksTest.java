package org.schemamigrate.diff.plan.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.UniqueConstraint;

/** NULLS NOT DISTINCT is PostgreSQL 15 syntax: planned for an older server it is refused, naming object and kind. */
class PostgresVersionChecksTest {
    private static final Index NND_INDEX = new Index("ux_doc_code", List.of(
            org.schemamigrate.diff.model.IndexPart.column("code")), true, "btree", null, List.of(), List.of(), null,
            true, false);
    private static final UniqueConstraint NND_UNIQUE = new UniqueConstraint("doc_code_key", List.of("code"), true);

    @Test
    void refusedBefore15NamingTheObjectAndItsKind() {
        PostgresPlanner pg14 = new PostgresPlanner(Features.postgres(14));

        assertThatThrownBy(() -> pg14.plan(List.of(new SchemaChange.CreateIndex("doc", NND_INDEX))))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("index ux_doc_code", "doc", "PostgreSQL 14");
                });
        Table table = new Table("doc", List.of(Column.of("code", ColumnType.of("text"), true)), null, List.of(),
                List.of(), List.of(), List.of(), null, null).withUniques(List.of(NND_UNIQUE));
        assertThatThrownBy(() -> pg14.plan(List.of(new SchemaChange.CreateTable(table))))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("unique constraint doc_code_key");
                });
        assertThatThrownBy(() -> pg14.plan(List.of(new SchemaChange.AddUnique("doc", NND_UNIQUE))))
                .isInstanceOf(MigrationException.class);
    }

    @Test
    void plannedFrom15On() {
        assertThat(new PostgresPlanner(Features.postgres(15)).plan(List.of(new SchemaChange.CreateIndex("doc",
                NND_INDEX), new SchemaChange.AddUnique("doc", NND_UNIQUE))).script())
                .contains("(\"code\") NULLS NOT DISTINCT", "UNIQUE NULLS NOT DISTINCT (\"code\")");
    }
}
