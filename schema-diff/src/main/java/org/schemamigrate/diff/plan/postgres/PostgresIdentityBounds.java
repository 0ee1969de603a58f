package org.schemamigrate.diff.plan.postgres;

import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.literal;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quote;

import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.diff.model.Identity;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/**
 * New MINVALUE/MAXVALUE of an identity's sequence. PostgreSQL refuses bounds that exclude the sequence's current
 * value; a never-used sequence sits at its old START, which may well lie outside them. Where nothing was generated
 * yet, or the current value lies behind the new bound it counts away from (below MINVALUE when it counts up), the
 * sequence restarts at its new START: every value it gave out lies behind that bound, so none can come twice.
 * Elsewhere it keeps its place, and a current value beyond the bound it counts towards fails the ALTER (the
 * sequence would be exhausted). The server decides which, at the time the migration runs (a DO block).
 */
final class PostgresIdentityBounds {

    private PostgresIdentityBounds() {
    }

    /** Whether {@code to}'s bounds may exclude the sequence's current value (a restart may be needed). */
    static boolean narrowed(Identity to) {
        return to.min() != null || to.max() != null;
    }

    /** The ALTER with {@code options} (the SET clauses), restarting the sequence only where it may. */
    static PlanStep step(String table, String column, String options, Identity from, Identity to, String name) {
        String current = "pg_sequence_last_value(pg_get_serial_sequence(" + literal(quote(table)) + ", "
                + literal(column) + ")::regclass)";
        boolean up = to.increment() > 0;
        Long behind = up ? to.min() : to.max();
        String restart = behind == null ? current + " IS NULL"
                : "coalesce(" + current + (up ? " < " : " > ") + behind + ", true)";
        String alter = "ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column) + " " + options;
        String sql = "DO $$\nBEGIN\n  IF " + restart + " THEN\n    " + alter + " RESTART;\n  ELSE\n    " + alter
                + ";\n  END IF;\nEND\n$$";
        Long ahead = up ? to.max() : to.min();
        Long was = up ? from.max() : from.min();
        boolean mayFail = ahead != null && (was == null || (up ? ahead < was : ahead > was)); // narrowed there
        return new PlanStep(sql, "Change identity generation of " + name + " (restarts its sequence at START "
                + to.start() + " where nothing was generated yet or its current value lies behind the new "
                + (up ? "MINVALUE" : "MAXVALUE") + (mayFail ? "; fails if it lies beyond the new " + (up ? "MAXVALUE"
                : "MINVALUE") + ")" : ")"), mayFail ? Safety.DATA_DEPENDENT : Safety.SAFE);
    }
}
