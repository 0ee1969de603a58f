package org.schemamigrate.diff.plan.postgres;

import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.literal;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quote;

import java.util.Objects;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/** Sequences: create, alter (including OWNED BY), comment and drop. */
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
        boolean ownerOnly = from.withOwner(null, null).withComment(null)
                .equals(to.withOwner(null, null).withComment(null));
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

    /** COMMENT ON SEQUENCE; a null comment removes it. */
    static PlanStep comment(String sequence, String comment) {
        return new PlanStep("COMMENT ON SEQUENCE " + quote(sequence) + " IS " + literal(comment),
                (comment == null ? "Remove comment of sequence " : "Comment sequence ") + sequence, Safety.SAFE);
    }

    static PlanStep drop(Sequence sequence) {
        return new PlanStep("DROP SEQUENCE " + quote(sequence.name()),
                "Drop sequence " + sequence.name() + " (its current value is lost)", Safety.DESTRUCTIVE);
    }
}
