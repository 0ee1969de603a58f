package org.schemamigrate.diff.plan.mysql;

import static org.schemamigrate.diff.plan.mysql.MySqlIdentifiers.quote;

import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange.AddColumn;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.plan.Safety;

/** The MODIFY COLUMN clause of an altered column, with what it risks. */
final class MySqlModifyColumn {
    private MySqlModifyColumn() {
    }

    /** MODIFY replaces the column: the whole target definition is written, never only what changed. */
    static MySqlAlterTable.Clause clause(AlterColumn change, Check check) {
        Column from = change.from();
        Column to = change.to();
        List<String> what = new ArrayList<>();
        Safety safety = Safety.SAFE;
        if (change.has(ColumnChange.TYPE)) {
            boolean widening = MySqlColumnSql.widens(from.type(), to.type());
            what.add("type " + MySqlColumnSql.type(from.type()) + " -> " + MySqlColumnSql.type(to.type())
                    + (widening ? "" : " (values that do not fit fail or are changed)"));
            safety = widening ? Safety.SAFE : Safety.DESTRUCTIVE;
        }
        if (change.has(ColumnChange.COLLATION)) {
            what.add("collation " + to.collation() + " (may fail on keys that collide)");
            safety = safety.max(Safety.DATA_DEPENDENT);
        }
        if (change.has(ColumnChange.NULLABILITY)) {
            what.add(to.nullable() ? "allow nulls" : "forbid nulls (fails if rows hold null)");
            safety = safety.max(to.nullable() ? Safety.SAFE : Safety.DATA_DEPENDENT);
        }
        if (change.has(ColumnChange.DEFAULT)) {
            what.add(to.defaultExpression() == null ? "drop default" : "default " + to.defaultExpression());
        }
        if (change.has(ColumnChange.IDENTITY)) {
            what.add(to.identity() == null ? "stop AUTO_INCREMENT" : "AUTO_INCREMENT");
        }
        if (change.has(ColumnChange.ON_UPDATE)) {
            what.add(to.onUpdate() == null ? "drop ON UPDATE" : "ON UPDATE " + to.onUpdate());
        }
        if (change.has(ColumnChange.COMMENT)) {
            what.add(to.comment() == null ? "drop comment" : "comment");
        }
        if (check != null) {
            what.add("check " + check.expression());
            safety = safety.max(Safety.DATA_DEPENDENT);
        }
        String place = "";
        if (change.has(ColumnChange.POSITION)) {
            place = change.after().equals(AddColumn.FIRST) ? " FIRST" : " AFTER " + quote(change.after());
            what.add(change.after().equals(AddColumn.FIRST) ? "move first" : "move after " + change.after());
        }
        return new MySqlAlterTable.Clause("MODIFY COLUMN " + MySqlColumnSql.withCheck(MySqlColumnSql.definition(to, null), check)
                + place, "modify " + to.name() + ": " + String.join(", ", what), safety);
    }
}
