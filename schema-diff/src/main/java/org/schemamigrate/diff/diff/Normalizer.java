package org.schemamigrate.diff.diff;

import java.util.List;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;

/** Applies {@link DiffHooks} to every type and expression of a schema before comparison. */
final class Normalizer {
    private final DiffHooks hooks;

    Normalizer(DiffHooks hooks) {
        this.hooks = hooks;
    }

    Schema normalize(Schema schema) {
        return schema.withTables(schema.tables().stream().map(this::table).toList());
    }

    private Table table(Table table) {
        List<Column> columns = table.columns().stream().map(this::column).toList();
        List<Check> checks = table.checks().stream()
                .map(c -> c.withExpression(hooks.normalizeExpression(c.expression()), c.column())).toList();
        List<Index> indexes = table.indexes().stream().map(this::index).toList();
        return table.withColumns(columns).withChecks(checks).withIndexes(indexes);
    }

    private Column column(Column c) {
        return new Column(c.name(), hooks.normalizeType(c.type()), c.nullable(),
                hooks.normalizeExpression(c.defaultExpression()), c.identity(),
                hooks.normalizeExpression(c.generatedExpression()), c.collation(), c.comment(),
                hooks.normalizeExpression(c.onUpdate()), c.generatedVirtual());
    }

    private Index index(Index index) {
        List<IndexPart> parts = index.parts().stream()
                .map(p -> p.column() != null ? p : p.withKey(null, hooks.normalizeExpression(p.expression())))
                .toList();
        return index.withKeys(parts, index.include(), hooks.normalizeExpression(index.predicate()));
    }
}
