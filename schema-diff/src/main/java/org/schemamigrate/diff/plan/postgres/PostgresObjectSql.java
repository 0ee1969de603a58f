package org.schemamigrate.diff.plan.postgres;

import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.literal;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quote;

import java.util.List;
import org.schemamigrate.diff.model.DefinedObject;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/**
 * Views, materialized views, functions, procedures, triggers, policies and extensions: created from the text the
 * server printed for them, dropped by name. A materialized view's rows are computed again from its query, so
 * dropping one loses nothing that the query cannot give back.
 */
final class PostgresObjectSql {

    private PostgresObjectSql() {
    }

    static void create(DefinedObject object, List<PlanStep> out) {
        List<String> statements = object.definition();
        for (int i = 0; i < statements.size(); i++) {
            // after the CREATE: a materialized view's indexes and a view's column comments, a trigger's state
            String what = i == 0 ? "Create " + object.label() : (object.kind() == DefinedObject.Kind.TRIGGER
                    ? "Set the firing of " : statements.get(i).startsWith("COMMENT ON COLUMN ")
                    ? "Comment on a column of " : "Create an index of ") + object.label();
            out.add(new PlanStep(statements.get(i), what, Safety.SAFE));
        }
        // a schema's comment alone changes in place (the differ gives it without its CREATE): it may be removed
        if (object.comment() != null || object.definition().isEmpty()) {
            out.add(new PlanStep("COMMENT ON " + target(object) + " IS " + literal(object.comment()),
                    "Comment on " + object.label(), Safety.SAFE));
        }
    }

    static PlanStep drop(DefinedObject object) {
        return new PlanStep("DROP " + target(object), "Drop " + object.label(), Safety.SAFE);
    }

    /** What DROP and COMMENT ON name: kind and name (with the argument types, or ON its table). */
    private static String target(DefinedObject object) {
        String on = object.table() == null ? "" : " ON " + quote(object.table());
        return switch (object.kind()) {
            case VIEW -> "VIEW " + quote(object.name());
            case MATERIALIZED_VIEW -> "MATERIALIZED VIEW " + quote(object.name());
            case FUNCTION -> "FUNCTION " + routine(object.name());
            case PROCEDURE -> "PROCEDURE " + routine(object.name());
            case TRIGGER -> "TRIGGER " + quote(object.name()) + on;
            case POLICY -> "POLICY " + quote(object.name()) + on;
            case EXTENSION -> "EXTENSION " + quote(object.name());
            case SCHEMA -> "SCHEMA " + quote(object.name());
            case EVENT -> throw new IllegalArgumentException("PostgreSQL has no events: " + object.name());
        };
    }

    /** {@code f(integer, text)} as {@code "f"(integer, text)}: the argument types are the server's own printing. */
    private static String routine(String signature) {
        int paren = signature.indexOf('(');
        return quote(signature.substring(0, paren)) + signature.substring(paren);
    }
}
