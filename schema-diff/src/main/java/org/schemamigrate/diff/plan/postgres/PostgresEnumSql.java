package org.schemamigrate.diff.plan.postgres;

import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.literal;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quote;

import java.util.List;
import org.schemamigrate.diff.model.SchemaNames;
import org.schemamigrate.diff.change.SchemaChange.AddEnumValue;
import org.schemamigrate.diff.change.SchemaChange.EnumUsage;
import org.schemamigrate.diff.change.SchemaChange.RecreateEnum;
import org.schemamigrate.diff.model.Cast;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.EnumType;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/** Enum types: create, add a label, rebuild with converted columns, drop; and the casts of a type. */
final class PostgresEnumSql {

    private PostgresEnumSql() {
    }

    static void createEnum(EnumType type, List<PlanStep> out) {
        out.add(new PlanStep("CREATE TYPE " + quote(type.name()) + " AS ENUM (" + labels(type) + ")",
                "Create enum type " + type.name(), Safety.SAFE));
        if (type.comment() != null) {
            out.add(comment(type.name(), type.comment()));
        }
    }

    static PlanStep comment(String name, String comment) {
        return new PlanStep("COMMENT ON TYPE " + quote(name) + " IS " + (comment == null ? "NULL" : literal(comment)),
                (comment == null ? "Remove comment of enum type " : "Comment enum type ") + name, Safety.SAFE);
    }

    static PlanStep dropEnum(EnumType type) {
        return new PlanStep("DROP TYPE " + quote(type.name()), "Drop enum type " + type.name(), Safety.SAFE);
    }

    static PlanStep addValue(AddEnumValue change) {
        String sql = "ALTER TYPE " + quote(change.enumName()) + " ADD VALUE " + literal(change.value());
        if (change.before() != null) {
            sql += " BEFORE " + literal(change.before());
        } else if (change.after() != null) {
            sql += " AFTER " + literal(change.after());
        }
        return new PlanStep(sql, "Add value " + change.value() + " to enum type " + change.enumName(), Safety.SAFE);
    }

    /**
     * Rename the old type away, create the new one, convert each column through text, drop the old type. Used when
     * labels are removed or reordered, or added and used at once (an added label is unusable until commit).
     */
    static void recreate(RecreateEnum change, List<PlanStep> out) {
        String name = change.to().name();
        String old = name + "_old";
        out.add(new PlanStep("ALTER TYPE " + quote(name) + " RENAME TO " + quote(SchemaNames.local(old)),
                "Rename enum type " + name + " away to rebuild it with its new labels", Safety.SAFE));
        createEnum(change.to(), out);
        for (EnumUsage usage : change.usages()) {
            Column column = usage.column();
            String prefix = "ALTER TABLE " + quote(usage.table()) + " ALTER COLUMN " + quote(column.name()) + " ";
            String label = usage.table() + "." + column.name();
            if (column.defaultExpression() != null) {
                out.add(new PlanStep(prefix + "DROP DEFAULT", "Drop default of " + label + " while its type changes",
                        Safety.SAFE));
            }
            String array = column.type().array() ? "[]" : "";
            out.add(new PlanStep(prefix + "TYPE " + quote(name) + array + " USING " + quote(column.name())
                    + "::text" + array + "::" + quote(name) + array,
                    "Convert " + label + " to the rebuilt enum type (fails on removed values)",
                    Safety.DATA_DEPENDENT));
            if (usage.restoredDefault() != null) {
                out.add(new PlanStep(prefix + "SET DEFAULT " + usage.restoredDefault(),
                        "Restore default of " + label, Safety.SAFE));
            }
        }
        out.add(new PlanStep("DROP TYPE " + quote(old), "Drop the old enum type " + name, Safety.SAFE));
    }

    /** Types are written as the model holds them: the schema's own quoted, others as the catalog prints them. */
    static PlanStep createCast(Cast cast) {
        String method = switch (cast.method()) {
            case INOUT -> " WITH INOUT";
            case BINARY -> " WITHOUT FUNCTION";
            case FUNCTION -> " WITH FUNCTION " + cast.function();
        };
        String context = switch (cast.context()) {
            case EXPLICIT -> "";
            case ASSIGNMENT -> " AS ASSIGNMENT";
            case IMPLICIT -> " AS IMPLICIT";
        };
        return new PlanStep("CREATE CAST (" + cast.key() + ")" + method + context, "Create cast " + cast.key(),
                Safety.SAFE);
    }

    static PlanStep dropCast(Cast cast) {
        return new PlanStep("DROP CAST (" + cast.key() + ")", "Drop cast " + cast.key(), Safety.SAFE);
    }

    private static String labels(EnumType type) {
        return String.join(", ", type.values().stream().map(PostgresIdentifiers::literal).toList());
    }
}
