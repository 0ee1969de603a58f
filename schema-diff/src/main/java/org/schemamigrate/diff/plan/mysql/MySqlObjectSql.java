package org.schemamigrate.diff.plan.mysql;

import static org.schemamigrate.diff.plan.mysql.MySqlIdentifiers.quote;

import org.schemamigrate.diff.model.DefinedObject;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/**
 * Views, triggers, stored procedures and functions, and events: created from the statement the server printed
 * for them (SHOW CREATE …, with the DEFINER left out so the migration runs as whoever applies it), dropped by name.
 */
final class MySqlObjectSql {

    private MySqlObjectSql() {
    }

    static PlanStep create(DefinedObject object) {
        if (object.definition().size() != 1) {
            throw new IllegalArgumentException("One statement per MySQL object: " + object.key());
        }
        String statement = object.definition().get(0);
        if (statement.contains(";")) {
            // a compound body (BEGIN … END) holds semicolons: the script switches delimiter around it, as the
            // mysql client and the runner's splitter read it (the plan's own ";" ends the last DELIMITER line)
            statement = "DELIMITER //\n" + statement + "//\nDELIMITER ";
        }
        return new PlanStep(statement, "Create " + object.label(), Safety.SAFE);
    }

    static PlanStep drop(DefinedObject object) {
        String kind = switch (object.kind()) {
            case VIEW -> "VIEW";
            case TRIGGER -> "TRIGGER";
            case FUNCTION -> "FUNCTION";
            case PROCEDURE -> "PROCEDURE";
            case EVENT -> "EVENT";
            default -> throw new IllegalArgumentException("No MySQL " + object.kind().label() + ": "
                    + object.name());
        };
        return new PlanStep("DROP " + kind + " " + quote(object.name()), "Drop " + object.label(), Safety.SAFE);
    }
}
