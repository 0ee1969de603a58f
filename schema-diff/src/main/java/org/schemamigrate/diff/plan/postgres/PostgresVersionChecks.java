package org.schemamigrate.diff.plan.postgres;

import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.UniqueConstraint;

/**
 * Clauses an older target server cannot run are refused by name before any SQL is planned, instead of a syntax
 * error on the dev database or, worse, on the target.
 */
final class PostgresVersionChecks {

    private PostgresVersionChecks() {
    }

    /** Fails with {@link CoreErrorCode#CONFIGURATION} when {@code change} needs a newer server than {@code features}. */
    static void require(SchemaChange change, Features features) {
        if (features == null || features.atLeast(15, 0)) {
            return;
        }
        List<String> names = new ArrayList<>();
        if (change instanceof SchemaChange.CreateIndex c && c.index().nullsNotDistinct()) {
            names.add("index " + c.index().name());
        } else if (change instanceof SchemaChange.AddUnique c && c.unique().nullsNotDistinct()) {
            names.add("unique constraint " + c.unique().name());
        } else if (change instanceof SchemaChange.CreateTable c) {
            Table table = c.definition();
            table.indexes().stream().filter(Index::nullsNotDistinct).forEach(i -> names.add("index " + i.name()));
            table.uniques().stream().filter(UniqueConstraint::nullsNotDistinct)
                    .forEach(u -> names.add("unique constraint " + u.name()));
        }
        if (!names.isEmpty()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "NULLS NOT DISTINCT needs PostgreSQL 15 or"
                    + " later; the server is PostgreSQL " + features.major() + " (" + String.join(", ", names)
                    + " of table " + change.table() + "). Upgrade the server, or make the columns NOT NULL and drop"
                    + " NULLS NOT DISTINCT from the desired schema.");
        }
    }
}
