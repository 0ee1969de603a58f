package org.schemamigrate.diff.plan.postgres;

import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.literal;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quote;

import java.util.List;
import java.util.Objects;
import org.schemamigrate.diff.change.SchemaChange.AddEnumValue;
import org.schemamigrate.diff.change.SchemaChange.EnumUsage;
import org.schemamigrate.diff.change.SchemaChange.RecreateEnum;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.EnumType;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/** Sequences and enum types: schema-level objects. */
final class PostgresSequenceSql {

    private PostgresSequenceSql() {
    }

    static PlanStep create(Sequence sequence) {
        Sequence defaults = defaults(sequence);
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(quote(sequence.name()));
        if (!sequence.dataType().equals("bigint")) {
            sql.append(" AS ").append(sequence.dataType());
        }
        sql.append(" START WITH ").append(sequence.start()).append(" INCREMENT BY ").append(sequence.increment());
        if (sequence.minValue() != defaults.minValue()) {
            sql.append(" MINVALUE ").append(sequence.minValue());
        }
        if (sequence.maxValue() != defaults.maxValue()) {
            sql.append(" MAXVALUE ").append(sequence.maxValue());
        }
        if (sequence.cache() != 1) {
            sql.append(" CACHE ").append(sequence.cache());
        }
        if (sequence.cycle()) {
            sql.append(" CYCLE");
        }
        return new PlanStep(sql.toString(), "Create sequence " + sequence.name(), Safety.SAFE);
    }

    static PlanStep alter(Sequence from, Sequence to) {
        StringBuilder sql = new StringBuilder("ALTER SEQUENCE ").append(quote(to.name()));
        if (!from.dataType().equals(to.dataType())) {
            sql.append(" AS ").append(to.dataType());
        }
        if (from.increment() != to.increment()) {
            sql.append(" INCREMENT BY ").append(to.increment());
        }
        if (from.minValue() != to.minValue()) {
            sql.append(" MINVALUE ").append(to.minValue());
        }
        if (from.maxValue() != to.maxValue()) {
            sql.append(" MAXVALUE ").append(to.maxValue());
        }
        if (from.start() != to.start()) {
            sql.append(" START WITH ").append(to.start());
        }
        if (from.cache() != to.cache()) {
            sql.append(" CACHE ").append(to.cache());
        }
        if (from.cycle() != to.cycle()) {
            sql.append(to.cycle() ? " CYCLE" : " NO CYCLE");
        }
        boolean ownerChanges = !Objects.equals(from.ownedByTable(), to.ownedByTable())
                || !Objects.equals(from.ownedByColumn(), to.ownedByColumn());
        if (ownerChanges) {
            sql.append(" OWNED BY ").append(to.ownedByTable() == null ? "NONE"
                    : quote(to.ownedByTable()) + "." + quote(to.ownedByColumn()));
        }
        boolean ownerOnly = from.withOwner(null, null).equals(to.withOwner(null, null));
        String comment = !ownerOnly ? "Alter sequence " + to.name()
                : to.ownedByTable() == null ? "Release sequence " + to.name() + " from its column"
                : "Tie sequence " + to.name() + " to " + to.ownedByTable() + "." + to.ownedByColumn();
        return new PlanStep(sql.toString(), comment, Safety.SAFE);
    }

    /** The MINVALUE/MAXVALUE that CREATE SEQUENCE picks when none is given. */
    private static Sequence defaults(Sequence sequence) {
        long typeMax = switch (sequence.dataType()) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long typeMin = -typeMax - 1;
        boolean ascending = sequence.increment() > 0;
        return new Sequence(sequence.name(), sequence.dataType(), sequence.start(), sequence.increment(),
                ascending ? 1 : typeMin, ascending ? typeMax : -1, 1, false, null, null);
    }

    static PlanStep drop(Sequence sequence) {
        return new PlanStep("DROP SEQUENCE " + quote(sequence.name()),
                "Drop sequence " + sequence.name() + " (its current value is lost)", Safety.DESTRUCTIVE);
    }

    static PlanStep createEnum(EnumType type) {
        return new PlanStep("CREATE TYPE " + quote(type.name()) + " AS ENUM (" + labels(type) + ")",
                "Create enum type " + type.name(), Safety.SAFE);
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
        out.add(new PlanStep("ALTER TYPE " + quote(name) + " RENAME TO " + quote(old),
                "Rename enum type " + name + " away to rebuild it with its new labels", Safety.SAFE));
        out.add(createEnum(change.to()));
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

    private static String labels(EnumType type) {
        return String.join(", ", type.values().stream().map(PostgresIdentifiers::literal).toList());
    }
}
